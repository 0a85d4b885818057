package io.github.vanban.cli;

import io.github.vanban.graph.Corpus;
import io.github.vanban.graph.query.Obligations;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code vanban obligations [--as-of DATE] [--format table|json|csv] PATH...}: who reports to
 * whom, by when — every reporting obligation of the documents with its next due day, soonest
 * first; optionally narrowed to a reporter, recipient or document, or to the due days of a
 * window.
 */
@Command(name = "obligations", mixinStandardHelpOptions = true,
    description = "Who reports to whom, by when: the reporting obligations of the documents, soonest due first.")
final class ObligationsCommand implements Callable<Integer> {
  /** Output formats. */
  enum Format { table, json, csv }

  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "PATH", arity = "1..*", description = CorpusReader.PATHS)
  List<Path> paths;

  private final CorpusReader corpus = new CorpusReader();

  @Option(names = "--as-of", paramLabel = "DATE", description = "Count next due days from this day (YYYY-MM-DD; default: today).")
  LocalDate asOf;

  @Option(names = "--format", paramLabel = "FORMAT", description = "table, json or csv (default: ${DEFAULT-VALUE}).")
  Format format = Format.table;

  @Option(names = "--reporter", paramLabel = "AGENCY", description = "Only the obligations of this body (its name, or words of it).")
  String reporter;

  @Option(names = "--recipient", paramLabel = "AGENCY", description = "Only the obligations owed to this body.")
  String recipient;

  @Option(names = "--document", paramLabel = "NUMBER", description = "Only the obligations this document states.")
  String document;

  @Option(names = "--due-from", paramLabel = "DATE", description = "With --due-to: one row per due day in the window, recurring deadlines expanded.")
  LocalDate dueFrom;

  @Option(names = "--due-to", paramLabel = "DATE", description = "The last day of the window.")
  LocalDate dueTo;

  @Override
  public Integer call() throws Exception {
    if ((dueFrom == null) != (dueTo == null)) {
      throw new ParameterException(spec.commandLine(), "--due-from and --due-to go together");
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Corpus c = corpus.read(paths, err);
    Obligations q = c.obligations().asOf(asOf == null ? LocalDate.now() : asOf);
    if (reporter != null) {
      q = q.reporter(reporter);
    }
    if (recipient != null) {
      q = q.recipient(recipient);
    }
    if (document != null) {
      q = q.document(document);
    }
    if (dueFrom != null) {
      q = q.dueBetween(dueFrom, dueTo);
    }
    switch (format) {
      case json:
        out.println(q.toJsonString());
        break;
      case csv:
        out.print(q.toCsv());
        break;
      default:
        out.print(q);
        break;
    }
    out.flush();
    err.flush();
    return corpus.failed ? 1 : 0;
  }
}
