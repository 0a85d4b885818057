package io.github.vanban.parser.agency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vanban.core.AgencyKind;
import io.github.vanban.parser.agency.Gazetteer.Central;
import io.github.vanban.parser.agency.Gazetteer.LocalRow;
import io.github.vanban.parser.agency.Gazetteer.Parent;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * {@link Parent#of} reads a parent template once into what {@code MentionParser.parentOf} used
 * to work out from the template on every rendering: whether there is a parent, whether it is
 * named, the national body a name gives, the local row template ({@code {up}} as
 * {@code {loc}}, {@code {P}} as {@code {N}}) and which placeholders it holds.
 */
class ParentProperties {

  private static final Central NATIONAL =
      new Central("Chính phủ", AgencyKind.GOVERNMENT, "");

  @Property(tries = 2000)
  void readsATemplateAsParentOfDidPerCall(@ForAll("templates") String template) {
    Parent p = Parent.of(template,
        name -> name.equals("Chính phủ") ? Optional.of(NATIONAL) : Optional.empty());
    assertEquals(template, p.template());
    assertEquals(template.isEmpty(), p.none());
    if (template.isEmpty()) {
      return;
    }
    assertEquals(template.indexOf('{') < 0, p.named());
    if (p.named()) {
      assertEquals(template.equals("Chính phủ") ? NATIONAL : null, p.national());
      return;
    }
    assertEquals(template.replace("{up}", "{loc}").replace("{P}", "{N}"), p.rowTemplate());
    assertEquals(template.contains("{U}") || template.contains("{P}"), p.namesProvince());
    assertEquals(template.contains("{up}"), p.namesUp());
  }

  @Test
  void everyRowOfTheGazetteerKnowsTheNationalBodyItsParentNames() {
    Gazetteer g = Gazetteer.standard();
    int named = 0;
    for (LocalRow row : g.localRows()) {
      for (Parent p : List.of(row.parentTop(), row.parentLow())) {
        if (!p.none() && p.named()) {
          assertEquals(g.centralNamed(p.template()).orElse(null), p.national(), p.template());
          named += p.national() != null ? 1 : 0;
        }
      }
    }
    assertTrue(named > 10, "rows whose parent is a known national body: " + named);
  }

  @Provide
  Arbitrary<String> templates() {
    Arbitrary<String> piece = Arbitraries.of("{loc}", "{N}", "{U}", "{P}", "{up}", "{", "}",
        "Chính phủ", "Ủy ban nhân dân", " ", "Sở Tư pháp");
    return piece.list().ofMaxSize(5).map(ps -> String.join("", ps));
  }
}
