package io.github.vanban.cli;

import io.github.vanban.core.Diagnostic;
import io.github.vanban.core.Extraction;
import io.github.vanban.core.json.ExtractionJson;
import io.github.vanban.core.json.JsonFormatException;
import io.github.vanban.graph.Corpus;
import io.github.vanban.parser.DocumentParser;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * The paths a query command reads (files, folders standing for their {@code .txt} files, and
 * {@code .json} files that {@code vanban extract} wrote), read into a {@link Corpus}. A file that cannot be read gets one line on standard
 * error and marks the run as failed; the others are still read.
 */
final class CorpusReader {
  /** The description of the PATH parameters of the query commands. */
  static final String PATHS = "Text files to read (a folder stands for its .txt files), or JSON written by `vanban extract`.";

  boolean failed;

  /** Reads every file, reporting the ones that fail on {@code err}. */
  Corpus read(List<Path> paths, PrintWriter err) throws IOException {
    DocumentParser parser = DocumentParser.standard();
    Corpus.Builder b = Corpus.builder();
    for (Path p : paths) {
      if (!Files.exists(p)) {
        err.println("vanban: cannot read " + p + ": no such file");
        failed = true;
      }
    }
    for (Path f : Corpus.files(paths.stream().filter(Files::exists).toList())) {
      try {
        Extraction x = f.getFileName().toString().endsWith(".json")
            ? ExtractionJson.read(Files.readString(f)) : parser.read(f);
        for (Diagnostic d : x.diagnostics()) {
          if (d.severity() == Diagnostic.Severity.ERROR) {
            err.println("vanban: " + f + ": " + d.message());
            failed = true;
          }
        }
        b.add(x);
      } catch (NoSuchFileException e) {
        err.println("vanban: cannot read " + f + ": no such file");
        failed = true;
      } catch (IOException | JsonFormatException e) {
        err.println("vanban: cannot read " + f + ": " + e.getMessage());
        failed = true;
      }
    }
    return b.build();
  }
}
