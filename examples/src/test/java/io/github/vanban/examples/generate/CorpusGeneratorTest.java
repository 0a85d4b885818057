package io.github.vanban.examples.generate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.vanban.core.text.Fold;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusGeneratorTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void sameSeedWritesTheSameBytes(@TempDir Path tmp) throws IOException {
    int n = 450;
    CorpusWriter.write(CorpusGenerator.withSeed(42), n, tmp.resolve("a"));
    CorpusWriter.write(CorpusGenerator.withSeed(42), n, tmp.resolve("b"));
    List<Path> files = list(tmp.resolve("a"));
    assertEquals(2 * n, files.size());
    for (Path f : files) {
      Path other = tmp.resolve("b").resolve(tmp.resolve("a").relativize(f));
      assertArrayEquals(Files.readAllBytes(f), Files.readAllBytes(other), f.toString());
    }
  }

  @Test
  void fileDependsOnlyOnSeedAndIndex() {
    CorpusGenerator g = CorpusGenerator.withSeed(7);
    GeneratedFile late = g.file(1234);
    for (int i = 0; i < 20; i++) {
      g.file(i);
    }
    assertEquals(late, CorpusGenerator.withSeed(7).file(1234));
  }

  @Test
  void otherSeedWritesOtherText() {
    assertNotEquals(CorpusGenerator.withSeed(1).file(10).text(), CorpusGenerator.withSeed(2).file(10).text());
  }

  @Test
  void campaignReachesAll63Provinces() {
    CorpusGenerator g = CorpusGenerator.withSeed(3);
    assertEquals(1 + 63 * CorpusGenerator.PER_PROVINCE, g.filesPerCampaign());
    Set<String> places = new HashSet<>();
    for (int i = 1; i < g.filesPerCampaign(); i += CorpusGenerator.PER_PROVINCE) {
      places.add(g.file(i + 1).gold().get(0).issuer().get(0));
    }
    assertEquals(63, places.size());
  }

  @Test
  void plantedFactsAreInTheText() {
    CorpusGenerator g = CorpusGenerator.withSeed(5);
    for (int i = 0; i < 800; i++) {
      GeneratedFile f = g.file(i);
      String text = squeeze(f.text());
      for (Gold.Document d : f.gold()) {
        assertTrue(text.contains(squeeze(d.number())), f.name() + ": number " + d.number());
        for (Gold.Citation c : d.citations()) {
          assertTrue(text.contains(squeeze(c.number())), f.name() + ": citation " + c.number());
        }
        if (d.signer() != null) {
          assertTrue(text.contains(squeeze(d.signer().name())), f.name() + ": signer");
        }
        assertTrue(d.tasks().size() + d.reporting().size() > 0 || "BAN_SAO".equals(d.type()), f.name());
      }
    }
  }

  @Test
  void everyShapeAndNoiseOccurs() {
    CorpusGenerator g = CorpusGenerator.withSeed(11);
    Set<String> types = new HashSet<>();
    Set<String> kinds = new HashSet<>();
    Set<String> levels = new HashSet<>();
    boolean pipes = false;
    boolean bold = false;
    boolean stripped = false;
    for (int i = 0; i < 1200; i++) {
      GeneratedFile f = g.file(i);
      f.gold().forEach(d -> {
        types.add(d.type());
        levels.add(d.level());
        d.reporting().forEach(r -> kinds.add(r.deadline().kind()));
      });
      pipes |= f.text().contains("|---|---|");
      bold |= f.text().contains("**");
      stripped |= f.text().contains("Uy ban nhan dan") || f.text().contains("UY BAN NHAN DAN");
    }
    assertEquals(Set.of("CHI_THI", "CONG_VAN", "KE_HOACH", "BAN_SAO"), types);
    assertEquals(Set.of("CENTRAL", "PROVINCIAL", "DEPARTMENT", "DISTRICT"), levels);
    assertEquals(Set.of("DATE", "RECURRING", "PERIODIC", "ON_EVENT", "NONE"), kinds);
    assertTrue(pipes && bold && stripped);
  }

  @Test
  void goldFileIsTheExtractFormat() throws IOException {
    GeneratedFile f = CorpusGenerator.withSeed(9).file(3);
    JsonNode root = JSON.readTree(f.goldJson());
    assertEquals("vanban-extract/1", root.get("format").asText());
    assertEquals(f.name(), root.get("source").asText());
    JsonNode d = root.get("documents").get(0);
    for (String field : List.of("number", "type", "issuer", "level", "place", "date", "subject", "recipients", "signer",
        "citations", "tasks", "reporting")) {
      assertTrue(d.has(field), field);
    }
    assertTrue(f.goldJson().startsWith("{\n  \"format\": \"vanban-extract/1\",\n"));
  }

  private static String squeeze(String s) {
    return Fold.fold(s).replace(" ", "");
  }

  private static List<Path> list(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile).sorted().collect(Collectors.toList());
    }
  }
}
