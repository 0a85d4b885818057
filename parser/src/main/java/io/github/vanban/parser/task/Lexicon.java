package io.github.vanban.parser.task;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The words the finders read by, loaded once from {@code lexicon.txt}: directive verbs,
 * reporting verbs, openers of preposed phrases, words that show a name is not a subject.
 * Entries are folded phrases ({@link Folded}).
 */
final class Lexicon {
  private static final ImmutableMap<String, ImmutableSet<String>> SECTIONS = load();

  static final ImmutableSet<String> DIRECTIVE = section("directive");
  static final ImmutableSet<String> NOT_DIRECTIVE_BEFORE = section("not_directive_before");
  static final ImmutableSet<String> OBJECT_FILLER = section("object_filler");
  static final ImmutableSet<String> CONNECTIVE = section("connective");
  static final ImmutableSet<String> ADVERBIAL_OPENER = section("adverbial_opener");
  static final ImmutableSet<String> CONDITION = section("condition");
  static final ImmutableSet<String> NON_PREDICATE = section("non_predicate");
  static final ImmutableSet<String> REPORT_VERB = section("report_verb");
  static final ImmutableSet<String> RECIPIENT_CONNECTOR = section("recipient_connector");
  static final ImmutableSet<String> NOT_BEFORE_TRINH = section("not_before_trinh");
  static final ImmutableSet<String> APPROVAL_AFTER_TRINH = section("approval_after_trinh");
  static final ImmutableSet<String> SKIP_STOP = section("skip_stop");
  static final ImmutableSet<String> PURPOSE = section("purpose");
  static final ImmutableSet<String> VIA = section("via");
  static final ImmutableSet<String> COPY_TO = section("copy_to");
  static final ImmutableSet<String> SUPPORT = section("support");
  static final ImmutableSet<String> AGENT = section("agent");

  /** Folded words that stand for several words, with the spellings meant (section exact). */
  static final ImmutableMap<String, ImmutableSet<String>> EXACT = exact();

  private Lexicon() {}

  private static ImmutableMap<String, ImmutableSet<String>> exact() {
    ImmutableMap.Builder<String, ImmutableSet<String>> b = ImmutableMap.builder();
    for (String line : section("exact")) {
      String[] p = line.split("\\|");
      b.put(p[0], ImmutableSet.copyOf(java.util.Arrays.asList(p).subList(1, p.length)));
    }
    return b.buildOrThrow();
  }

  static ImmutableSet<String> section(String name) {
    ImmutableSet<String> s = SECTIONS.get(name);
    if (s == null) {
      throw new IllegalStateException("lexicon.txt has no section " + name);
    }
    return s;
  }

  /** Entries sorted longest first, for longest-match scans. */
  static ImmutableList<String> longestFirst(ImmutableSet<String> entries) {
    return entries.stream().sorted((a, b) -> b.length() - a.length())
        .collect(ImmutableList.toImmutableList());
  }

  private static ImmutableMap<String, ImmutableSet<String>> load() {
    Map<String, Set<String>> out = new LinkedHashMap<>();
    try (InputStream in = Lexicon.class.getResourceAsStream("lexicon.txt")) {
      if (in == null) {
        throw new IllegalStateException("lexicon.txt missing from the class path");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String section = null;
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String l = line.strip();
        if (l.isEmpty() || l.startsWith("#")) {
          continue;
        }
        if (l.startsWith("[") && l.endsWith("]")) {
          section = l.substring(1, l.length() - 1);
          out.computeIfAbsent(section, k -> new LinkedHashSet<>());
        } else if (section != null) {
          out.get(section).add(l);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ImmutableMap.Builder<String, ImmutableSet<String>> b = ImmutableMap.builder();
    out.forEach((k, v) -> b.put(k, ImmutableSet.copyOf(v)));
    return b.buildOrThrow();
  }
}
