package io.github.vanban.cli;

import io.github.vanban.examples.generate.CorpusGenerator;
import io.github.vanban.examples.generate.CorpusWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code vanban generate --documents N --seed S --out DIR}: writes a synthetic national
 * corpus of {@code N} text files to {@code DIR/docs} and the facts each holds to {@code
 * DIR/gold} ({@code vanban-extract/1}), so that an extraction of it can be scored with {@code
 * score.py}. The same seed writes the same bytes.
 */
@Command(name = "generate", mixinStandardHelpOptions = true,
    description = "Write a deterministic synthetic corpus (DIR/docs/*.txt) with the facts it planted (DIR/gold/*.json).")
final class GenerateCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--documents", required = true, paramLabel = "N", description = "Number of text files to write.")
  int documents;

  @Option(names = "--seed", paramLabel = "S", description = "Seed of the random choices (default: ${DEFAULT-VALUE}).")
  long seed = 1;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder to write docs/ and gold/ into.")
  Path out;

  @Override
  public Integer call() throws Exception {
    if (documents < 0) {
      spec.commandLine().getErr().println("vanban: --documents must not be negative");
      return 2;
    }
    long start = System.nanoTime();
    CorpusWriter.Summary s = CorpusWriter.write(CorpusGenerator.withSeed(seed), documents, out);
    double seconds = (System.nanoTime() - start) / 1e9;
    spec.commandLine().getErr().println(String.format(Locale.ROOT,
        "vanban: wrote %d files (%d documents, %.1f MB of text) to %s in %.1f s",
        s.files(), s.documents(), s.textBytes() / 1e6, out, seconds));
    return 0;
  }
}
