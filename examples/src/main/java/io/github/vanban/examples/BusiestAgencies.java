package io.github.vanban.examples;

import io.github.vanban.graph.Corpus;
import io.github.vanban.graph.query.AgencyRanking;
import java.io.IOException;

/**
 * The agencies with the most reporting obligations (owed and received), and everything the
 * corpus says about the first of them.
 *
 * <pre>
 * java -cp cli/target/vanban.jar io.github.vanban.examples.BusiestAgencies [N [PATH...]]
 * </pre>
 */
public final class BusiestAgencies {
  private BusiestAgencies() {}

  /** {@code args}: how many (default 10), then files or folders (default: the bundled corpus). */
  public static void main(String[] args) throws IOException {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 10;
    Corpus corpus = BundledCorpus.fromArgs(args, 1);
    AgencyRanking top = corpus.ranking().top(n);
    System.out.print(top);
    if (!top.rows().isEmpty()) {
      String first = top.rows().get(0).agency().name();
      System.out.println();
      System.out.print(corpus.profile(first));
      System.out.println();
      System.out.print(corpus.chainUp(first));
    }
  }
}
