package io.github.vanban.parser.agency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The marks the vocabulary puts on known words (the tries a word may begin a key of, whether
 * it may be two words glued) only spare work: every walk and {@link MentionParser#mayStart}
 * answer the same on tokens stripped of them, the common words of running text that the
 * vocabulary knows without a key ({@code trong}, {@code hiện}) among them.
 */
class TokenMarksProperties {
  private static final Gazetteer G = Gazetteer.standard();
  private static final MentionParser P = new MentionParser(G);
  private static final List<TokenTrie<?>> TRIES = List.of(G.provinceTrie(), G.central(),
      G.local(), G.prefixes(), G.heads(), G.members(), G.unitWords());
  private static final int MARKS = Token.STARTS_MARKED | Token.SPLITS | Token.COLLECTIVE
      | startFlags();

  @Test
  void everyFirstWordIsMarkedForItsTrie() {
    for (TokenTrie<?> trie : TRIES) {
      trie.forEachFirstWord(w -> {
        List<Token> tokens = G.tokenizer().tokens(w, 0, w.length());
        assertEquals(1, tokens.size(), w);
        assertTrue(tokens.get(0).known() && !tokens.get(0).beginsNoKey(trie.startFlag()), w);
      });
    }
  }

  @Test
  void commonWordsOfRunningTextAreKnownAndMarked() {
    String text = "trong thời gian hiện nay, thường xuyên triển khai";
    for (Token t : G.tokenizer().tokens(text, 0, text.length())) {
      if (t.word()) {
        assertTrue(t.known() && t.startsMarked(), t.fold());
      }
    }
    Token trong = G.tokenizer().tokens("trong", 0, 5).get(0);
    for (TokenTrie<?> trie : TRIES) {
      assertTrue(trong.beginsNoKey(trie.startFlag()), "trong");
    }
  }

  @Property(tries = 300)
  void walksAreTheSameWithoutMarks(@ForAll("phrases") String text) {
    List<Token> marked = G.tokenizer().tokens(text, 0, text.length());
    List<Token> bare = new ArrayList<>();
    for (Token t : marked) {
      bare.add(new Token(t.start(), t.end(), t.fold(), t.flags() & ~MARKS));
    }
    MentionParser.Place none = new MentionParser.Place(java.util.Optional.empty(),
        java.util.Optional.empty(), java.util.Optional.empty());
    MentionParser.Context withMarks = new MentionParser.Context(text, marked, none);
    MentionParser.Context without = new MentionParser.Context(text, bare, none);
    for (int i = 0; i < marked.size(); i++) {
      for (TokenTrie<?> trie : TRIES) {
        assertEquals(hits(trie.matches(bare, i)), hits(trie.matches(marked, i)), text + " @" + i);
        assertEquals(hit(trie.longest(bare, i)), hit(trie.longest(marked, i)), text + " @" + i);
      }
      assertEquals(P.mayStart(without, i), P.mayStart(withMarks, i), text + " @" + i);
    }
  }

  /**
   * Short texts of the gazetteer's first words, words glued in pairs as copies glue them,
   * other words and the marks between words.
   */
  @Provide
  Arbitrary<String> phrases() {
    List<String> words = new ArrayList<>();
    for (TokenTrie<?> trie : TRIES) {
      trie.forEachFirstWord(words::add);
    }
    words.addAll(List.of("các", "Sở", "Tài chính", "Ủy ban nhân dân", "tỉnh", "và", "thaovà",
        "Giaothông", "cácsở", "Bảo", "Thắng", "trong", "hiện", "thường", "xuyên", "chương",
        "trình", "triển", "khai"));
    Arbitrary<String> word = Arbitraries.oneOf(
        Arbitraries.of(words),
        Arbitraries.of(words).list().ofSize(2).map(p -> p.get(0) + p.get(1)),
        Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(7));
    Arbitrary<String> gap = Arbitraries.of(" ", " ", " ", ", ", " - ", "; ", "\n", " & ");
    return Arbitraries.lazy(() -> word.list().ofMinSize(1).ofMaxSize(8)).flatMap(ws ->
        gap.list().ofSize(ws.size()).map(gs -> {
          StringBuilder b = new StringBuilder();
          for (int k = 0; k < ws.size(); k++) {
            b.append(ws.get(k)).append(gs.get(k));
          }
          return b.toString();
        }));
  }

  private static int startFlags() {
    int flags = 0;
    for (int k = 0; k < Token.MAX_TRIES; k++) {
      flags |= Token.startFlag(k);
    }
    return flags;
  }

  private static List<String> hits(List<? extends TokenTrie.Hit<?>> hits) {
    List<String> out = new ArrayList<>();
    for (TokenTrie.Hit<?> h : hits) {
      out.add(hit(h));
    }
    return out;
  }

  private static String hit(TokenTrie.Hit<?> h) {
    return h == null ? "none" : h.end() + " " + h.values();
  }
}
