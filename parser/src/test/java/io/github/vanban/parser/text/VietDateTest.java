package io.github.vanban.parser.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class VietDateTest {

  private static LocalDate after(String text) {
    String f = MatchText.fold(text);
    return VietDate.afterNgay(f, 0, f.length()).map(VietDate.Found::date).orElse(null);
  }

  @Test
  void readsTheUsualForms() {
    assertEquals(LocalDate.of(2020, 4, 8), after("Đồng Nai, ngày 08 tháng 4 năm 2020"));
    assertEquals(LocalDate.of(2019, 9, 19), after("Chỉ thị số 38-CT/TW ngày 19/9/2019"));
    assertEquals(LocalDate.of(2010, 1, 26), after("ngày 26-1-2010"));
    assertEquals(LocalDate.of(2007, 12, 3), after("ngày 03.12.2007"));
  }

  @Test
  void toleratesGluedWordsAndLineBreaks() {
    assertEquals(LocalDate.of(2011, 4, 21), after("ngày 21tháng 04 năm 2011"));
    assertEquals(LocalDate.of(2021, 4, 29), after("Bình Định, ngày\n29 tháng 04 năm 2021"));
    assertEquals(LocalDate.of(2020, 12, 29), after("Ngày 29 tháng 12/2020"));
  }

  @Test
  void rejectsImpossibleDates() {
    assertEquals(null, after("ngày 31/02/2020"));
    assertEquals(null, after("ngày 15 tháng 10 hàng năm"));
    assertTrue(VietDate.at("19/5/1890- 19/5/2020", 0).isEmpty());
  }
}
