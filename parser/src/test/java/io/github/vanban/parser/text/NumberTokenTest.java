package io.github.vanban.parser.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NumberTokenTest {

  private static String read(String text) {
    int i = 0;
    while (!Character.isDigit(text.charAt(i))) {
      i++;
    }
    return NumberToken.at(text, i).map(f -> f.number().printed()).orElse(null);
  }

  @Test
  void readsStateAndPartyForms() {
    assertEquals("3935/KH-UBND", read("Số: 3935/KH-UBND"));
    assertEquals("38-CT/TW", read("Số 38-CT/TW"));
    assertEquals("41/2013/QĐ-TTg", read("Quyết định số 41/2013/QĐ-TTg ngày 15/7/2013"));
  }

  @Test
  void toleratesSpacesDashesAndGluedWords() {
    assertEquals("539/UBND-VHXH", read("Số: 539 /UBND-VHXH"));
    assertEquals("08/NQ-TW", read("Nghị quyết 08/NQ -TW ngày"));
    assertEquals("906/KT-KĐ", read("văn bản số 906/KT- KĐ ngày"));
    assertEquals("2865/GDĐT-KT&KĐCL", read("Số: 2865/GDĐT –KT&KĐCL"));
    assertEquals("217-QĐ/TW", read("Quyết định số 217-QĐ/TWngày 12 tháng 12"));
    assertEquals("22/TTg-V.III", read("Số: 22/TTg-V .III"));
  }

  @Test
  void restoresALostSeparator() {
    assertEquals("84-QĐ/TWĐTN", read("Quyết định số 84 QĐ/TWĐTN ngày"));
  }

  @Test
  void datesAndBareNumbersAreNotNumbers() {
    assertEquals(null, read("ngày 19/9/2019"));
    assertEquals(null, read("Chỉ thị 28)"));
    assertEquals(null, read("năm 2020 UBND tỉnh"));
  }

  @Test
  void spanCoversThePrintedNumber() {
    String text = "theo Công văn số 466/SNV-CCHC ngày 14/5/2015";
    NumberToken.Found f = NumberToken.at(text, text.indexOf("466")).orElseThrow();
    assertEquals("466/SNV-CCHC", text.substring(f.start(), f.end()));
    assertTrue(f.number().type().isPresent());
  }
}
