package io.github.vanban.graph;

import static io.github.vanban.graph.Fixtures.*;
import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.vanban.graph.query.ObligationRow;
import io.github.vanban.graph.query.Obligations;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ObligationsTest {
  private final Corpus corpus = Corpus.of(ALL);

  @Test
  void recurringDeadlineNextDueMovesWithTheDay() {
    Obligations owed = corpus.obligations().recipient("Sở Ngoại vụ tỉnh Đồng Nai");
    assertEquals(2, owed.size());
    for (ObligationRow r : owed.asOf(LocalDate.of(2020, 5, 1))) {
      assertEquals(LocalDate.of(2020, 11, 15), r.nextDue().orElseThrow());
    }
    for (ObligationRow r : owed.asOf(LocalDate.of(2020, 11, 16))) {
      assertEquals(LocalDate.of(2021, 11, 15), r.nextDue().orElseThrow());
    }
    assertEquals(List.of(CAC_SO_DN.name(), UBND_HUYEN_DN.name()),
        owed.asOf(LocalDate.of(2020, 5, 1)).stream().map(r -> r.reporter().name()).sorted().collect(Collectors.toList()));
  }

  @Test
  void agenciesAreNamedInAnySpellingOrByTheirWords() {
    assertEquals(2, corpus.obligations().recipient("SO NGOAI VU TINH DONG NAI").size());
    assertEquals(2, corpus.obligations().recipient("sở ngoại vụ").size());
    assertEquals(1, corpus.obligations().reporter("Sở Nội vụ tỉnh Kiên Giang").size());
    assertEquals(0, corpus.obligations().reporter("Bộ Quốc phòng").size());
  }

  @Test
  void dueBetweenExpandsRecurringDeadlinesAndDropsThoseWithoutADay() {
    Obligations window = corpus.obligations().dueBetween(LocalDate.of(2020, 1, 1), LocalDate.of(2022, 12, 31));
    // two yearly obligations, three years: six rows; periodic, on-event ones have no day
    assertEquals(6, window.size());
    assertEquals(List.of("2020-11-15", "2020-11-15", "2021-11-15", "2021-11-15", "2022-11-15", "2022-11-15"),
        window.stream().map(r -> r.nextDue().orElseThrow().toString()).collect(Collectors.toList()));
    assertEquals(0, corpus.obligations().dueBetween(LocalDate.of(2020, 11, 16), LocalDate.of(2021, 11, 14)).size());
  }

  @Test
  void filtersCompose() {
    Obligations q = corpus.obligations().document("3935/KH-UBND").reporter("Các sở, ban, ngành tỉnh Đồng Nai");
    assertEquals(2, q.size());
    assertEquals(1, q.recipient("Sở Ngoại vụ tỉnh Đồng Nai").size());
    assertEquals(1, q.recipient("Ủy ban nhân dân tỉnh Đồng Nai").size());
    assertEquals(0, q.via("Sở Ngoại vụ tỉnh Đồng Nai").size());
    assertEquals(7, corpus.obligations().size());
    assertEquals(3, corpus.obligations().involving("Ủy ban nhân dân tỉnh Đồng Nai").size());
  }

  @Test
  void rowsSortSoonestFirstThenByName() {
    List<ObligationRow> rows = corpus.obligations().asOf(LocalDate.of(2020, 5, 1)).rows();
    assertTrue(rows.get(0).nextDue().isPresent());
    for (int i = 1; i < rows.size(); i++) {
      assertTrue(rows.get(i - 1).compareTo(rows.get(i)) <= 0);
    }
    assertTrue(rows.get(rows.size() - 1).nextDue().isEmpty());
  }

  @Test
  void tableCsvAndJson() {
    Obligations q = corpus.obligations().recipient("Sở Ngoại vụ tỉnh Đồng Nai").asOf(LocalDate.of(2020, 5, 1));
    String table = q.toString();
    assertTrue(table.startsWith("Obligations recipient Sở Ngoại vụ tỉnh Đồng Nai, as of 2020-05-01: 2 rows\n"), table);
    String[] lines = table.split("\n");
    int col = lines[1].indexOf("recipient");
    assertTrue(col > 0);
    for (int i = 3; i < lines.length; i++) {
      assertEquals("Sở Ngoại vụ tỉnh Đồng Nai", lines[i].substring(col, col + 25), lines[i]);
    }
    String csv = q.toCsv();
    assertTrue(csv.startsWith("reporter,recipient,via,deadline,next due,document\n"));
    assertTrue(csv.contains("\"Các sở, ban, ngành tỉnh Đồng Nai\",Sở Ngoại vụ tỉnh Đồng Nai,,FREQ=YEARLY;BYMONTH=11;BYMONTHDAY=15,2020-11-15,3935/KH-UBND"), csv);
    JsonNode json = q.toJson();
    assertEquals(2, json.size());
    JsonNode first = json.get(0);
    assertEquals("RECURRING", first.get("deadline").get("kind").asText());
    assertEquals("FREQ=YEARLY;BYMONTH=11;BYMONTHDAY=15", first.get("deadline").get("rrule").asText());
    assertEquals("2020-11-15", first.get("nextDue").asText());
    assertEquals("3935/KH-UBND", first.get("document").asText());
    assertTrue(first.get("via").isNull());
  }

  @Test
  void queriesAreImmutable() {
    Obligations all = corpus.obligations();
    Obligations narrowed = all.reporter("Sở Nội vụ tỉnh Kiên Giang");
    assertEquals(7, all.size());
    assertEquals(1, narrowed.size());
    assertThrows(UnsupportedOperationException.class, () -> narrowed.rows().clear());
  }
}
