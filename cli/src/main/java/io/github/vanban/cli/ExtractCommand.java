package io.github.vanban.cli;

import io.github.vanban.core.Diagnostic;
import io.github.vanban.core.Extraction;
import io.github.vanban.core.json.ExtractionJson;
import io.github.vanban.parser.DocumentParser;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code vanban extract --out DIR FILE...}: writes {@code DIR/NAME.json} in the
 * {@code vanban-extract/1} format for each {@code NAME.txt}, files read in parallel. A file
 * that cannot be read gets one line on standard error and the exit code 1; the others are
 * still written.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
    description = "Extract documents, citations, tasks and reporting obligations as JSON (vanban-extract/1).")
final class ExtractCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--out", required = true, paramLabel = "DIR",
      description = "Folder to write NAME.json into (created if missing), or - for standard output.")
  String out;

  @Option(names = "--threads", paramLabel = "N",
      description = "Files read at once (default: the number of processors).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Parameters(paramLabel = "FILE", arity = "1..*", description = "Text files to read; a folder stands for its .txt files.")
  List<Path> inputs;

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    List<Path> files = new ArrayList<>();
    boolean failed = false;
    for (Path p : inputs) {
      if (Files.isDirectory(p)) {
        files.addAll(CorpusFiles.list(p));
      } else {
        files.add(p);
      }
    }
    Path dir = null;
    if (!out.equals("-")) {
      dir = Path.of(out);
      Files.createDirectories(dir);
    }
    DocumentParser parser = DocumentParser.standard();
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
    // Files are read, turned into JSON and (with --out DIR) written on the pool; results are
    // consumed in input order, so messages come in file order, with a bounded number in flight
    // so that memory stays flat however many files there are.
    int window = Math.max(1, threads) * 8;
    final Path target = dir;
    try {
      Deque<Future<Result>> inFlight = new ArrayDeque<>();
      int next = 0;
      for (int done = 0; done < files.size(); done++) {
        while (next < files.size() && inFlight.size() < window) {
          Path f = files.get(next++);
          inFlight.add(pool.submit(() -> Result.of(f, parser.read(f), target)));
        }
        Path f = files.get(done);
        Result r;
        try {
          r = inFlight.poll().get();
        } catch (ExecutionException e) {
          err.println("vanban: cannot read " + f + ": " + describe(e.getCause()));
          failed = true;
          continue;
        }
        for (String message : r.errors()) {
          err.println("vanban: " + f + ": " + message);
          failed = true;
        }
        if (dir == null) {
          spec.commandLine().getOut().println(r.json());
        }
      }
    } finally {
      pool.shutdownNow();
    }
    spec.commandLine().getOut().flush();
    err.flush();
    return failed ? 1 : 0;
  }

  /**
   * One file's JSON (kept only for standard output) and the errors to report for it, made on
   * a worker thread, which also writes {@code DIR/NAME.json} when there is a folder to write.
   */
  private record Result(String json, List<String> errors) {
    static Result of(Path file, Extraction x, Path dir) {
      List<String> errors = new ArrayList<>();
      for (Diagnostic d : x.diagnostics()) {
        if (d.severity() == Diagnostic.Severity.ERROR) {
          errors.add(d.message());
        }
      }
      String json = ExtractionJson.write(x);
      if (dir == null) {
        return new Result(json, errors);
      }
      Path target = dir.resolve(jsonName(file));
      try {
        Files.writeString(target, json + "\n", StandardCharsets.UTF_8);
      } catch (IOException | UncheckedIOException e) {
        errors.add("cannot write " + target + ": " + e.getMessage());
      }
      return new Result("", errors);
    }
  }

  static String jsonName(Path file) {
    String name = file.getFileName().toString();
    return (name.endsWith(".txt") ? name.substring(0, name.length() - 4) : name) + ".json";
  }

  private static String describe(Throwable t) {
    if (t instanceof java.nio.file.NoSuchFileException) {
      return "no such file";
    }
    if (t instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    if (t instanceof IOException && Files.isDirectory(Path.of(String.valueOf(t.getMessage())))) {
      return "is a directory";
    }
    return t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
  }
}
