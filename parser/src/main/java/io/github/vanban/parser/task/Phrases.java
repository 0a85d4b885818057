package io.github.vanban.parser.task;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A list of folded phrases, longest first, indexed by the letter each begins with, so that a
 * scan tries at an offset only the phrases that can match there. {@link #matchAny} gives what
 * {@link Folded#matchAny} gives with the whole list: the phrases a first letter rules out are
 * those that method passes over, and the others are tried in the same order. Immutable.
 */
final class Phrases implements Iterable<String> {
  private static final int ASCII = 128;

  private final ImmutableList<String> all;
  /** The phrases that may match where no phrase's letter stands (empty or space-led). */
  private final ImmutableList<String> always;
  private final ImmutableList<?>[] ascii = new ImmutableList<?>[ASCII];
  private final ImmutableMap<Character, ImmutableList<String>> other;
  /**
   * For each ASCII first letter, the second letters {@code a}–{@code z} of the phrases that
   * begin with it (bit {@code s - 'a'}), and {@link #ANY_SECOND} when one of them may match
   * before any character (one letter, a first word of one letter, or another second char).
   */
  private final int[] seconds = new int[ASCII];
  private static final int ANY_SECOND = 1 << 26;

  private Phrases(ImmutableList<String> all) {
    this.all = all;
    this.always = only(all, null);
    Set<Character> firsts = new LinkedHashSet<>();
    for (String p : all) {
      if (!p.isEmpty() && p.charAt(0) != ' ') {
        firsts.add(p.charAt(0));
      }
    }
    ImmutableMap.Builder<Character, ImmutableList<String>> b = ImmutableMap.builder();
    for (char c = 0; c < ASCII; c++) {
      ascii[c] = always;
    }
    for (Character c : firsts) {
      ImmutableList<String> list = only(all, c);
      if (c < ASCII) {
        ascii[c] = list;
      } else {
        b.put(c, list);
      }
    }
    this.other = b.buildOrThrow();
    for (String p : all) {
      char c = p.isEmpty() ? ' ' : p.charAt(0);
      if (c != ' ' && c < ASCII) {
        char second = p.length() > 1 ? p.charAt(1) : ' ';
        seconds[c] |= second >= 'a' && second <= 'z' ? 1 << (second - 'a') : ANY_SECOND;
      }
    }
  }

  /**
   * Whether a phrase may begin where {@code first} stands before {@code second} (a char that
   * is no letter when the text ends there): false only when none can, read from
   * {@link #seconds} without touching a phrase.
   */
  private boolean mayBegin(char first, char second) {
    if (first >= ASCII || !always.isEmpty()) {
      return true;
    }
    int m = seconds[first];
    return (m & ANY_SECOND) != 0
        || second >= 'a' && second <= 'z' && (m & 1 << (second - 'a')) != 0;
  }

  /** The entries of a lexicon section, longest first ({@link Lexicon#longestFirst}). */
  static Phrases longestFirst(ImmutableSet<String> entries) {
    return new Phrases(Lexicon.longestFirst(entries));
  }

  /** The phrases, in the given order. */
  static Phrases of(String... phrases) {
    return new Phrases(ImmutableList.copyOf(phrases));
  }

  private static ImmutableList<String> only(ImmutableList<String> all, Character first) {
    ImmutableList.Builder<String> b = ImmutableList.builder();
    for (String p : all) {
      if (p.isEmpty() || p.charAt(0) == ' ' || first != null && p.charAt(0) == first) {
        b.add(p);
      }
    }
    return b.build();
  }

  /** The phrases that can match at {@code i} of {@code f}, in order. */
  @SuppressWarnings("unchecked")
  ImmutableList<String> at(Folded f, int i, int limit) {
    if (i >= limit) {
      return always;
    }
    char c = f.at(i);
    if (c < ASCII) {
      return (ImmutableList<String>) ascii[c];
    }
    ImmutableList<String> list = other.get(c);
    return list == null ? always : list;
  }

  /** {@link Folded#matchAny} over these phrases: the end of the longest matched at {@code i}, or -1. */
  int matchAny(Folded f, int i, int limit) {
    if (i < limit && !mayBegin(f.at(i), i + 1 < limit ? f.at(i + 1) : ' ')) {
      return -1; // most words: no phrase begins with their first two letters
    }
    ImmutableList<String> candidates = at(f, i, limit);
    if (candidates.isEmpty()) {
      return -1; // Folded.matchAny gives -1 for no phrases
    }
    return f.matchAny(i, candidates, limit);
  }

  @Override
  public Iterator<String> iterator() {
    return all.iterator();
  }
}
