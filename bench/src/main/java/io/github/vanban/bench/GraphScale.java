package io.github.vanban.bench;

import io.github.vanban.core.Document;
import io.github.vanban.core.ReportingObligation;
import io.github.vanban.graph.Corpus;
import io.github.vanban.graph.agency.AgencyNode;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * Graph building and queries at national scale, run by hand: for each size given (in files
 * of the generated corpus; default 10,000, 100,000 and 1,000,000), the time {@link
 * Corpus.Builder#build()} takes to build the citation and agency graphs (wall clock, CPU time of
 * the building thread and GC time: the CPU time is the figure that does not depend on what else
 * the machine runs), the heap of the documents held by the builder and of the built corpus, and the median and 90th-percentile latency of an
 * obligations query by reporter and of a cascade query; then the same obligations query for
 * the reporters that owe the most (with the cost per row) and the obligations of a reporter
 * due within a year. Run with the heap to test, e.g.
 * {@code java -Xmx4g -cp bench/target/benchmarks.jar io.github.vanban.bench.GraphScale 1000000}.
 */
public final class GraphScale {
  /** How many of the reporters that owe the most are timed. */
  private static final int HEAVIEST = 20;

  private GraphScale() {}

  public static void main(String[] args) {
    int[] sizes = args.length == 0 ? new int[] {10_000, 100_000, 1_000_000}
        : Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
    System.out.printf(Locale.ROOT, "max heap %.1f GB, %d processors%n", Runtime.getRuntime().maxMemory() / 1e9,
        Runtime.getRuntime().availableProcessors());
    for (int files : sizes) {
      run(files);
    }
  }

  private static void run(int files) {
    // Streamed: each file's documents go to the builder as they are made, and only the
    // documents of the sampled files are kept aside for the queries.
    Random random = new Random(7);
    Set<Integer> sampled = new HashSet<>();
    while (sampled.size() < Math.min(200, files)) {
      sampled.add(random.nextInt(files));
    }
    List<String> reporters = new ArrayList<>();
    List<String> directives = new ArrayList<>();
    long[] adding = new long[2]; // wall and CPU nanoseconds spent in Builder.add
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long t0 = System.nanoTime();
    Corpus.Builder[] builder = {Corpus.builder()};
    GeneratedDocuments.forEach(files, 1, (i, docs) -> {
      long w = System.nanoTime();
      long c = threads.getCurrentThreadCpuTime();
      docs.forEach(builder[0]::add);
      adding[0] += System.nanoTime() - w;
      adding[1] += threads.getCurrentThreadCpuTime() - c;
      if (sampled.contains(i) && !docs.isEmpty()) {
        sample(docs.get(Math.floorMod(i * 31, docs.size())), reporters, directives);
      }
    });
    double generated = (System.nanoTime() - t0) / 1e9;
    long heapDocs = usedHeap();
    long gc0 = gcMillis();
    long cpu0 = threads.getCurrentThreadCpuTime();
    long start = System.nanoTime();
    Corpus corpus = builder[0].build();
    double build = (System.nanoTime() - start) / 1e9;
    double cpu = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
    double gc = (gcMillis() - gc0) / 1e3;
    builder[0] = null; // the corpus alone from here on
    long heapAll = usedHeap();
    System.out.printf(Locale.ROOT, "%,d files, %,d documents (made in %.1f s, of which Builder.add %.2f s, CPU %.2f s; "
        + "the builder holding them: %.0f MB of heap)%n  graphs built in %.2f s (main thread CPU %.2f s, GC %.2f s); "
        + "corpus in all %.0f MB of heap (%.0f MB beyond the builder's)%n", files, corpus.documents().size(),
        generated, adding[0] / 1e9, adding[1] / 1e9, heapDocs / 1e6, build, cpu, gc, heapAll / 1e6,
        (heapAll - heapDocs) / 1e6);

    LocalDate asOf = LocalDate.of(2020, 1, 1);
    long[] obligations = time(reporters, r -> corpus.obligations().reporter(r).asOf(asOf).rows().size());
    long[] cascades = time(directives, n -> corpus.cascade(n).nodes().size());
    System.out.printf(Locale.ROOT, "  obligations of a reporter: median %.3f ms, p90 %.3f ms (%d queries)%n",
        obligations[0] / 1e6, obligations[1] / 1e6, reporters.size());
    System.out.printf(Locale.ROOT, "  cascade of a directive:    median %.3f ms, p90 %.3f ms (%d queries)%n",
        cascades[0] / 1e6, cascades[1] / 1e6, directives.size());

    // the reporters that owe the most: the per-row cost without a corpus of 1M
    List<AgencyNode> byLoad = new ArrayList<>(corpus.agencies().nodes());
    byLoad.sort(Comparator.comparingInt((AgencyNode n) -> corpus.agencies().reportsFrom(n).size()).reversed());
    List<String> heaviest = new ArrayList<>();
    int heavyRows = 0;
    for (AgencyNode n : byLoad.subList(0, Math.min(HEAVIEST, byLoad.size()))) {
      heaviest.add(n.name());
      heavyRows += corpus.agencies().reportsFrom(n).size();
    }
    long[] heavy = time(heaviest, r -> corpus.obligations().reporter(r).asOf(asOf).rows().size());
    double perRow = heaviest.isEmpty() ? 0 : heavy[0] / (heavyRows / (double) heaviest.size());
    System.out.printf(Locale.ROOT, "  heaviest %d reporters:      median %.3f ms, p90 %.3f ms (%,d rows on average, "
        + "%.0f ns per row)%n", heaviest.size(), heavy[0] / 1e6, heavy[1] / 1e6, heavyRows / Math.max(1, heaviest.size()),
        perRow);
    LocalDate end = asOf.plusYears(1).minusDays(1);
    long[] window = time(reporters, r -> corpus.obligations().reporter(r).dueBetween(asOf, end).rows().size());
    System.out.printf(Locale.ROOT, "  due within a year, by reporter: median %.3f ms, p90 %.3f ms (%d queries)%n",
        window[0] / 1e6, window[1] / 1e6, reporters.size());
  }

  private static void sample(Document d, List<String> reporters, List<String> directives) {
    for (ReportingObligation r : d.reporting()) {
      reporters.add(r.reporter().name());
      break;
    }
    d.citations().stream().filter(c -> c.number().isPresent() && c.number().get().printed().contains("CT"))
        .findFirst().ifPresent(c -> directives.add(c.number().get().printed()));
  }

  private static long gcMillis() {
    long sum = 0;
    for (GarbageCollectorMXBean b : ManagementFactory.getGarbageCollectorMXBeans()) {
      sum += Math.max(0, b.getCollectionTime());
    }
    return sum;
  }

  private interface Query {
    int run(String arg);
  }

  /** Median and 90th percentile in nanoseconds, after one warm-up pass. */
  private static long[] time(List<String> args, Query q) {
    long sink = 0;
    for (String a : args) {
      sink += q.run(a);
    }
    long[] t = new long[args.size()];
    for (int i = 0; i < args.size(); i++) {
      long s = System.nanoTime();
      sink += q.run(args.get(i));
      t[i] = System.nanoTime() - s;
    }
    if (sink == 42) {
      System.out.print("");
    }
    Arrays.sort(t);
    return t.length == 0 ? new long[2] : new long[] {t[t.length / 2], t[(int) (t.length * 0.9)]};
  }

  private static long usedHeap() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }
}
