package io.github.vanban.parser.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.vanban.core.Extraction;
import io.github.vanban.parser.DocumentParser;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** One parser shared by eight threads gives each the extraction it gives one thread. */
class ThreadSafetyTest {

  @Test
  void eightThreadsGetWhatOneThreadGets() throws Exception {
    DocumentParser parser = DocumentParser.standard();
    List<String> inputs = new ArrayList<>();
    for (String doc : Inputs.realDocuments().subList(0, Math.min(12, Inputs.realDocuments().size()))) {
      inputs.add(doc);
      inputs.add(ParserProperties.apply(doc, List.of(
          new ParserProperties.Mutation(ParserProperties.Op.STRIP_DIACRITICS, 3, 0),
          new ParserProperties.Mutation(ParserProperties.Op.JOIN_LINES, 7, 0))));
    }
    List<Extraction> expected = new ArrayList<>();
    for (int i = 0; i < inputs.size(); i++) {
      expected.add(parser.parse(inputs.get(i), "doc-" + i + ".txt"));
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<List<Extraction>>> results = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
          order.add(i);
        }
        Collections.shuffle(order, new Random(t));
        results.add(pool.submit(() -> {
          List<Extraction> out = new ArrayList<>(Collections.nCopies(inputs.size(), (Extraction) null));
          for (int round = 0; round < 1; round++) {
            for (int i : order) {
              out.set(i, parser.parse(inputs.get(i), "doc-" + i + ".txt"));
            }
          }
          return out;
        }));
      }
      for (Future<List<Extraction>> f : results) {
        assertEquals(expected, f.get(120, TimeUnit.SECONDS));
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
