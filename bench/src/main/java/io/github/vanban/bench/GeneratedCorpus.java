package io.github.vanban.bench;

import io.github.vanban.examples.generate.CorpusGenerator;
import io.github.vanban.examples.generate.CorpusWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A generated corpus on disk for benchmarks: written once per size and seed under {@code
 * java.io.tmpdir/vanban-bench-corpus-N-S} (or reused if complete), its text files listed in
 * name order.
 */
final class GeneratedCorpus {
  private GeneratedCorpus() {}

  static List<Path> files(int count, long seed) {
    Path dir = Path.of(System.getProperty("java.io.tmpdir"), "vanban-bench-corpus-" + count + "-" + seed);
    try {
      Path docs = dir.resolve("docs");
      if (!Files.isDirectory(docs) || list(docs).size() != count) {
        CorpusWriter.write(CorpusGenerator.withSeed(seed), count, dir);
      }
      return list(docs);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Path> list(Path docs) throws IOException {
    try (Stream<Path> s = Files.list(docs)) {
      return s.filter(p -> p.toString().endsWith(".txt")).sorted().collect(Collectors.toList());
    }
  }
}
