package io.github.vanban.parser.agency;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * {@link MentionParser#fill} reads a name template once and gives what the chain of
 * replacements gives ({@link MentionParser#fillByChain}), for templates with placeholders,
 * stray braces and spaces to collapse, and values that hold braces or placeholders.
 */
class FillProperties {

  @Property(tries = 2000)
  void fillsAsTheChainOfReplacements(@ForAll("templates") String template,
      @ForAll("values") String loc, @ForAll("values") String n, @ForAll("values") String u,
      @ForAll("values") String p, @ForAll("values") String up) {
    assertEquals(MentionParser.fillByChain(template, loc, n, u, p, up),
        MentionParser.fill(template, loc, n, u, p, up), template);
  }

  @Test
  void fillsARealTemplate() {
    assertEquals("Sở Tư pháp tỉnh Đồng Nai",
        MentionParser.fill("Sở Tư pháp {loc}", "tỉnh Đồng Nai", "Đồng Nai", "Tỉnh ủy", "", ""));
    assertEquals("Ủy ban nhân dân huyện Long Thành",
        MentionParser.fill(" Ủy ban nhân dân  {loc} {N}", "huyện Long Thành", "", "", "", ""));
  }

  @Provide
  Arbitrary<String> templates() {
    Arbitrary<String> piece = Arbitraries.of("{loc}", "{N}", "{U}", "{P}", "{up}", "{", "}",
        "{{loc}}", "{lo", "c}", " ", "  ", "Sở", "Ban", "N", "loc", "ủy");
    return piece.list().ofMaxSize(8).map(ps -> String.join("", ps));
  }

  @Provide
  Arbitrary<String> values() {
    return Arbitraries.of("", "tỉnh Đồng Nai", "Cần Thơ", " x  y ", "{N}", "{", "N", "loc", "}",
        "{up}", "Thành ủy");
  }
}
