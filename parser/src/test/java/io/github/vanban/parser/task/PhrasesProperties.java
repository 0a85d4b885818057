package io.github.vanban.parser.task;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link Phrases#matchAny} finds what {@link Folded#matchAny} finds with the whole list of
 * phrases, at every offset and for limits that cut words: its filter by first letters rules
 * out only offsets where no phrase matches.
 */
class PhrasesProperties {
  private static final List<ImmutableSet<String>> SECTIONS = List.of(Lexicon.REPORT_VERB,
      Lexicon.DIRECTIVE, Lexicon.PURPOSE, Lexicon.SUPPORT, Lexicon.CONDITION,
      Lexicon.RECIPIENT_CONNECTOR, Lexicon.SKIP_STOP, Lexicon.VIA, Lexicon.AGENT,
      Lexicon.CONNECTIVE, Lexicon.section("head_title"), Lexicon.section("catch_all_noun"),
      ImmutableSet.of("va", "cung", "cung voi", "tat ca", "&"));

  /** Pieces of text: words of the phrases with and without marks, cut words, spaces, marks. */
  private static final List<String> PIECES = List.of("báo cáo", "Báo Cáo", "bao", "cao",
      "báo", "gửi", "gui", "trình", "trinh", "chương", "tổng hợp", "yêu cầu", "giao", "để",
      "đề", "de", "nhằm", "phối hợp", "với", "khi", "nếu", "về", "cho", "qua", "do", "và",
      "cùng", "&", "Giám đốc", "các", "sở", "bá", "báoo", "x", " ", "  ", "\n", ",", ".", "(",
      ")", ":", "1", "\u00a0");

  @Provide
  Arbitrary<String> text() {
    return Arbitraries.of(PIECES).list().ofMaxSize(24).map(l -> String.join("", l));
  }

  @Property(tries = 300)
  void matchesAsTheWholeList(@ForAll("text") String text) {
    Folded f = new Folded(text);
    int n = text.length();
    for (ImmutableSet<String> section : SECTIONS) {
      ImmutableList<String> list = Lexicon.longestFirst(section);
      Phrases phrases = Phrases.longestFirst(section);
      for (int i = 0; i <= n; i++) {
        List<Integer> limits = new ArrayList<>(List.of(n, i, Math.min(n, i + 1),
            Math.min(n, i + 2), Math.min(n, i + 4), Math.min(n, i + 9)));
        for (int limit : limits) {
          assertEquals(f.matchAny(i, list, limit), phrases.matchAny(f, i, limit),
              section + " at " + i + " to " + limit + " in [" + text + "]");
        }
      }
    }
  }
}
