package io.github.vanban.cli;

import io.github.vanban.graph.Corpus;
import io.github.vanban.graph.query.Cascade;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code vanban cascade NUMBER [--format table|json] PATH...}: the tree of documents that
 * implement, copy or forward a directive at every level, with issuer, date and locality;
 * {@code --coverage} adds which addressees and provinces have a document and which have none,
 * {@code --lineage} prints the path from the document up to its source instead.
 */
@Command(name = "cascade", mixinStandardHelpOptions = true,
    description = "The documents that carry a directive down, at every level, as a tree.")
final class CascadeCommand implements Callable<Integer> {
  /** Output formats. */
  enum Format { table, json }

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "NUMBER", description = "The directive's number, in any spelling (38-CT/TW, 38/CT-TW).")
  String number;

  @Parameters(index = "1..*", paramLabel = "PATH", arity = "1..*", description = CorpusReader.PATHS)
  List<Path> paths;

  private final CorpusReader corpus = new CorpusReader();

  @Option(names = "--format", paramLabel = "FORMAT", description = "table or json (default: ${DEFAULT-VALUE}).")
  Format format = Format.table;

  @Option(names = "--coverage", description = "Also list the addressees and provinces with and without a document.")
  boolean coverage;

  @Option(names = "--lineage", description = "Print the path from this document up to its source instead.")
  boolean lineage;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Corpus c = corpus.read(paths, err);
    if (c.citations().find(number).isEmpty()) {
      err.println("vanban: no document " + number + " in the documents read");
      err.flush();
      return 1;
    }
    if (lineage) {
      out.print(c.lineage(number));
    } else {
      Cascade cascade = c.cascade(number);
      if (format == Format.json) {
        out.println(cascade.toJsonString());
      } else {
        out.print(cascade);
        if (coverage) {
          out.println();
          out.print(c.coverage(number));
        }
      }
    }
    out.flush();
    err.flush();
    return corpus.failed ? 1 : 0;
  }
}
