package io.github.vanban.bench;

import io.github.vanban.parser.DocumentParser;
import io.github.vanban.parser.text.TextNormalizer;
import java.nio.file.*;
import java.util.*;
/**
 * Single-thread extraction throughput beside its baseline (read + UTF-8 + NFC of the same
 * files) in one JVM, round after round, so that the ratio is measured under the same
 * conditions: {@code java -cp bench/target/benchmarks.jar io.github.vanban.bench.Throughput
 * DIR ROUNDS}. A quick companion to the JMH {@code ExtractionBenchmark}.
 */
public final class Throughput {
  private Throughput() {}

  public static void main(String[] a) throws Exception {
    List<Path> files = new ArrayList<>();
    try (var s = Files.list(Path.of(a[0]))) { s.sorted().forEach(files::add); }
    DocumentParser p = DocumentParser.standard();
    int rounds = Integer.parseInt(a[1]);
    long bytes = 0; for (Path f : files) bytes += Files.size(f);
    for (int r = 0; r < rounds; r++) {
      long t0 = System.nanoTime(); long sink = 0;
      for (Path f : files) sink += TextNormalizer.normalize(Files.readString(f)).length();
      double base = (System.nanoTime() - t0) / 1e9;
      t0 = System.nanoTime(); int docs = 0;
      for (Path f : files) docs += p.read(f).documents().size();
      double ex = (System.nanoTime() - t0) / 1e9;
      if (r >= rounds - 5) System.out.printf("round %d: baseline %.0f files/s %.1f MB/s | extract %.0f files/s %.0f docs/s %.2f MB/s | ratio 1/%.1f (%d)%n", r, files.size()/base, bytes/base/1e6, files.size()/ex, docs/ex, bytes/ex/1e6, ex/base, sink);
    }
  }
}
