package io.github.vanban.bench;

import io.github.vanban.parser.DocumentParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * How extraction scales with threads once the JIT has settled: one {@link DocumentParser}
 * shared by 1 and by N threads, each thread reading the files of a folder with {@link
 * DocumentParser#read} in a loop for a fixed time: {@code java -cp bench/target/benchmarks.jar
 * io.github.vanban.bench.ParallelThroughput DIR [THREADS [SECONDS [WARMUP_SECONDS]]]}
 * (defaults: as many threads as cores, 10 s, 40 s). One and N threads alternate three times;
 * each line gives both rates and their ratio. Unlike a whole {@code ./vanban extract} run,
 * this leaves out the JVM's start and the JIT's compilation, which a run of a minute pays
 * once and cannot share between threads.
 */
public final class ParallelThroughput {
  private ParallelThroughput() {}

  public static void main(String[] a) throws Exception {
    if (a.length < 1) {
      System.err.println("usage: ParallelThroughput DIR [THREADS [SECONDS [WARMUP_SECONDS]]]");
      System.exit(2);
    }
    List<Path> files = GeneratedCorpus.textFiles(Path.of(a[0]));
    int threads = a.length > 1 ? Integer.parseInt(a[1]) : Runtime.getRuntime().availableProcessors();
    double seconds = a.length > 2 ? Double.parseDouble(a[2]) : 10;
    double warmup = a.length > 3 ? Double.parseDouble(a[3]) : 40;
    DocumentParser parser = DocumentParser.standard();
    run(parser, files, threads, warmup);
    System.out.printf("%d files; %d threads against 1, %.0f s each, after %.0f s of warm-up%n",
        files.size(), threads, seconds, warmup);
    for (int r = 0; r < 3; r++) {
      double one = run(parser, files, 1, seconds) / seconds;
      double many = run(parser, files, threads, seconds) / seconds;
      System.out.printf("1 thread %.0f documents/s | %d threads %.0f documents/s | %.2f×%n",
          one, threads, many, many / one);
    }
  }

  /** Documents extracted by {@code threads} threads in {@code seconds}, each starting at its own file. */
  private static long run(DocumentParser parser, List<Path> files, int threads, double seconds)
      throws InterruptedException {
    AtomicLong docs = new AtomicLong();
    long end = System.nanoTime() + (long) (seconds * 1e9);
    List<Thread> workers = new ArrayList<>();
    for (int k = 0; k < threads; k++) {
      int first = k * files.size() / threads;
      Thread t = new Thread(() -> {
        long n = 0;
        for (int i = first; System.nanoTime() < end; i++) {
          try {
            n += parser.read(files.get(i % files.size())).documents().size();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }
        docs.addAndGet(n);
      });
      workers.add(t);
      t.start();
    }
    for (Thread t : workers) {
      t.join();
    }
    return docs.get();
  }
}
