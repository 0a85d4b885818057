package io.github.vanban.examples;

import io.github.vanban.graph.Corpus;
import java.io.IOException;
import java.time.LocalDate;

/**
 * Who reports to whom, by when, as of a day: every reporting obligation of the corpus with
 * its next due day, soonest first, then where the reports of one body flow upward.
 *
 * <pre>
 * java -cp cli/target/vanban.jar io.github.vanban.examples.WhoReportsToWhom [DATE [PATH...]]
 * </pre>
 */
public final class WhoReportsToWhom {
  private WhoReportsToWhom() {}

  /** {@code args}: the day (default 2020-05-01), then files or folders (default: the bundled corpus). */
  public static void main(String[] args) throws IOException {
    LocalDate asOf = args.length > 0 ? LocalDate.parse(args[0]) : LocalDate.of(2020, 5, 1);
    Corpus corpus = BundledCorpus.fromArgs(args, 1);
    System.out.println(corpus);
    System.out.println();
    System.out.print(corpus.obligations().asOf(asOf));
    System.out.println();
    System.out.print(corpus.obligations().dueBetween(asOf, asOf.plusYears(1)));
  }
}
