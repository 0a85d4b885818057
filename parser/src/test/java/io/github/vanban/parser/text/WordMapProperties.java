package io.github.vanban.parser.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * {@link WordMap} answers as a {@link HashMap} does, by whole string, by a region of a string
 * and by a character buffer, for keys whose hashes collide or are 0 (the hash it keeps for
 * them is never the mark of an empty slot).
 */
class WordMapProperties {

  @Property(tries = 300)
  void answersAsAHashMap(@ForAll("keys") List<String> keys, @ForAll("keys") List<String> probes) {
    WordMap<Integer> map = new WordMap<>();
    Map<String, Integer> expected = new HashMap<>();
    for (int k = 0; k < keys.size(); k++) {
      map.put(keys.get(k), k);
      expected.put(keys.get(k), k);
    }
    for (String p : probes) {
      Integer want = expected.get(p);
      assertEquals(want, map.get(p), p);
      String padded = "<" + p + ">";
      assertEquals(want, map.get(padded, 1, padded.length() - 1), p);
      char[] buf = (p + "tail").toCharArray();
      assertEquals(want, map.get(buf, 0, p.length(), p.hashCode()), p);
      char[] inside = ("<" + p + "tail").toCharArray();
      assertEquals(want, map.get(inside, 1, 1 + p.length(), p.hashCode()), p);
      assertEquals(want != null, map.containsKey(p), p);
    }
  }

  @Test
  void keysWhoseHashIsZeroAreFound() {
    WordMap<String> map = new WordMap<>();
    assertEquals(0, "".hashCode());
    assertEquals(0, "f5a5a608".hashCode());
    assertNull(map.get(""));
    map.put("", "empty");
    map.put("f5a5a608", "zero");
    map.put("a", "one"); // hash 97 lands elsewhere; "" and "f5a5a608" share a slot run
    assertEquals("empty", map.get(""));
    assertEquals("zero", map.get("f5a5a608"));
    assertEquals("zero", map.get("xf5a5a608", 1, 9));
    assertEquals("one", map.get("a"));
    assertNull(map.get("b"));
  }

  @Provide
  Arbitrary<List<String>> keys() {
    // short words from few letters: many equal keys, and colliding hashes ("Aa", "BB")
    Arbitrary<String> word = Arbitraries.oneOf(
        Arbitraries.strings().withChars("abAB").ofMinLength(0).ofMaxLength(4),
        Arbitraries.of("Aa", "BB", "AaAa", "BBBB", "AaBB", "", "f5a5a608", "thanh", "pho"));
    return word.list().ofMaxSize(60);
  }
}
