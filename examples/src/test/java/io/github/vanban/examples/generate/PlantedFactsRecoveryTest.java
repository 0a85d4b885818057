package io.github.vanban.examples.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vanban.core.Extraction;
import io.github.vanban.parser.DocumentParser;
import org.junit.jupiter.api.Test;

/**
 * Whether the parser recovers the facts the generator planted, scored in Java by the rules of
 * {@code score.py} over 300 generated files. The 10,000-file figure is measured by hand with
 * the command in {@code docs/PERFORMANCE.md}.
 */
class PlantedFactsRecoveryTest {
  private static final int FILES = 300;

  @Test
  void perfectExtractionScoresOne() {
    CorpusGenerator g = CorpusGenerator.withSeed(1);
    RecoveryScore score = new RecoveryScore();
    for (int i = 0; i < FILES; i++) {
      GeneratedFile f = g.file(i);
      var x = Extraction.builder().source(f.name());
      f.gold().forEach(d -> x.addDocuments(GoldDocuments.toDocument(d, f.name())));
      score.add(f.gold(), x.build());
    }
    for (String m : RecoveryScore.metrics()) {
      assertEquals(1.0, score.f1(m), 1e-9, m);
    }
  }

  @Test
  void emptyExtractionRecallsNothing() {
    GeneratedFile f = CorpusGenerator.withSeed(1).file(1);
    RecoveryScore score = new RecoveryScore();
    score.add(f.gold(), Extraction.builder().source(f.name()).build());
    assertEquals(0.0, score.recall("documents"));
    assertEquals(0.0, score.recall("tasks"));
  }

  @Test
  void parserRecoversPlantedFacts() {
    CorpusGenerator g = CorpusGenerator.withSeed(1);
    DocumentParser parser = DocumentParser.standard();
    RecoveryScore score = new RecoveryScore();
    for (int i = 0; i < FILES; i++) {
      GeneratedFile f = g.file(i);
      score.add(f.gold(), parser.parse(f.text(), f.name()));
    }
    System.out.println("planted facts recovered over " + FILES + " generated files:\n" + score.summary());
    // Floors: what the parser in main recovers now (see docs/PERFORMANCE.md); raise them as stages land.
    assertTrue(score.f1("documents") >= Floors.DOCUMENTS, score.summary());
    assertTrue(score.f1("citations") >= Floors.CITATIONS, score.summary());
    assertTrue(score.f1("tasks") >= Floors.TASKS, score.summary());
    assertTrue(score.f1("reporting") >= Floors.REPORTING, score.summary());
  }

  /**
   * Just under the F1 the parser of main (commit 775bb0d) reaches on these 300 files: documents
   * 1.000, citations 0.996, tasks 0.361, reporting 0.427 (docs/PERFORMANCE.md says why tasks
   * and reporting are low). The target is 0.98 for all four.
   */
  private static final class Floors {
    static final double DOCUMENTS = 0.98;
    static final double CITATIONS = 0.98;
    static final double TASKS = 0.33;
    static final double REPORTING = 0.40;
  }
}
