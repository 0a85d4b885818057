package io.github.vanban.bench;

import io.github.vanban.core.Document;
import io.github.vanban.examples.generate.CorpusGenerator;
import io.github.vanban.examples.generate.GeneratedFile;
import io.github.vanban.examples.generate.GoldDocuments;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The documents of a generated corpus as a perfect extraction gives them ({@link
 * GoldDocuments}), made in memory in parallel: a corpus of a million files for graph
 * benchmarks without parsing a million files.
 */
final class GeneratedDocuments {
  private GeneratedDocuments() {}

  static List<Document> of(int files, long seed) {
    List<Document> out = new ArrayList<>();
    forEach(files, seed, (i, docs) -> out.addAll(docs));
    return out;
  }

  /** What receives the documents of one file. */
  interface FileConsumer {
    void accept(int file, List<Document> documents);
  }

  /**
   * The documents of each file, in file order, made in parallel a chunk of files at a time so
   * that no more than a chunk is held beyond what {@code consumer} keeps.
   */
  static void forEach(int files, long seed, FileConsumer consumer) {
    CorpusGenerator g = CorpusGenerator.withSeed(seed);
    int chunk = 10_000;
    for (int from = 0; from < files; from += chunk) {
      int start = from;
      List<List<Document>> perFile = IntStream.range(from, Math.min(files, from + chunk)).parallel().mapToObj(i -> {
        GeneratedFile f = g.file(i);
        List<Document> docs = new ArrayList<>(f.gold().size());
        f.gold().forEach(d -> docs.add(GoldDocuments.toDocument(d, f.name())));
        return docs;
      }).collect(Collectors.toList());
      for (int k = 0; k < perFile.size(); k++) {
        consumer.accept(start + k, perFile.get(k));
      }
    }
  }
}
