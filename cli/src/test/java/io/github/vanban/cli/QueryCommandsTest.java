package io.github.vanban.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.vanban.core.Agency;
import io.github.vanban.core.AgencyKind;
import io.github.vanban.core.Citation;
import io.github.vanban.core.Document;
import io.github.vanban.core.DocumentNumber;
import io.github.vanban.core.DocumentType;
import io.github.vanban.core.Extraction;
import io.github.vanban.core.Level;
import io.github.vanban.core.Relation;
import io.github.vanban.core.ReportingObligation;
import io.github.vanban.core.Span;
import io.github.vanban.core.deadline.Deadline;
import io.github.vanban.core.deadline.RecurrenceRule;
import io.github.vanban.core.json.ExtractionJson;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The obligations, cascade and graph commands over extractions written as JSON. */
class QueryCommandsTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();
  private Path json;

  private int run(String... args) {
    return VanbanCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
  }

  private static Span span(int at, String text) {
    return Span.of(at, at + text.length(), text);
  }

  @BeforeEach
  void corpus(@TempDir Path dir) throws Exception {
    Agency banBiThu = Agency.builder().name("Ban Bí thư Trung ương Đảng").kind(AgencyKind.PARTY_COMMITTEE)
        .level(Level.CENTRAL).build();
    Agency ubnd = Agency.builder().name("Ủy ban nhân dân tỉnh Đồng Nai").kind(AgencyKind.GOVERNMENT)
        .level(Level.PROVINCIAL).locality("Đồng Nai").build();
    Agency so = Agency.builder().name("Sở Ngoại vụ tỉnh Đồng Nai").kind(AgencyKind.DEPARTMENT)
        .level(Level.DEPARTMENT).locality("Đồng Nai").build();
    Agency cacSo = Agency.builder().name("Các sở, ban, ngành tỉnh Đồng Nai").kind(AgencyKind.GROUP)
        .level(Level.DEPARTMENT).locality("Đồng Nai").build();
    Document plan = Document.builder().number(DocumentNumber.of("3935/KH-UBND")).type(DocumentType.KE_HOACH)
        .issuer(ubnd).level(Level.PROVINCIAL).date(LocalDate.of(2020, 4, 8))
        .addCitations(Citation.builder().number(DocumentNumber.of("38-CT/TW")).type(DocumentType.CHI_THI)
            .date(LocalDate.of(2019, 9, 19)).issuer(banBiThu).relation(Relation.IMPLEMENTS)
            .span(span(10, "Chỉ thị số 38-CT/TW")).build())
        .addReporting(ReportingObligation.builder().reporter(cacSo).recipient(so)
            .deadline(Deadline.recurring(RecurrenceRule.yearly(11, 15), "trước ngày 15/11 hằng năm"))
            .text("báo cáo kết quả").span(span(100, "báo cáo kết quả")).build())
        .span(span(0, "plan")).source("plan.txt").build();
    Document directive = Document.builder().number(DocumentNumber.of("38-CT/TW")).type(DocumentType.CHI_THI)
        .issuer(banBiThu).level(Level.CENTRAL).date(LocalDate.of(2019, 9, 19)).span(span(0, "ct"))
        .source("ct.txt").build();
    json = dir.resolve("extracted.json");
    Files.writeString(json, ExtractionJson.write(Extraction.builder().source("x.txt").addDocuments(plan, directive).build()));
  }

  @Test
  void obligationsTableAsOfADay() {
    assertEquals(0, run("obligations", "--as-of", "2020-11-16", json.toString()));
    String table = out.toString();
    assertTrue(table.contains("as of 2020-11-16: 1 row"), table);
    assertTrue(table.contains("Các sở, ban, ngành tỉnh Đồng Nai"), table);
    assertTrue(table.contains("2021-11-15"), table);
  }

  @Test
  void obligationsJson() throws Exception {
    assertEquals(0, run("obligations", "--as-of", "2020-05-01", "--format", "json", json.toString()));
    JsonNode rows = new ObjectMapper().readTree(out.toString());
    assertEquals(1, rows.size());
    JsonNode r = rows.get(0);
    assertEquals("Sở Ngoại vụ tỉnh Đồng Nai", r.get("recipient").asText());
    assertEquals("FREQ=YEARLY;BYMONTH=11;BYMONTHDAY=15", r.get("deadline").get("rrule").asText());
    assertEquals("2020-11-15", r.get("nextDue").asText());
    assertEquals("3935/KH-UBND", r.get("document").asText());
  }

  @Test
  void obligationsCsvAndWindow() {
    assertEquals(0, run("obligations", "--format", "csv", "--due-from", "2020-01-01", "--due-to", "2021-12-31",
        json.toString()));
    String[] lines = out.toString().split("\n");
    assertEquals(3, lines.length, out.toString());
    assertTrue(lines[0].startsWith("reporter,recipient,via,deadline,due,document"));
    assertTrue(lines[2].contains("2021-11-15"));
  }

  @Test
  void cascadeTableAndJson() throws Exception {
    assertEquals(0, run("cascade", "38/CT-TW", json.toString()));
    assertTrue(out.toString().contains("└ 3935/KH-UBND"), out.toString());
    out.getBuffer().setLength(0);
    assertEquals(0, run("cascade", "38-CT/TW", "--format", "json", json.toString()));
    JsonNode tree = new ObjectMapper().readTree(out.toString());
    assertEquals("38-CT/TW", tree.get("number").asText());
    assertEquals("IMPLEMENTS", tree.get("children").get(0).get("relation").asText());
  }

  @Test
  void cascadeOfAnUnknownNumberFailsWithOneLine() {
    assertEquals(1, run("cascade", "99-CT/TW", json.toString()));
    assertEquals("vanban: no document 99-CT/TW in the documents read", err.toString().strip());
  }

  @Test
  void graphFormats() {
    assertEquals(0, run("graph", "--format", "dot", json.toString()));
    assertTrue(out.toString().contains("\"3935KHUBND\" -> \"38CTTW\""), out.toString());
    out.getBuffer().setLength(0);
    assertEquals(0, run("graph", "--format", "graphml", "--of", "agencies", json.toString()));
    assertTrue(out.toString().contains("<graphml"), out.toString());
  }

  @Test
  void aMissingPathIsReportedAndTheOthersRead(@TempDir Path dir) {
    assertEquals(1, run("obligations", "--as-of", "2020-05-01", dir.resolve("missing.txt").toString(), json.toString()));
    assertTrue(err.toString().contains("missing.txt: no such file"), err.toString());
    assertTrue(out.toString().contains("1 row"), out.toString());
  }
}
