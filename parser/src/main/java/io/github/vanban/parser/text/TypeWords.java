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
  private static final Word[][] BY_FIRST = new Word[128][];

  static {
    List<Word> w = new ArrayList<>();
    for (DocumentType t : DocumentType.values()) {
      if (t != DocumentType.OTHER && t != DocumentType.BAN_SAO) {
        w.add(new Word(fold(t.heading()), t));
      }
    }
    w.sort(Comparator.comparingInt((Word x) -> -x.folded().length()));
    WORDS = ImmutableList.copyOf(w);
    for (char c = 0; c < BY_FIRST.length; c++) {
      BY_FIRST[c] = mayStartWith(c).toArray(new Word[0]);
    }
  }

  private static List<Word> mayStartWith(char first) {
    List<Word> out = new ArrayList<>();
    for (Word w : WORDS) {
      if (w.folded().isEmpty() || w.folded().charAt(0) == first) {
        out.add(w);
      }
    }
    return out;
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
    char first = f.charAt(i);
    if (first < BY_FIRST.length) {
      for (Word w : BY_FIRST[first]) {
        if (MatchText.wordAt(f, i, w.folded())) {
          return Optional.of(w);
        }
      }
      return Optional.empty();
    }
    for (Word w : WORDS) {
      if ((w.folded().isEmpty() || w.folded().charAt(0) == first) && MatchText.wordAt(f, i, w.folded())) {
        return Optional.of(w);
      }
    }
    return Optional.empty();
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
