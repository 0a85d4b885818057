package io.github.vanban.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vanban.core.Extraction;
import io.github.vanban.core.json.ExtractionJson;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractCommandTest {
  private static final String LETTER = "ỦY BAN NHÂN DÂN\nTỈNH KIÊN GIANG\n\nSố: 539 /UBND-VHXH\n\n"
      + "Kiên Giang, ngày 17 tháng 4 năm 2020\n\nKính gửi: Sở Nội vụ.\n";

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return VanbanCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
  }

  @Test
  void writesOneJsonFilePerTextFile(@TempDir Path dir) throws Exception {
    Path a = Files.writeString(dir.resolve("a.txt"), LETTER);
    Path b = Files.writeString(dir.resolve("b.txt"), LETTER + "\n- Như trên;\n");
    Path outDir = dir.resolve("out");
    assertEquals(0, run("extract", "--out", outDir.toString(), a.toString(), b.toString()));
    for (String name : new String[] {"a", "b"}) {
      Extraction x = ExtractionJson.read(Files.readString(outDir.resolve(name + ".json")));
      assertEquals(name + ".txt", x.source());
      assertEquals(1, x.documents().size());
    }
  }

  @Test
  void writesToStandardOutputWithDash(@TempDir Path dir) throws Exception {
    Path a = Files.writeString(dir.resolve("a.txt"), LETTER);
    assertEquals(0, run("extract", "--out", "-", a.toString()));
    assertTrue(out.toString().contains("\"format\" : \"vanban-extract/1\""), out.toString());
  }

  @Test
  void reportsAnUnreadableFileOnOneLineAndStillWritesTheOthers(@TempDir Path dir) throws Exception {
    Path a = Files.writeString(dir.resolve("a.txt"), LETTER);
    Path missing = dir.resolve("missing.txt");
    Path binary = Files.write(dir.resolve("binary.txt"), new byte[] {0, 1, 2, 3, 0, 0, 7});
    Path outDir = dir.resolve("out");
    assertEquals(1, run("extract", "--out", outDir.toString(), missing.toString(), binary.toString(), a.toString()));
    String[] lines = err.toString().strip().split("\n");
    assertEquals(2, lines.length, err.toString());
    assertTrue(lines[0].contains("missing.txt") && lines[0].contains("no such file"), lines[0]);
    assertTrue(lines[1].contains("binary.txt") && lines[1].contains("binary"), lines[1]);
    assertFalse(err.toString().contains("Exception"), err.toString());
    assertTrue(Files.exists(outDir.resolve("a.json")));
  }

  @Test
  void readsTheTextFilesOfAFolder(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("a.txt"), LETTER, StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("notes.md"), "not a document");
    Path outDir = dir.resolve("out");
    assertEquals(0, run("extract", "--out", outDir.toString(), dir.toString()));
    assertTrue(Files.exists(outDir.resolve("a.json")));
    assertFalse(Files.exists(outDir.resolve("notes.json")));
  }

  @Test
  void reportsAFileThatCannotBeWrittenInInputOrderAndStillWritesTheOthers(@TempDir Path dir) throws Exception {
    Path a = Files.writeString(dir.resolve("a.txt"), LETTER);
    Path b = Files.writeString(dir.resolve("b.txt"), LETTER);
    Path c = Files.writeString(dir.resolve("c.txt"), LETTER);
    Path outDir = dir.resolve("out");
    Files.createDirectories(outDir.resolve("b.json")); // a folder where b's JSON should go
    assertEquals(1, run("extract", "--threads", "3", "--out", outDir.toString(), a.toString(), b.toString(), c.toString()));
    String[] lines = err.toString().strip().split("\n");
    assertEquals(1, lines.length, err.toString());
    assertTrue(lines[0].startsWith("vanban: ") && lines[0].contains("b.txt") && lines[0].contains("cannot write"), lines[0]);
    assertTrue(Files.isRegularFile(outDir.resolve("a.json")));
    assertTrue(Files.isRegularFile(outDir.resolve("c.json")));
  }
}
