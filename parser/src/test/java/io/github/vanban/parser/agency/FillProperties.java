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
 * {@link NameTemplate#fill} (the template read once into its pieces) gives what the chain of
 * replacements gives ({@link NameTemplate#fillByChain}), for templates with placeholders,
 * stray braces and spaces to collapse, and values that hold braces or placeholders.
 */
class FillProperties {

  @Property(tries = 2000)
  void fillsAsTheChainOfReplacements(@ForAll("templates") String template,
      @ForAll("values") String loc, @ForAll("values") String n, @ForAll("values") String u,
      @ForAll("values") String p, @ForAll("values") String up) {
    assertEquals(NameTemplate.fillByChain(template, loc, n, u, p, up),
        NameTemplate.of(template).fill(loc, n, u, p, up), template);
  }

  @Test
  void fillsARealTemplate() {
    assertEquals("Sở Tư pháp tỉnh Đồng Nai",
        NameTemplate.of("Sở Tư pháp {loc}").fill("tỉnh Đồng Nai", "Đồng Nai", "Tỉnh ủy", "", ""));
    assertEquals("Ủy ban nhân dân huyện Long Thành",
        NameTemplate.of(" Ủy ban nhân dân  {loc} {N}").fill("huyện Long Thành", "", "", "", ""));
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
