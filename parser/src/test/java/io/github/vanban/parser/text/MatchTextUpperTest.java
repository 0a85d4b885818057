package io.github.vanban.parser.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MatchTextUpperTest {

  @Test
  void capitalsWithEnoughLettersAreUpper() {
    assertTrue(MatchText.upper("UỶ BAN NHÂN DÂN TỈNH ĐỒNG NAI", 3));
    assertTrue(MatchText.upper("SỞ TƯ PHÁP *** 2020", 3)); // marks and digits are no letters
    assertTrue(MatchText.upper("BỘ", 1));
  }

  @Test
  void oneLowerCaseLetterOrTooFewLettersIsNot() {
    assertFalse(MatchText.upper("ỦY BAN NHÂN DÂN tỉnh", 1));
    assertFalse(MatchText.upper("Số: 38-CT/TW", 1));
    assertFalse(MatchText.upper("BỘ", 3));
    assertFalse(MatchText.upper("*** 123", 1));
  }
}
