package io.github.vanban.parser.agency;

import com.google.common.collect.ImmutableList;
import io.github.vanban.parser.text.WordMap;
import java.util.ArrayList;
import java.util.List;

/**
 * A trie over folded words, built once from the gazetteer and read-only afterwards. Matching
 * walks the tokens from a position, passing over the marks that join the words of a name
 * (comma, hyphen, slash) and the word {@code và}, and stops at a mark that ends it; so
 * {@code Sở Văn hóa, Thể thao và Du lịch}, {@code Sở VH-TT&DL} and {@code SỞ VĂN HÓA THỂ THAO
 * DU LỊCH} all reach the same entry. Time is linear in the length of the longest key.
 *
 * @param <V> the values stored at the end of a key
 */
final class TokenTrie<V> {

  /** A key's end reached by a walk: the index after its last token, and its values. */
  record Hit<V>(int end, List<V> values) {}

  private static final class Node<V> {
    final WordMap<Node<V>> next = new WordMap<>();
    final List<V> values = new ArrayList<>(1);
  }

  /**
   * A word is read as two words glued ({@link #glued}) only when it has {@value #MIN_GLUED} to
   * {@value #MAX_GLUED} letters, cut where each half has {@value #MIN_HALF} letters or more;
   * every reader of glued words ({@link Tokenizer}, {@link MentionParser}) cuts the same way.
   */
  static final int MIN_GLUED = 4;
  static final int MAX_GLUED = 24;
  static final int MIN_HALF = 2;

  private final Node<V> root = new Node<>();
  private final Tokenizer tokenizer;
  /** The {@link Token#startFlag} of the words that may begin a key of this trie. */
  private final int startFlag;

  /**
   * An empty trie whose words are tokenised by {@code tokenizer}; {@code number} (distinct
   * among the tries of one tokenizer) names its {@link Token#startFlag}.
   */
  TokenTrie(Tokenizer tokenizer, int number) {
    this.tokenizer = tokenizer;
    this.startFlag = Token.startFlag(number);
  }

  /** The flag that marks the known words that may begin a key of this trie. */
  int startFlag() {
    return startFlag;
  }

  /**
   * Whether a walk from the root may step with the folded word {@code w}: it begins a key,
   * or its first letters do ({@code w} two words glued, see {@link #glued}). A word for which
   * this is false matches nothing, which the {@link Tokenizer#markStarts marks} of the
   * vocabulary record once.
   */
  boolean mayBegin(String w) {
    if (root.next.get(w) != null) {
      return true;
    }
    if (!mayBeGlued(w)) {
      return false;
    }
    for (int p = MIN_HALF; p <= w.length() - MIN_HALF; p++) {
      if (root.next.get(w, 0, p) != null) {
        return true;
      }
    }
    return false;
  }

  /** Adds {@code value} under the words of {@code phrase} (tokenised as text is); builder use only. */
  void put(String phrase, V value) {
    Node<V> n = root;
    for (Token t : tokenizer.tokens(phrase, 0, phrase.length())) {
      if (!t.word() || ignorable(t)) {
        continue;
      }
      String word = tokenizer.learn(t.fold());
      Node<V> m = n.next.get(word);
      if (m == null) {
        m = new Node<>();
        n.next.put(word, m);
      }
      n = m;
    }
    if (n != root && !n.values.contains(value)) {
      n.values.add(value);
    }
  }

  /** Whether the word at {@code i} begins some key. */
  boolean startsKey(List<Token> tokens, int i) {
    return i < tokens.size() && tokens.get(i).word() && root.next.containsKey(tokens.get(i).fold());
  }

  /** Every key matched from {@code i}, shortest first. */
  List<Hit<V>> matches(List<Token> tokens, int i) {
    return walk(root, tokens, i, 0);
  }

  /** Every key matched from {@code i} that ends at {@code minEnd} or later, shortest first. */
  List<Hit<V>> matches(List<Token> tokens, int i, int minEnd) {
    return walk(root, tokens, i, minEnd);
  }

  /**
   * Every key that begins with the word {@code first} and goes on with the tokens from
   * {@code i}: the names in {@code các Bộ: Tài chính, Y tế} are {@code Bộ} + each item.
   */
  List<Hit<V>> matchesAfter(String first, List<Token> tokens, int i) {
    Node<V> n = root.next.get(first);
    return n == null ? List.of() : walk(n, tokens, i, 0);
  }

  /**
   * Walks the trie from {@code start} along the words from {@code i} (soft tokens and, past
   * the first word, ignorable ones skipped; a hard token stops), collecting every node that
   * ends a key at {@code minEnd} or later, shortest first; an empty list (shared,
   * unmodifiable) when none does.
   */
  private List<Hit<V>> walk(Node<V> start, List<Token> tokens, int i, int minEnd) {
    List<Hit<V>> hits = List.of();
    if (start == root && beginsNone(tokens, i)) {
      return hits;
    }
    Node<V> n = start;
    for (int k = nextWord(tokens, i, i); k >= 0 && (n = step(n, tokens.get(k))) != null;
        k = nextWord(tokens, i, k + 1)) {
      if (!n.values.isEmpty() && k + 1 >= minEnd) {
        if (hits.isEmpty()) {
          hits = new ArrayList<>(2);
        }
        hits.add(new Hit<>(k + 1, n.values));
      }
    }
    return hits;
  }

  /** The longest key matched from {@code i}, if any: the last hit of {@link #matches}, found without collecting the others. */
  Hit<V> longest(List<Token> tokens, int i) {
    if (beginsNone(tokens, i)) {
      return null;
    }
    Node<V> last = null;
    int lastEnd = -1;
    Node<V> n = root;
    for (int k = nextWord(tokens, i, i); k >= 0 && (n = step(n, tokens.get(k))) != null;
        k = nextWord(tokens, i, k + 1)) {
      if (!n.values.isEmpty()) {
        last = n;
        lastEnd = k + 1;
      }
    }
    return last == null ? null : new Hit<>(lastEnd, last.values);
  }

  /** Whether the marks of the token at {@code i} say that no key of this trie begins there. */
  private boolean beginsNone(List<Token> tokens, int i) {
    return i < tokens.size() && tokens.get(i).beginsNoKey(startFlag);
  }

  /**
   * The index of the next word a walk that began at {@code i} steps with, from {@code k} on:
   * soft tokens and, past the first word, ignorable ones are passed over; -1 at a hard token,
   * at the end, or when the walk's first token is no word.
   */
  static int nextWord(List<Token> tokens, int i, int k) {
    for (; k < tokens.size(); k++) {
      Token t = tokens.get(k);
      if (k == i && !t.word() || t.hard()) {
        return -1;
      }
      if (!t.soft() && !(ignorable(t) && k > i)) {
        return k;
      }
    }
    return -1;
  }

  /**
   * The node after the word {@code t} from {@code n}, glued words included, or null; a word
   * the vocabulary does not know is no word of a key ({@link #put} learns them all), so only
   * its glued halves are looked up; and a known word that is no two known words glued
   * ({@link Token#mayBeGlued}) is not cut.
   */
  private Node<V> step(Node<V> n, Token t) {
    Node<V> m = t.known() ? n.next.get(t.fold()) : null;
    return m != null || !t.mayBeGlued() ? m : glued(n, t.fold());
  }

  /**
   * Two words of a key printed without the space between them ({@code Giaothông},
   * {@code Thể thaovà}), as web copies and OCR glue them: the node after both, or null.
   * Only words of four letters or more are split, so short words are never misread.
   */
  private Node<V> glued(Node<V> n, String word) {
    if (!mayBeGlued(word)) {
      return null;
    }
    int h = 31 * word.charAt(0) + word.charAt(1); // the hash of word[0, p), kept as p grows
    for (int p = MIN_HALF; p <= word.length() - MIN_HALF; h = 31 * h + word.charAt(p), p++) {
      if (!n.next.mayHoldLength(p)) {
        continue; // no word after n has p letters: cut nothing
      }
      Node<V> a = n.next.get(word, 0, p, h);
      if (a == null) {
        continue;
      }
      if (vaAfter(word, p)) {
        return a;
      }
      Node<V> b = a.next.get(word, p, word.length());
      if (b != null) {
        return b;
      }
    }
    return null;
  }

  /** Whether {@code w} has the length of a word that may be two words glued. */
  static boolean mayBeGlued(String w) {
    return w.length() >= MIN_GLUED && w.length() <= MAX_GLUED;
  }

  /** Whether the rest of {@code w} from {@code p} is the word {@code và}, glued to the word before. */
  static boolean vaAfter(String w, int p) {
    return w.length() - p == 2 && w.startsWith("va", p);
  }

  private static boolean ignorable(Token t) {
    return t.va();
  }

  /** Calls {@code f} with every word that begins a key. */
  void forEachFirstWord(java.util.function.Consumer<String> f) {
    root.next.forEachKey(f);
  }

  /**
   * Calls {@code whole} with every word that begins a key and whether a key is that word
   * alone, and {@code pair} with every first word and each word that follows it in a key.
   */
  void forEachStart(java.util.function.BiConsumer<String, Boolean> whole,
      java.util.function.BiConsumer<String, String> pair) {
    root.next.forEachKey(first -> {
      Node<V> n = root.next.get(first);
      whole.accept(first, !n.values.isEmpty());
      n.next.forEachKey(second -> pair.accept(first, second));
    });
  }

  /** Calls {@code f} with every value stored, each as often as keys hold it. */
  void forEachValue(java.util.function.Consumer<? super V> f) {
    forEachValue(root, f);
  }

  private static <V> void forEachValue(Node<V> n, java.util.function.Consumer<? super V> f) {
    n.values.forEach(f);
    n.next.forEachValue(m -> forEachValue(m, f));
  }

  static <V> ImmutableList<V> copy(List<V> values) {
    return ImmutableList.copyOf(values);
  }
}
