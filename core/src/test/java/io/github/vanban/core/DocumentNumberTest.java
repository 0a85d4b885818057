package io.github.vanban.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DocumentNumberTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // printed          | sequence | year | type code | issuer codes | party | type
      "3935/KH-UBND       | 3935     |      | KH        | UBND         | false | KE_HOACH",
      "539/UBND-VHXH      | 539      |      |           | UBND VHXH    | false | CONG_VAN",
      "41/2013/QĐ-TTg     | 41       | 2013 | QĐ        | TTg          | false | QUYET_DINH",
      "09/2019/NĐ-CP      | 09       | 2019 | NĐ        | CP           | false | NGHI_DINH",
      "38-CT/TW           | 38       |      | CT        | TW           | true  | CHI_THI",
      "8485-CV/TU         | 8485     |      | CV        | TU           | true  | CONG_VAN",
      "187-BS/ĐUK         | 187      |      | BS        | ĐUK          | true  | BAN_SAO",
      "2858/VPCP-ĐP       | 2858     |      |           | VPCP ĐP      | false | CONG_VAN",
      "1528/QĐ-UBND       | 1528     |      | QĐ        | UBND         | false | QUYET_DINH",
      "36-HD/VPTW         | 36       |      | HD        | VPTW         | true  | HUONG_DAN",
      "12/CTr-UBND        | 12       |      | CTr       | UBND         | false | CHUONG_TRINH",
      "05-TT/TW           | 05       |      | TT        | TW           | true  | THONG_TRI",
      "01/2019/TT-BNV     | 01       | 2019 | TT        | BNV          | false | THONG_TU",
  })
  void parsesStateAndPartyForms(String printed, String sequence, String year, String typeCode,
      String issuers, boolean party, DocumentType type) {
    DocumentNumber n = DocumentNumber.of(printed);
    assertEquals(printed, n.printed());
    assertEquals(sequence, n.sequence());
    assertEquals(Optional.ofNullable(year).map(Integer::valueOf), n.year());
    assertEquals(Optional.ofNullable(typeCode), n.typeCode());
    assertEquals(List.of(issuers.split(" ")), n.issuerCodes());
    assertEquals(party, n.party());
    assertEquals(Optional.of(type), n.type());
  }

  @Test
  void toleratesSpacesAndTheWordSo() {
    DocumentNumber n = DocumentNumber.of("Số: 539 /UBND-VHXH");
    assertEquals("539/UBND-VHXH", n.printed());
    assertEquals(DocumentNumber.of("539/UBND-VHXH"), n);
  }

  @Test
  void keyFoldsSpellings() {
    assertEquals(DocumentNumber.of("38-CT/TW").key(), DocumentNumber.of("38/CT-TW").key());
    assertEquals(DocumentNumber.of("187-BS/ĐUK").key(), DocumentNumber.keyOf("187-bs/duk"));
    assertEquals("3935KHUBND", DocumentNumber.of("3935/KH-UBND").key());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "Số", "UBND", "ngày 19/9", "/KH-UBND", "38-", "12/", "3/4 (ba phần tư)"})
  void rejectsTextThatIsNoNumber(String text) {
    assertFalse(DocumentNumber.parse(text).isPresent(), text);
  }

  @Test
  void rejectsOverlongText() {
    assertFalse(DocumentNumber.parse("1/" + "A".repeat(200)).isPresent());
    assertTrue(DocumentNumber.parse("1/" + "A".repeat(20)).isPresent());
  }
}
