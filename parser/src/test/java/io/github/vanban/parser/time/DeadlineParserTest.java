package io.github.vanban.parser.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.io.Resources;
import io.github.vanban.core.deadline.Deadline;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The table of real-shaped time expressions in {@code deadlines.tsv}. */
class DeadlineParserTest {

  private static final DeadlineParser PARSER = new DeadlineParser();

  static List<Arguments> table() throws IOException {
    String text = Resources.toString(Resources.getResource(DeadlineParserTest.class,
        "deadlines.tsv"), StandardCharsets.UTF_8);
    List<Arguments> rows = new ArrayList<>();
    for (String line : text.split("\n")) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t", -1);
      rows.add(Arguments.of(f[0], f[1], f.length > 2 ? f[2] : ""));
    }
    return rows;
  }

  @ParameterizedTest(name = "{0} → {2}")
  @MethodSource("table")
  void readsTheDeadlinesOfAClause(String clause, String documentDate, String expected) {
    Optional<LocalDate> date = documentDate.equals("-") ? Optional.empty()
        : Optional.of(LocalDate.parse(documentDate));
    List<Deadline> found = PARSER.find(clause, date);
    assertEquals(expected, found.stream().map(Deadline::toString)
        .collect(Collectors.joining(" + ")));
  }

  @org.junit.jupiter.api.Test
  void keepsTheMatchedPhraseAsText() {
    List<Deadline> found = PARSER.find(
        "báo cáo UBND tỉnh trước ngày 05/6 và 05/12 hàng năm", Optional.empty());
    assertEquals(List.of("trước ngày 05/6", "trước ngày 05/12 hàng năm"),
        found.stream().map(Deadline::text).collect(Collectors.toList()));
    assertEquals("trong quý I/2020",
        PARSER.find("Hoàn thành và trình UBND tỉnh trong quý I/2020", Optional.empty()).get(0).text());
    assertEquals("nếu có vấn đề phát sinh vượt thẩm quyền", PARSER.find(
        "báo cáo Chủ tịch UBND tỉnh (qua Sở Nội vụ) nếu có vấn đề phát sinh vượt thẩm quyền",
        Optional.empty()).get(0).text());
  }

  @org.junit.jupiter.api.Test
  void readsLongNoisyTextQuicklyAndWithoutFailing() {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 2000; i++) {
      b.append("ngày ngày 1/ / trước trước hằng định kỳ ").append(i % 40).append('/');
    }
    long t0 = System.nanoTime();
    PARSER.find(b, Optional.of(LocalDate.of(2020, 1, 1)));
    PARSER.find("", Optional.empty());
    PARSER.find("trước ngày 31/02/2021, 30/2 hằng năm, ngày 99/99/9999", Optional.empty());
    org.junit.jupiter.api.Assertions.assertTrue(System.nanoTime() - t0 < 2_000_000_000L);
  }

  @org.junit.jupiter.api.Test
  void daysOutsideTheCalendarGiveNoDateRatherThanFail() {
    Optional<LocalDate> old = Optional.of(LocalDate.of(1850, 1, 1));
    assertEquals("ON_EVENT", PARSER.find("trong thời hạn 10 ngày làm việc kể từ ngày ký", old)
        .stream().map(Deadline::toString).collect(Collectors.joining(" + ")));
    assertEquals(List.of(), PARSER.find("hoàn thành trước Tết Nguyên đán", old));
  }
}
