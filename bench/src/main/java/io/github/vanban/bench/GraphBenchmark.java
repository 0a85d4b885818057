package io.github.vanban.bench;

import io.github.vanban.core.Document;
import io.github.vanban.core.ReportingObligation;
import io.github.vanban.graph.Corpus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Graph building and query latency on the documents of the generated corpus (as a perfect
 * extraction gives them). {@code build} is timed once per fork ({@code SingleShotTime});
 * {@code obligations} (the obligations of one reporter, as of a day) and {@code cascade}
 * (the documents that carry a directive down) are sampled ({@code SampleTime}: the median
 * and percentiles are in the output). For a million files and the heap they need, see
 * {@link GraphScale}.
 */
@Fork(value = 1, jvmArgsAppend = {"-Xss8m", "-Xmx4g"})
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class GraphBenchmark {

  /** The documents of the corpus. */
  @State(Scope.Benchmark)
  public static class Documents {
    @Param({"10000", "100000"})
    public int files;

    List<Document> documents;

    @Setup(Level.Trial)
    public void setUp() {
      documents = GeneratedDocuments.of(files, 1);
    }
  }

  /** A built corpus and the names to query it by. */
  @State(Scope.Benchmark)
  public static class Built {
    Corpus corpus;
    final List<String> reporters = new ArrayList<>();
    final List<String> directives = new ArrayList<>();
    int next;

    @Setup(Level.Trial)
    public void setUp(Documents d) {
      corpus = Corpus.of(d.documents);
      for (int i = 0; i < d.documents.size() && reporters.size() < 500; i += 97) {
        Document doc = d.documents.get(i);
        for (ReportingObligation r : doc.reporting()) {
          reporters.add(r.reporter().name());
          break;
        }
        doc.citations().stream().filter(c -> c.number().isPresent() && c.number().get().printed().contains("CT"))
            .findFirst().ifPresent(c -> directives.add(c.number().get().printed()));
      }
    }

    int next(int size) {
      next = next + 1 >= size ? 0 : next + 1;
      return next;
    }
  }

  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @Warmup(iterations = 1)
  @Measurement(iterations = 3)
  public Corpus build(Documents d) {
    return Corpus.of(d.documents);
  }

  @Benchmark
  @BenchmarkMode(Mode.SampleTime)
  @Warmup(iterations = 2, time = 5)
  @Measurement(iterations = 3, time = 5)
  public int obligations(Built b) {
    String reporter = b.reporters.get(b.next(b.reporters.size()));
    return b.corpus.obligations().reporter(reporter).asOf(LocalDate.of(2020, 1, 1)).rows().size();
  }

  @Benchmark
  @BenchmarkMode(Mode.SampleTime)
  @Warmup(iterations = 2, time = 5)
  @Measurement(iterations = 3, time = 5)
  public int cascade(Built b) {
    String directive = b.directives.get(b.next(b.directives.size()));
    return b.corpus.cascade(directive).nodes().size();
  }
}
