package io.github.vanban.parser.time;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import com.google.common.io.Resources;
import io.github.vanban.parser.text.WordMap;
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

  /** Each group's bit in {@link Openings#groups} (at most 64 groups). */
  private static final ImmutableMap<String, Long> GROUP_BIT = groupBits(BY_FIRST_WORD);

  /** For each first word of a phrase, what it opens. */
  private static final ImmutableMap<String, Openings> OPENED = opened(BY_FIRST_WORD, GROUP_BIT);

  /**
   * What a folded word opens: the groups with a phrase it begins, one bit per group, and for
   * each group (by its index) those phrases, longest first; a match then needs no look-up.
   * Its {@code id} numbers the words that open something from 1 (0 for {@link #NONE}), so
   * that a table indexed by it ({@link ClauseReader}'s rules by word) needs no look-up either.
   *
   * @param word the folded word ("" for {@link #NONE})
   * @param id its number: 0 for {@link #NONE}, else its index in {@link #all()} plus one
   * @param groups the bits of the groups
   * @param byGroup the phrases the word begins, by group index (empty lists for the others)
   */
  record Openings(String word, int id, long groups,
      ImmutableList<ImmutableList<Phrase>> byGroup) {
    /** What a word that begins no phrase opens. */
    static final Openings NONE = new Openings("", 0, 0L, ImmutableList.of());

    /** Whether the word begins a phrase of {@code group}. */
    boolean opens(Group group) {
      return (groups & group.bit) != 0;
    }

    /** Every word that opens something, in the order of their ids (from 1). */
    static ImmutableList<Openings> all() {
      return OPENED.values().asList();
    }
  }

  /** What the folded word {@code norm} opens; {@link Openings#NONE} for most words. */
  static Openings openedBy(String norm) {
    return OPENED.getOrDefault(norm, Openings.NONE);
  }

  /**
   * What the folded word {@code folded[from, to)} opens, as {@link #openedBy(String)} gives it,
   * read in place: {@code hash} is the {@link String#hashCode} of that word, which a tokenizer
   * computes as it reads the chars, so that no string is made or hashed for the look-up.
   */
  static Openings openedBy(char[] folded, int from, int to, int hash) {
    Openings o = OPENERS.get(folded, from, to, hash);
    return o == null ? Openings.NONE : o;
  }

  /** The words of {@link #OPENED}, looked up by a region of a buffer and its hash. */
  private static final WordMap<Openings> OPENERS = openers(OPENED);

  private static WordMap<Openings> openers(ImmutableMap<String, Openings> opened) {
    WordMap<Openings> out = new WordMap<>();
    opened.forEach(out::put);
    return out;
  }

  private static ImmutableMap<String, Long> groupBits(
      ImmutableMap<String, ImmutableListMultimap<String, Phrase>> byFirst) {
    if (byFirst.size() > 64) {
      throw new IllegalStateException("more than 64 word groups");
    }
    ImmutableMap.Builder<String, Long> out = ImmutableMap.builder();
    long bit = 1;
    for (String group : byFirst.keySet()) {
      out.put(group, bit);
      bit <<= 1;
    }
    return out.buildOrThrow();
  }

  private static ImmutableMap<String, Openings> opened(
      ImmutableMap<String, ImmutableListMultimap<String, Phrase>> byFirst,
      ImmutableMap<String, Long> bits) {
    Map<String, Long> groups = new LinkedHashMap<>();
    byFirst.forEach((group, phrases) -> {
      for (String word : phrases.keySet()) {
        groups.merge(word, bits.get(group), (a, b) -> a | b);
      }
    });
    ImmutableMap.Builder<String, Openings> out = ImmutableMap.builder();
    int[] id = {0};
    groups.forEach((word, g) -> {
      ImmutableList.Builder<ImmutableList<Phrase>> byGroup = ImmutableList.builder();
      byFirst.values().forEach(phrases -> byGroup.add(phrases.get(word)));
      out.put(word, new Openings(word, ++id[0], g, byGroup.build()));
    });
    return out.buildOrThrow();
  }


  /**
   * One group of the table, looked up once by name so that a match costs no map look-up of
   * the group: its phrases, its phrases by first word (longest first) and its bit.
   */
  static final class Group {
    private final ImmutableList<Phrase> phrases;
    private final int index;
    private final long bit;

    private Group(String name) {
      ImmutableList<Phrase> g = GROUPS.get(name);
      if (g == null) {
        throw new IllegalStateException("no word group " + name);
      }
      this.phrases = g;
      this.index = BY_FIRST_WORD.keySet().asList().indexOf(name);
      this.bit = GROUP_BIT.get(name);
    }

    ImmutableList<Phrase> phrases() {
      return phrases;
    }
  }

  static final Group COMPLETION = new Group("completion");
  static final Group COVERAGE = new Group("coverage");
  static final Group EVENT = new Group("event");
  static final Group EVERY = new Group("every");
  static final Group FILLER = new Group("filler");
  static final Group MARKER = new Group("marker");
  static final Group NEGATION = new Group("negation");
  static final Group NUMBER = new Group("number");
  static final Group REPORT = new Group("report");
  static final Group ROMAN = new Group("roman");
  static final Group STOP = new Group("stop");
  static final Group TET = new Group("tet");
  static final Group UNIT = new Group("unit");
  static final Group WEEKDAY = new Group("weekday");
  /** The other words a rule of the grammar begins with (its phrases are single words). */
  static final Group ENTRY = new Group("entry");

  /**
   * The longest phrase of {@code group} that starts at token {@code i}; null when none does.
   */
  static Match match(List<Token> tokens, int i, Group group) {
    if (i < 0 || i >= tokens.size()) {
      return null;
    }
    Token first = tokens.get(i);
    if ((first.opens().groups() & group.bit) == 0) {
      return null; // a mark, or a word no phrase of this group begins with
    }
    ImmutableList<Phrase> phrases = first.opens().byGroup().get(group.index);
    for (int q = 0; q < phrases.size(); q++) { // by index: no iterator is made
      Phrase p = phrases.get(q);
      int n = p.words().size();
      if (i + n > tokens.size()) {
        continue;
      }
      boolean ok = true;
      for (int k = 1; k < n && ok; k++) {
        Token t = tokens.get(i + k);
        ok = t.type() != Token.Type.MARK && t.normIs(p.words().get(k));
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
