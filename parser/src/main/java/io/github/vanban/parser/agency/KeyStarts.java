package io.github.vanban.parser.agency;

import io.github.vanban.parser.text.WordMap;
import java.util.List;

/**
 * The first two words of every key of several {@link TokenTrie tries}, in one table: a
 * position whose first word begins keys but whose second word continues none of them, and
 * whose first word is no key alone, matches no key of any of the tries; one look-up of each
 * word tells so, where each trie's walk would look both up again. A first word is judged only
 * when the vocabulary marks it as never glued ({@link Token#mayBeGlued}), else the walks,
 * which cut glued words, must decide; a second word that may be glued is accepted when its
 * first letters are a second word, as a walk would cut it. Built once, read-only afterwards.
 */
final class KeyStarts {
  /**
   * What the keys beginning with one word hold: the tries (bits of their indexes in the list
   * the table was built from) that have that word alone as a key, and their second words.
   */
  private static final class Start {
    int wholeIn;
    final WordMap<Boolean> seconds = new WordMap<>();
  }

  /** The {@code alone} of {@link #mayMatch} that takes the keys of one word of every trie. */
  static final int ALL = -1;

  private final WordMap<Start> starts = new WordMap<>();

  /** The table of the first two words of the keys of {@code tries}. */
  KeyStarts(List<TokenTrie<?>> tries) {
    for (int k = 0; k < tries.size(); k++) {
      int bit = 1 << k;
      tries.get(k).forEachStart((first, wholeKey) -> start(first).wholeIn |= wholeKey ? bit : 0,
          (first, second) -> start(first).seconds.put(second, Boolean.TRUE));
    }
  }

  private Start start(String first) {
    Start s = starts.get(first);
    if (s == null) {
      s = new Start();
      starts.put(first, s);
    }
    return s;
  }

  /**
   * Whether some key of the tries may match from token {@code i} of {@code tokens}, a key of
   * one word only in the tries of {@code alone} (bits of their indexes, as {@link
   * #ALL}): false only when every walk of each trie from {@code i} ({@link TokenTrie#matches},
   * {@link TokenTrie#longest}) finds no key, or only keys of one word in tries outside
   * {@code alone}. The second word is the one a walk steps with next (soft marks and {@code
   * và} passed over, none past a hard mark).
   */
  boolean mayMatch(List<Token> tokens, int i, int alone) {
    Token t = tokens.get(i);
    if (!t.word()) {
      return false;
    }
    if (!judged(t)) {
      return true;
    }
    Start s = starts.get(t.fold());
    if (s == null) {
      return false;
    }
    if ((s.wholeIn & alone) != 0) {
      return true;
    }
    int k = TokenTrie.nextWord(tokens, i, i + 1);
    if (k < 0) {
      return false;
    }
    return continues(s.seconds, tokens.get(k));
  }

  /**
   * Whether a walk may step from a first word with the word {@code u}, one of {@code seconds}
   * following it: {@code u} is one of them, or, unless its marks say it is never two words
   * glued, its first letters are (a walk cuts a glued word where a second word ends).
   */
  private static boolean continues(WordMap<Boolean> seconds, Token u) {
    String w = u.fold();
    if (u.known() && seconds.get(w) != null) {
      return true;
    }
    if (!u.mayBeGlued() || !TokenTrie.mayBeGlued(w)) {
      return false;
    }
    for (int p = TokenTrie.MIN_HALF; p <= w.length() - TokenTrie.MIN_HALF; p++) {
      if (seconds.mayHoldLength(p) && seconds.get(w, 0, p) != null) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a walk steps with the word {@code t} by its folded form alone: a known word that
   * the marks say is not two words glued.
   */
  private static boolean judged(Token t) {
    return t.known() && !t.mayBeGlued();
  }
}
