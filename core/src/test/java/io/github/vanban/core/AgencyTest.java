package io.github.vanban.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.github.vanban.core.text.Fold;
import org.junit.jupiter.api.Test;

class AgencyTest {

  @Test
  void keyIsTheFoldedNameAndEqualAcrossSpellings() {
    Agency a = Agency.of("Ủy ban nhân dân tỉnh Kiên Giang");
    Agency b = Agency.of("UỶ BAN NHÂN DÂN TỈNH KIÊN GIANG");
    assertEquals(Fold.fold(a.name()), a.key());
    assertEquals("uy ban nhan dan tinh kien giang", a.key());
    assertEquals(a.key(), b.key());
    assertNotEquals(a, b); // the key is no part of equality: names differ
  }

  @Test
  void equalityHashAndTextDoNotDependOnWhetherTheKeyWasComputed() {
    Agency used = Agency.builder().name("Sở Y tế").kind(AgencyKind.DEPARTMENT).level(Level.PROVINCIAL)
        .locality("Đồng Nai").build();
    Agency fresh = Agency.builder().name("Sở Y tế").kind(AgencyKind.DEPARTMENT).level(Level.PROVINCIAL)
        .locality("Đồng Nai").build();
    int before = used.hashCode();
    assertEquals("so y te", used.key());
    assertEquals(before, used.hashCode());
    assertEquals(fresh, used);
    assertEquals(used, fresh);
    assertEquals(fresh.hashCode(), used.hashCode());
    assertEquals(fresh.toString(), used.toString());
    assertEquals("so y te", ImmutableAgency.copyOf(fresh).withKind(AgencyKind.OTHER).key());
  }
}
