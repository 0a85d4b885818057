package io.github.vanban.examples;

import io.github.vanban.graph.Corpus;
import java.io.IOException;

/**
 * How a directive was carried down: the cascade of Chỉ thị 38-CT/TW (or of any number given),
 * which provinces have a document under it, and the lineage of each document back to it.
 *
 * <pre>
 * java -cp cli/target/vanban.jar io.github.vanban.examples.CascadeOf38 [NUMBER [PATH...]]
 * </pre>
 */
public final class CascadeOf38 {
  private CascadeOf38() {}

  /** {@code args}: the number (default 38-CT/TW), then files or folders (default: the bundled corpus). */
  public static void main(String[] args) throws IOException {
    String number = args.length > 0 ? args[0] : "38-CT/TW";
    Corpus corpus = BundledCorpus.fromArgs(args, 1);
    if (corpus.citations().find(number).isEmpty()) {
      System.out.println("No document " + number + " in " + corpus);
      return;
    }
    System.out.print(corpus.cascade(number));
    System.out.println();
    System.out.print(corpus.coverage(number));
    for (var node : corpus.cascade(number).nodes()) {
      if (node.children().isEmpty() && node.depth() > 1) {
        System.out.println();
        System.out.print(corpus.lineage(node.document().id()));
      }
    }
  }
}
