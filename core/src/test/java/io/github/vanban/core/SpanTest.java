package io.github.vanban.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SpanTest {
  private static final String SOURCE = "Kính gửi: Sở Tư pháp tỉnh Đồng Nai";

  @Test
  void inTakesTheExactSourceText() {
    Span s = Span.in(SOURCE, 10, 20);
    assertEquals("Sở Tư pháp", s.text());
    assertEquals(10, s.length());
    assertTrue(Span.in(SOURCE, 0, SOURCE.length()).encloses(s));
  }

  @Test
  void rejectsInconsistentSpans() {
    assertThrows(IllegalArgumentException.class, () -> Span.of(5, 3, ""));
    assertThrows(IllegalArgumentException.class, () -> Span.of(0, 3, "ab"));
    assertThrows(IllegalArgumentException.class, () -> Span.in(SOURCE, 0, SOURCE.length() + 1));
  }

  @Test
  void ordersByStartThenEnd() {
    assertTrue(Span.in(SOURCE, 0, 4).compareTo(Span.in(SOURCE, 1, 2)) < 0);
    assertTrue(Span.in(SOURCE, 0, 4).compareTo(Span.in(SOURCE, 0, 2)) > 0);
  }
}
