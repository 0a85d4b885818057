package io.github.vanban.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import org.junit.jupiter.api.Test;

/**
 * Runs {@code examples/jshell/vanban.jsh} snippet by snippet in an in-process JShell on the
 * test class path, so that the script the README opens cannot rot: every snippet must be
 * accepted and run without an exception.
 */
class JShellScriptTest {
  private static final Path SCRIPT = Path.of("jshell/vanban.jsh");
  private static final Path CORPUS = Path.of("src/main/resources/corpus");

  @Test
  void theScriptRunsAndPrintsTheCorpusAndItsObligations() throws Exception {
    String previous = System.getProperty("vanban.corpus");
    System.setProperty("vanban.corpus", CORPUS.toAbsolutePath().toString());
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);
    PrintStream stdout = System.out;
    System.setOut(out); // the local engine runs snippets in this JVM: their System.out is ours
    try (JShell shell = JShell.builder().executionEngine("local").out(out).err(out).build()) {
      String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
      for (String entry : classPath.split(File.pathSeparator)) {
        if (!entry.isBlank()) {
          shell.addToClasspath(entry);
        }
      }
      List<String> snippets = split(shell, Files.readString(SCRIPT));
      assertTrue(snippets.size() > 8, "snippets: " + snippets.size());
      for (String snippet : snippets) {
        for (SnippetEvent e : shell.eval(snippet)) {
          if (e.status() == Snippet.Status.REJECTED) {
            List<String> why = new ArrayList<>();
            shell.diagnostics(e.snippet()).forEach(d -> why.add(d.getMessage(Locale.ROOT)));
            fail("rejected: " + snippet + " " + why);
          }
          if (e.exception() != null) {
            fail("threw: " + snippet + " " + e.exception());
          }
        }
      }
    } finally {
      System.setOut(stdout);
      if (previous == null) {
        System.clearProperty("vanban.corpus");
      } else {
        System.setProperty("vanban.corpus", previous);
      }
    }
    String text = printed.toString(StandardCharsets.UTF_8);
    assertTrue(text.contains("Corpus["), text);
    assertTrue(text.contains("Obligations, as of 2020-05-01"), text);
    assertTrue(java.util.regex.Pattern.compile("(?m)^reporter +recipient +via +deadline +next due +document$")
        .matcher(text).find(), text);
  }

  /** The complete snippets of a script, as JShell itself would cut them. */
  static List<String> split(JShell shell, String script) {
    SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
    List<String> snippets = new ArrayList<>();
    String rest = script;
    while (!rest.isBlank()) {
      SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(rest);
      if (!info.completeness().isComplete()) {
        fail("incomplete snippet at: " + rest.strip().lines().findFirst().orElse(""));
      }
      snippets.add(info.source());
      rest = info.remaining();
    }
    return snippets;
  }

  @Test
  void theIndexListsEveryBundledFile() throws Exception {
    List<String> files = new ArrayList<>();
    try (var s = Files.list(CORPUS)) {
      s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt")).sorted().forEach(files::add);
    }
    assertEquals(files, BundledCorpus.names());
  }
}
