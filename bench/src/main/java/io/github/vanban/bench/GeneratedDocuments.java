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
    CorpusGenerator g = CorpusGenerator.withSeed(seed);
    List<List<Document>> perFile = IntStream.range(0, files).parallel().mapToObj(i -> {
      GeneratedFile f = g.file(i);
      List<Document> docs = new ArrayList<>(f.gold().size());
      f.gold().forEach(d -> docs.add(GoldDocuments.toDocument(d, f.name())));
      return docs;
    }).collect(Collectors.toList());
    List<Document> out = new ArrayList<>();
    perFile.forEach(out::addAll);
    return out;
  }
}
