package io.github.vanban.parser.text;

import com.google.common.collect.ImmutableList;
import io.github.vanban.core.DocumentType;
import io.github.vanban.core.text.Fold;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The words that name a kind of document ({@code Chỉ thị}, {@code Kế hoạch}, {@code Công
 * văn}), matched in folded text ({@link MatchText#fold}), longest first.
 */
public final class TypeWords {
  /** A type word in folded form. */
  public record Word(String folded, DocumentType type) {}

  private static final ImmutableList<Word> WORDS;
  /** For each ASCII character, the words that may start with it ({@link #WORDS} order). */
  private static final List<ImmutableList<Word>> BY_FIRST;

  static {
    List<Word> w = new ArrayList<>();
    for (DocumentType t : DocumentType.values()) {
      if (t != DocumentType.OTHER && t != DocumentType.BAN_SAO) {
        w.add(new Word(fold(t.heading()), t));
      }
    }
    w.sort(Comparator.comparingInt((Word x) -> -x.folded().length()));
    WORDS = ImmutableList.copyOf(w);
    List<ImmutableList<Word>> byFirst = new ArrayList<>();
    for (char c = 0; c < 128; c++) {
      byFirst.add(mayStartWith(c));
    }
    BY_FIRST = ImmutableList.copyOf(byFirst);
  }

  private static ImmutableList<Word> mayStartWith(char first) {
    ImmutableList.Builder<Word> out = ImmutableList.builder();
    for (Word w : WORDS) {
      if (w.folded().isEmpty() || w.folded().charAt(0) == first) {
        out.add(w);
      }
    }
    return out.build();
  }

  /**
   * The type words that may start at a character {@code first} of folded text (those that
   * begin with it), longest first: {@link #all()} narrowed by one look-up.
   */
  public static ImmutableList<Word> startingWith(char first) {
    return first < BY_FIRST.size() ? BY_FIRST.get(first) : mayStartWith(first);
  }

  private TypeWords() {}

  /** Every type word, longest first. */
  public static ImmutableList<Word> all() {
    return WORDS;
  }

  /** The type word that starts at {@code i} of folded {@code f} as a whole word. */
  public static Optional<Word> at(String f, int i) {
    if (i < 0 || i >= f.length()) {
      return Optional.empty();
    }
    List<Word> candidates = startingWith(f.charAt(i));
    for (int k = 0; k < candidates.size(); k++) {
      if (MatchText.wordAt(f, i, candidates.get(k).folded())) {
        return Optional.of(candidates.get(k));
      }
    }
    return Optional.empty();
  }

  /**
   * Whether some type word stands at {@code i} of the {@link MatchText#fold} of {@code s},
   * whole word or not: an exact pre-check of {@link #at} (and of a type word glued to the next
   * word) that folds only the characters it compares.
   */
  public static boolean mayStartAt(CharSequence s, int i) {
    if (i < 0 || i >= s.length()) {
      return false;
    }
    List<Word> candidates = startingWith(MatchText.foldChar(s.charAt(i)));
    for (int k = 0; k < candidates.size(); k++) {
      if (MatchText.foldedStartsWith(s, i, candidates.get(k).folded())) {
        return true;
      }
    }
    return false;
  }

  /** The type whose heading is exactly folded {@code f} (trimmed, spaces collapsed). */
  public static Optional<DocumentType> exactly(String f) {
    String s = f.trim().replaceAll("\\s+", " ");
    for (Word w : WORDS) {
      if (w.folded().equals(s)) {
        return Optional.of(w.type());
      }
    }
    return Optional.empty();
  }

  private static String fold(String s) {
    return Fold.stripMarks(s).toLowerCase(Locale.ROOT);
  }
}
