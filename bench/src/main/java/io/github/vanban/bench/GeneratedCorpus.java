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
 * A generated corpus on disk for benchmarks: written once per size, seed and version of the
 * generator under {@code java.io.tmpdir/vanban-bench-corpus-N-S-F} (F a fingerprint of the
 * first and last files, so that a changed generator writes anew), its text files listed in
 * name order.
 */
final class GeneratedCorpus {
  private GeneratedCorpus() {}

  static List<Path> files(int count, long seed) {
    CorpusGenerator generator = CorpusGenerator.withSeed(seed);
    int fingerprint = count == 0 ? 0
        : (generator.file(0).text() + generator.file(count - 1).text()).hashCode();
    Path dir = Path.of(System.getProperty("java.io.tmpdir"),
        "vanban-bench-corpus-" + count + "-" + seed + "-" + Integer.toHexString(fingerprint));
    try {
      Path docs = dir.resolve("docs");
      if (!Files.isDirectory(docs) || textFiles(docs).size() != count) {
        CorpusWriter.write(generator, count, dir);
      }
      return textFiles(docs);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The {@code .txt} files of {@code docs}, in name order. */
  static List<Path> textFiles(Path docs) throws IOException {
    try (Stream<Path> s = Files.list(docs)) {
      return s.filter(p -> p.toString().endsWith(".txt")).sorted().collect(Collectors.toList());
    }
  }
}
