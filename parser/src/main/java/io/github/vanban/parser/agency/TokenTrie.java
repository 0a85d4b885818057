package io.github.vanban.parser.agency;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
    final Map<String, Node<V>> next = new HashMap<>(4);
    final List<V> values = new ArrayList<>(1);
  }

  private final Node<V> root = new Node<>();
  private final Tokenizer tokenizer;

  TokenTrie(Tokenizer tokenizer) {
    this.tokenizer = tokenizer;
  }

  /** Adds {@code value} under the words of {@code phrase} (tokenised as text is); builder use only. */
  void put(String phrase, V value) {
    Node<V> n = root;
    for (Token t : tokenizer.tokens(phrase, 0, phrase.length())) {
      if (!t.word() || ignorable(t)) {
        continue;
      }
      n = n.next.computeIfAbsent(t.fold(), k -> new Node<>());
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
    List<Hit<V>> hits = new ArrayList<>(2);
    Node<V> n = root;
    int k = i;
    if (k >= tokens.size() || !tokens.get(k).word()) {
      return hits;
    }
    while (k < tokens.size()) {
      Token t = tokens.get(k);
      if (t.hard()) {
        break;
      }
      if (t.soft() || (ignorable(t) && k > i)) {
        k++;
        continue;
      }
      Node<V> m = n.next.get(t.fold());
      if (m == null) {
        break;
      }
      n = m;
      k++;
      if (!n.values.isEmpty()) {
        hits.add(new Hit<>(k, n.values));
      }
    }
    return hits;
  }

  /** The longest key matched from {@code i}, if any. */
  Hit<V> longest(List<Token> tokens, int i) {
    List<Hit<V>> hits = matches(tokens, i);
    return hits.isEmpty() ? null : hits.get(hits.size() - 1);
  }

  private static boolean ignorable(Token t) {
    return t.word() && t.fold().equals("va");
  }

  static <V> ImmutableList<V> copy(List<V> values) {
    return ImmutableList.copyOf(values);
  }
}
