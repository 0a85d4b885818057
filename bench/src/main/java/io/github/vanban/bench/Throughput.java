package io.github.vanban.bench;

import io.github.vanban.parser.DocumentParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;

/**
 * Single-thread extraction throughput beside its baseline in one JVM, round after round over
 * the same files, so that the ratio is measured under the same conditions: {@code java -cp
 * bench/target/benchmarks.jar io.github.vanban.bench.Throughput DIR [ROUNDS [WARMUP_SECONDS]]}.
 *
 * <p>The baseline is what {@code ExtractionBenchmark.baseline} does: read the bytes, decode
 * them as UTF-8, normalise to NFC. Both are first run, alternating, for {@code WARMUP_SECONDS}
 * (default 40): the parser's largest methods take the JIT seconds each to compile, and a run
 * of ten seconds measures mostly code that is not yet optimised. Then {@code ROUNDS} (default
 * 30) measured rounds each read every file once for the baseline and once for extraction; the
 * medians and the range are printed. A quick companion to the JMH {@code ExtractionBenchmark}.
 */
public final class Throughput {
  private Throughput() {}

  public static void main(String[] a) throws IOException {
    if (a.length < 1) {
      System.err.println("usage: Throughput DIR [ROUNDS [WARMUP_SECONDS]]");
      System.exit(2);
    }
    List<Path> files = GeneratedCorpus.textFiles(Path.of(a[0]));
    int rounds = a.length > 1 ? Integer.parseInt(a[1]) : 30;
    double warmup = a.length > 2 ? Double.parseDouble(a[2]) : 40;
    DocumentParser parser = DocumentParser.standard();
    long bytes = 0;
    for (Path f : files) {
      bytes += Files.size(f);
    }
    long warmEnd = System.nanoTime() + (long) (warmup * 1e9);
    int warmRounds = 0;
    while (System.nanoTime() < warmEnd) {
      baseline(files);
      extract(parser, files);
      warmRounds++;
    }
    double[] base = new double[rounds];
    double[] ex = new double[rounds];
    int docs = 0;
    for (int r = 0; r < rounds; r++) {
      long t0 = System.nanoTime();
      baseline(files);
      base[r] = (System.nanoTime() - t0) / 1e9;
      t0 = System.nanoTime();
      docs = extract(parser, files);
      ex[r] = (System.nanoTime() - t0) / 1e9;
    }
    double mb = bytes / 1e6;
    double[] ratio = new double[rounds];
    for (int r = 0; r < rounds; r++) {
      ratio[r] = ex[r] / base[r];
    }
    System.out.printf("%d files, %d documents, %.2f MB; %d warm-up rounds (%.0f s), %d measured%n",
        files.size(), docs, mb, warmRounds, warmup, rounds);
    System.out.printf("baseline (read + UTF-8 + NFC): median %.1f MB/s (%.1f–%.1f)%n",
        mb / median(base), mb / max(base), mb / min(base));
    System.out.printf("extraction: median %.0f documents/s, %.2f MB/s (%.2f–%.2f MB/s)%n",
        docs / median(ex), mb / median(ex), mb / max(ex), mb / min(ex));
    System.out.printf("extraction takes %.1f× the baseline's time (median of rounds; %.1f–%.1f)%n",
        median(ratio), min(ratio), max(ratio));
  }

  private static void baseline(List<Path> files) throws IOException {
    long sink = 0;
    for (Path f : files) {
      byte[] b = Files.readAllBytes(f);
      sink += Normalizer.normalize(new String(b, StandardCharsets.UTF_8), Normalizer.Form.NFC).length();
    }
    if (sink == 42) {
      System.out.print(""); // keeps the work observable
    }
  }

  private static int extract(DocumentParser parser, List<Path> files) throws IOException {
    int docs = 0;
    for (Path f : files) {
      docs += parser.read(f).documents().size();
    }
    return docs;
  }

  private static double median(double[] x) {
    double[] s = x.clone();
    Arrays.sort(s);
    return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  }

  private static double min(double[] x) {
    return Arrays.stream(x).min().orElse(Double.NaN);
  }

  private static double max(double[] x) {
    return Arrays.stream(x).max().orElse(Double.NaN);
  }
}
