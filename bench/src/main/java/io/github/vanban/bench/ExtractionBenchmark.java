package io.github.vanban.bench;

import io.github.vanban.core.Extraction;
import io.github.vanban.parser.DocumentParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Extraction throughput on one core, beside its baseline in the same run. Each operation is
 * one generated file: {@code baseline} reads its bytes, decodes them as UTF-8 and normalises
 * them to NFC (the least any reader does); {@code extract} reads the same file with {@link
 * DocumentParser#read}; {@code extractText} parses text already in memory. The primary score
 * is files per second; the {@code bytes} and {@code documents} counters are bytes of text and
 * documents extracted per second.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 8, time = 5) // 40 s: the largest methods take the JIT seconds each
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xss8m", "-Xmx2g"})
@Threads(1)
public class ExtractionBenchmark {

  /** The corpus and a cursor into it. */
  @State(Scope.Thread)
  public static class Corpus {
    @Param("2000")
    public int files;

    @Param("1")
    public long seed;

    List<Path> paths;
    String[] texts;
    long[] sizes;
    int next;
    final DocumentParser parser = DocumentParser.standard();

    @Setup(Level.Trial)
    public void setUp() throws IOException {
      paths = GeneratedCorpus.files(files, seed);
      texts = new String[paths.size()];
      sizes = new long[paths.size()];
      long total = 0;
      for (int i = 0; i < paths.size(); i++) {
        byte[] b = Files.readAllBytes(paths.get(i));
        sizes[i] = b.length;
        texts[i] = new String(b, StandardCharsets.UTF_8);
        total += b.length;
      }
      System.err.printf("corpus: %d files, %.2f MB, %.0f bytes a file%n", files, total / 1e6, (double) total / files);
    }

    int next() {
      int i = next;
      next = i + 1 == paths.size() ? 0 : i + 1;
      return i;
    }
  }

  /** Bytes and documents read per second, beside the files per second of the primary score. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class Counters {
    public long bytes;
    public long documents;

    @Setup(Level.Iteration)
    public void reset() {
      bytes = 0;
      documents = 0;
    }
  }

  @Benchmark
  public void baseline(Corpus corpus, Counters counters, Blackhole bh) throws IOException {
    int i = corpus.next();
    byte[] b = Files.readAllBytes(corpus.paths.get(i));
    String text = Normalizer.normalize(new String(b, StandardCharsets.UTF_8), Normalizer.Form.NFC);
    counters.bytes += b.length;
    bh.consume(text);
  }

  @Benchmark
  public void extract(Corpus corpus, Counters counters, Blackhole bh) throws IOException {
    int i = corpus.next();
    Extraction x = corpus.parser.read(corpus.paths.get(i));
    counters.bytes += corpus.sizes[i];
    counters.documents += x.documents().size();
    bh.consume(x);
  }

  @Benchmark
  public void extractText(Corpus corpus, Counters counters, Blackhole bh) {
    int i = corpus.next();
    Extraction x = corpus.parser.parse(corpus.texts[i], "bench.txt");
    counters.bytes += corpus.sizes[i];
    counters.documents += x.documents().size();
    bh.consume(x);
  }
}
