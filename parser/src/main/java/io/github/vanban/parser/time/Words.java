package io.github.vanban.parser.time;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.io.Resources;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The small word tables of the deadline grammar, read once from {@code time-words.tsv}
 * (one {@code group<TAB>folded phrase<TAB>value} a line): deadline markers, event markers,
 * report nouns, number words, roman numerals and weekdays. Phrases are folded (lower case,
 * no marks) and matched token by token.
 */
final class Words {
  private Words() {}

  /** One phrase of a group, as folded words, with its value. */
  record Phrase(ImmutableList<String> words, String value) {}

  private static final ImmutableMap<String, ImmutableList<Phrase>> GROUPS = load();

  /** Each group's phrases by their first word, longest first. */
  private static final ImmutableMap<String, ImmutableListMultimap<String, Phrase>> BY_FIRST_WORD =
      index(GROUPS);

  /** The first words of the phrases of every group. */
  private static final ImmutableSet<String> FIRST_WORDS = BY_FIRST_WORD.values().stream()
      .flatMap(m -> m.keySet().stream()).collect(ImmutableSet.toImmutableSet());

  /** Whether some phrase of some group begins with the folded word {@code norm}. */
  static boolean opensPhrase(String norm) {
    return FIRST_WORDS.contains(norm);
  }

  static ImmutableList<Phrase> group(String name) {
    ImmutableList<Phrase> g = GROUPS.get(name);
    if (g == null) {
      throw new IllegalStateException("no word group " + name);
    }
    return g;
  }

  /**
   * The longest phrase of {@code group} that starts at token {@code i}; null when none does.
   */
  static Match match(List<Token> tokens, int i, String group) {
    if (i < 0 || i >= tokens.size()) {
      return null;
    }
    Token first = tokens.get(i);
    if (!first.opensPhrase()) {
      return null; // a mark, or a word no phrase of any group begins with
    }
    ImmutableListMultimap<String, Phrase> byFirst = BY_FIRST_WORD.get(group);
    if (byFirst == null) {
      throw new IllegalStateException("no word group " + group);
    }
    for (Phrase p : byFirst.get(first.norm())) {
      int n = p.words().size();
      if (i + n > tokens.size()) {
        continue;
      }
      boolean ok = true;
      for (int k = 1; k < n && ok; k++) {
        Token t = tokens.get(i + k);
        ok = t.type() != Token.Type.MARK && t.norm().equals(p.words().get(k));
      }
      if (ok) {
        return new Match(p.value(), i + n); // phrases are sorted longest first
      }
    }
    return null;
  }

  private static ImmutableMap<String, ImmutableListMultimap<String, Phrase>> index(
      ImmutableMap<String, ImmutableList<Phrase>> groups) {
    ImmutableMap.Builder<String, ImmutableListMultimap<String, Phrase>> out =
        ImmutableMap.builder();
    groups.forEach((name, phrases) -> {
      List<Phrase> sorted = new java.util.ArrayList<>(phrases);
      sorted.sort(java.util.Comparator.comparingInt((Phrase p) -> p.words().size()).reversed());
      ImmutableListMultimap.Builder<String, Phrase> m = ImmutableListMultimap.builder();
      sorted.forEach(p -> m.put(p.words().get(0), p));
      out.put(name, m.build());
    });
    return out.build();
  }

  /** A phrase found at some token: its value and the index of the token after it. */
  record Match(String value, int end) {}

  private static ImmutableMap<String, ImmutableList<Phrase>> load() {
    String text;
    try {
      text = Resources.toString(Resources.getResource(Words.class, "time-words.tsv"),
          StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, ImmutableList.Builder<Phrase>> groups = new LinkedHashMap<>();
    for (String line : text.split("\n")) {
      String l = line.strip();
      if (l.isEmpty() || l.startsWith("#")) {
        continue;
      }
      String[] f = l.split("\t");
      if (f.length < 2) {
        throw new IllegalStateException("bad line in time-words.tsv: " + l);
      }
      ImmutableList<String> words = ImmutableList.copyOf(f[1].strip().split(" +"));
      groups.computeIfAbsent(f[0].strip(), k -> ImmutableList.builder())
          .add(new Phrase(words, f.length > 2 ? f[2].strip() : ""));
    }
    ImmutableMap.Builder<String, ImmutableList<Phrase>> out = ImmutableMap.builder();
    groups.forEach((k, v) -> out.put(k, v.build()));
    return out.build();
  }
}
