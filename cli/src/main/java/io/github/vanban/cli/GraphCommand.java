package io.github.vanban.cli;

import io.github.vanban.graph.Corpus;
import io.github.vanban.graph.export.GraphExport;
import io.github.vanban.graph.export.GraphFormat;
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
 * {@code vanban graph --format dot|graphml|json [--of citations|agencies] PATH...}: the
 * citation graph (documents and what they cite) or the agency graph (hierarchy and reporting)
 * of the documents, for Graphviz, Gephi, yEd or a script.
 */
@Command(name = "graph", mixinStandardHelpOptions = true,
    description = "Export the citation graph or the agency graph of the documents.")
final class GraphCommand implements Callable<Integer> {
  /** Output formats. */
  enum Format { dot, graphml, json }

  /** Which graph. */
  enum Which { citations, agencies }

  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "PATH", arity = "1..*", description = CorpusReader.PATHS)
  List<Path> paths;

  private final CorpusReader corpus = new CorpusReader();

  @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "dot, graphml or json.")
  Format format;

  @Option(names = "--of", paramLabel = "GRAPH", description = "citations or agencies (default: ${DEFAULT-VALUE}).")
  Which which = Which.citations;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Corpus c = corpus.read(paths, err);
    GraphFormat f = GraphFormat.valueOf(format.name().toUpperCase(java.util.Locale.ROOT));
    if (which == Which.citations) {
      GraphExport.citations(c.citations(), f, out);
    } else {
      GraphExport.agencies(c.agencies(), f, out);
    }
    out.println();
    out.flush();
    err.flush();
    return corpus.failed ? 1 : 0;
  }
}
