package io.github.vanban.parser.agency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * {@link KeyStarts} and {@link MentionParser#mayParseAt}, the check of the first two words
 * before the walks, refuse only positions that the walks and the full parse refuse too.
 */
class KeyStartsProperties {
  private static final Gazetteer G = Gazetteer.standard();
  private static final MentionParser P = new MentionParser(G);
  private static final List<TokenTrie<?>> TRIES = List.of(G.heads(), G.central(), G.local(),
      G.prefixes());
  private static final KeyStarts STARTS = new KeyStarts(TRIES);
  private static final MentionParser.Place NONE = new MentionParser.Place(Optional.empty(),
      Optional.empty(), Optional.empty());

  @Property(tries = 400)
  void refusesOnlyWhatTheWalksAndTheParseRefuse(@ForAll("phrases") String text) {
    List<Token> tokens = G.tokenizer().tokens(text, 0, text.length());
    MentionParser.Context c = new MentionParser.Context(text, tokens, NONE);
    for (int i = 0; i < tokens.size(); i++) {
      if (!STARTS.mayMatch(tokens, i, KeyStarts.ALL)) {
        for (TokenTrie<?> trie : TRIES) {
          assertTrue(trie.matches(tokens, i).isEmpty(), text + " @" + i);
          assertNull(trie.longest(tokens, i), text + " @" + i);
        }
      }
      if (!STARTS.mayMatch(tokens, i, 1)) { // one-word keys of the heads (index 0) only
        assertNull(TRIES.get(0).longest(tokens, i), text + " @" + i);
        for (TokenTrie<?> trie : TRIES) {
          assertTrue(trie.matches(tokens, i, i + 2).isEmpty(), text + " @" + i);
        }
      }
      if (!P.mayParseAt(c, i)) {
        assertNull(P.parseAt(c, i), text + " @" + i);
      }
      if (P.mayParseAt(c, i)) {
        assertTrue(P.mayStart(c, i), text + " @" + i);
      }
    }
  }

  @Test
  void refusesAFirstWordThatNoSecondWordContinues() {
    String text = "Ủy quyền cho Ủy ban nhân dân tỉnh";
    List<Token> tokens = G.tokenizer().tokens(text, 0, text.length());
    MentionParser.Context c = new MentionParser.Context(text, tokens, NONE);
    assertTrue(P.mayStart(c, 0), "Ủy begins names");
    assertFalse(P.mayParseAt(c, 0), "Ủy quyền begins none");
    int second = 3; // "Ủy" of "Ủy ban"
    assertEquals("uy", tokens.get(second).fold());
    assertTrue(P.mayParseAt(c, second));
    assertNotNull(P.parseAt(c, second));
  }

  /**
   * Short texts of the first words and first word pairs of the keys, pairs joined wrongly,
   * words glued as copies glue them, other words and the marks between words.
   */
  @Provide
  Arbitrary<String> phrases() {
    List<String> firsts = new ArrayList<>();
    List<String> pairs = new ArrayList<>();
    List<String> seconds = new ArrayList<>();
    for (TokenTrie<?> trie : TRIES) {
      trie.forEachStart((w, whole) -> firsts.add(w), (a, b) -> {
        pairs.add(a + " " + b);
        seconds.add(b);
      });
    }
    List<String> more = List.of("các", "Sở", "Tài chính", "Ủy ban nhân dân", "tỉnh", "và",
        "thaovà", "Giaothông", "cácsở", "Bảo", "Giám đốc", "UBND", "Ủy", "quyền", "Ban", "báo",
        "Báo", "sở", "bộ", "ban", "cục", "trưởng", "giám đốc", "BÁO", "TP.", "UBND tỉnh");
    Arbitrary<String> word = Arbitraries.oneOf(
        Arbitraries.of(firsts),
        Arbitraries.of(pairs),
        Arbitraries.of(seconds),
        Arbitraries.of(more),
        Arbitraries.of(firsts).map(w -> w.isEmpty() ? w
            : Character.toUpperCase(w.charAt(0)) + w.substring(1)),
        Arbitraries.of(firsts).list().ofSize(2).map(p -> p.get(0) + p.get(1)),
        Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(7));
    Arbitrary<String> gap = Arbitraries.of(" ", " ", " ", ", ", " - ", "; ", "\n", " & ", " và ");
    return Arbitraries.lazy(() -> word.list().ofMinSize(1).ofMaxSize(8)).flatMap(ws ->
        gap.list().ofSize(ws.size()).map(gs -> {
          StringBuilder b = new StringBuilder();
          for (int k = 0; k < ws.size(); k++) {
            b.append(ws.get(k)).append(gs.get(k));
          }
          return b.toString();
        }));
  }
}
