package io.github.vanban.parser.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vanban.core.deadline.Deadline;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** The parser on word soup made of its own vocabulary: it never fails and stays in bounds. */
class DeadlinePropertiesTest {

  private static final DeadlineParser PARSER = new DeadlineParser();

  private static final List<String> VOCABULARY = List.of("trước", "truoc", "ngày", "ngay",
      "Ngày", "tháng", "thang", "năm", "nam", "quý", "quy", "hằng", "hàng", "mỗi", "định", "kỳ",
      "báo", "cáo", "trong", "thời", "hạn", "vòng", "làm", "việc", "kể", "từ", "ký", "chậm",
      "nhất", "là", "cuối", "cùng", "của", "đầu", "sau", "tiếp", "theo", "khi", "có", "nếu",
      "trường", "hợp", "đột", "xuất", "khó", "khăn", "không", "Tết", "thứ", "Sáu", "tuần",
      "giờ", "h", "I", "II", "IV", "6", "06", "15", "20", "31", "29", "2", "12", "2020",
      "2021", "1999", "2199", "99999", "/", "-", ".", ",", ";", "(", ")", ":", "và", "hoặc", "lần",
      "một", "mười", "đến", "hết", "tính", "sơ", "kết", "tổng", "nửa", "vào", "hoàn", "thành");

  @Provide
  Arbitrary<String> soup() {
    return Arbitraries.of(VOCABULARY).list().ofMaxSize(40).map(ws -> String.join(" ", ws));
  }

  @Provide
  Arbitrary<String> gluedSoup() {
    return Arbitraries.of(VOCABULARY).list().ofMaxSize(40).map(ws -> String.join("", ws));
  }

  @Property(tries = 1200)
  void neverFailsOnWordSoup(@ForAll("soup") String clause) {
    check(clause);
  }

  @Property(tries = 400)
  void neverFailsOnGluedSoup(@ForAll("gluedSoup") String clause) {
    check(clause);
  }

  @Property(tries = 300)
  void neverFailsOnArbitraryText(@ForAll String clause) {
    check(clause);
  }

  @Property(tries = 600)
  void readsARangeAsItsCopy(@ForAll("soup") String soup, @ForAll("gluedSoup") String glued,
      @ForAll @IntRange(max = 400) int a, @ForAll @IntRange(max = 400) int b) {
    // marks that NFC composes or reorders, beside the soup: read from a copy, as before
    String text = soup + (a % 3 == 0 ? "e\u0301 \u0323\u0302 " : " ") + glued;
    int from = Math.min(a, b) % (text.length() + 1);
    int to = Math.max(from, Math.max(a, b) % (text.length() + 1));
    for (Optional<LocalDate> date : List.of(Optional.<LocalDate>empty(),
        Optional.of(LocalDate.of(2021, 3, 2)))) {
      assertEquals(PARSER.find(text.substring(from, to), date),
          PARSER.find(text, from, to, date), "[" + from + ", " + to + ") of " + text);
    }
  }

  @Test
  void inertCharactersStayAsTheyAreInNfc() {
    List<Character> inert = new ArrayList<>();
    for (char c = 0; c < 0xFFFF; c++) {
      if (DeadlineParser.isInert(c)) {
        inert.add(c);
      }
    }
    for (char c : inert) {
      for (char d : inert) {
        String pair = new String(new char[] {c, d});
        assertTrue(Normalizer.isNormalized(pair, Normalizer.Form.NFC), pair);
      }
    }
  }

  private static void check(String clause) {
    for (Optional<LocalDate> date : List.of(Optional.<LocalDate>empty(),
        Optional.of(LocalDate.of(2020, 12, 31)), Optional.of(LocalDate.of(1850, 1, 1)),
        Optional.of(LocalDate.of(2199, 12, 31)))) {
      List<Deadline> found = PARSER.find(clause, date);
      for (Deadline d : found) {
        assertFalse(d.kind() == Deadline.Kind.NONE, clause);
        assertTrue(d.text().isEmpty() || clause.contains(d.text().split(" ")[0]),
            clause + " → " + d.text());
      }
    }
  }
}
