package io.github.vanban.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** One built corpus queried from eight threads at once gives every thread the answers of one. */
class ConcurrentQueriesTest {

  @Test
  void queriesFromManyThreadsAgreeWithOne() throws Exception {
    Corpus corpus = Corpus.of(Fixtures.ALL);
    Callable<String> work = () -> corpus.obligations().asOf(LocalDate.of(2020, 5, 1)).toString()
        + corpus.obligations().dueBetween(LocalDate.of(2020, 1, 1), LocalDate.of(2023, 1, 1))
        + corpus.cascade("38-CT/TW") + corpus.lineage("3935/KH-UBND") + corpus.coverage("38-CT/TW")
        + corpus.ranking() + corpus.chainUp("Các sở, ban, ngành tỉnh Đồng Nai")
        + corpus.profile("Sở Ngoại vụ tỉnh Đồng Nai");
    String expected = work.call();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<String>> results = new ArrayList<>();
      for (int i = 0; i < 64; i++) {
        results.add(pool.submit(work));
      }
      for (Future<String> f : results) {
        assertEquals(expected, f.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
