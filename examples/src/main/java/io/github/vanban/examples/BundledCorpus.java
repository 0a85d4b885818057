package io.github.vanban.examples;

import com.google.common.base.Splitter;
import com.google.common.io.Resources;
import io.github.vanban.graph.Corpus;
import io.github.vanban.parser.DocumentParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * The bundled corpus of real documents ({@code corpus/*.txt} on the class path, listed in
 * {@code corpus/INDEX}), or the documents of a folder given on the command line.
 */
public final class BundledCorpus {
  /** The folder of the bundled documents, relative to the project root. */
  public static final String FOLDER = "examples/src/main/resources/corpus";

  private BundledCorpus() {}

  /** The names of the bundled files, in order. */
  public static List<String> names() {
    try {
      URL index = Resources.getResource(BundledCorpus.class, "/corpus/INDEX");
      return Splitter.on('\n').trimResults().omitEmptyStrings()
          .splitToList(Resources.toString(index, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The bundled documents, read with the standard parser from the class path. */
  public static Corpus load() {
    DocumentParser parser = DocumentParser.standard();
    Corpus.Builder b = Corpus.builder();
    try {
      for (String name : names()) {
        byte[] bytes = Resources.toByteArray(Resources.getResource(BundledCorpus.class, "/corpus/" + name));
        b.add(parser.parse(bytes, name));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return b.build();
  }

  /** The documents of the paths in {@code args}, or the bundled ones if there are none. */
  public static Corpus fromArgs(String[] args, int first) throws IOException {
    if (args.length <= first) {
      return load();
    }
    Path[] paths = new Path[args.length - first];
    for (int i = first; i < args.length; i++) {
      paths[i - first] = Path.of(args[i]);
    }
    return Corpus.of(paths);
  }
}
