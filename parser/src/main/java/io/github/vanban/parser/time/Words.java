package io.github.vanban.parser.time;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
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
    Match best = null;
    for (Phrase p : group(group)) {
      int n = p.words().size();
      if (i + n > tokens.size() || (best != null && n <= best.end() - i)) {
        continue;
      }
      boolean ok = true;
      for (int k = 0; k < n && ok; k++) {
        Token t = tokens.get(i + k);
        ok = t.type() != Token.Type.MARK && t.norm().equals(p.words().get(k));
      }
      if (ok) {
        best = new Match(p.value(), i + n);
      }
    }
    return best;
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
