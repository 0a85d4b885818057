package io.github.vanban.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class FoldTest {

  @Test
  void foldsCaseMarksAndBothSpellingsOfUy() {
    assertEquals("uy ban nhan dan tinh dong nai", Fold.fold("ỦY BAN NHÂN DÂN TỈNH ĐỒNG NAI"));
    assertEquals(Fold.fold("Ủy ban"), Fold.fold("Uỷ ban"));
    assertEquals(Fold.fold("Ủy ban"), Fold.fold("Uy ban"));
    assertEquals("so tu phap", Fold.fold("**Sở  Tư-pháp**"));
    assertEquals("", Fold.fold(" - ; "));
  }

  @Test
  void foldsDecomposedInputLikeComposed() {
    assertEquals(Fold.fold("Nội vụ"), Fold.fold(java.text.Normalizer.normalize("Nội vụ",
        java.text.Normalizer.Form.NFD)));
  }

  @Test
  void stripMarksKeepsLengthCaseAndPunctuation() {
    String s = "Sở Ngoại vụ: TUYÊN QUANG, Đắk Lắk.";
    String stripped = Fold.stripMarks(s);
    assertEquals("So Ngoai vu: TUYEN QUANG, Dak Lak.", stripped);
    assertEquals(s.length(), stripped.length());
  }

  @Property
  void foldIsIdempotent(@ForAll String s) {
    assertEquals(Fold.fold(s), Fold.fold(Fold.fold(s)));
  }

  @Property
  void stripMarksKeepsTheLengthOfNfcText(@ForAll String s) {
    String nfc = java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFC);
    assertEquals(nfc.length(), Fold.stripMarks(nfc).length());
  }
}
