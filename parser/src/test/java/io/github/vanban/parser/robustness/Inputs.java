package io.github.vanban.parser.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import io.github.vanban.core.Citation;
import io.github.vanban.core.Diagnostic;
import io.github.vanban.core.Document;
import io.github.vanban.core.Extraction;
import io.github.vanban.core.Receipt;
import io.github.vanban.core.ReportingObligation;
import io.github.vanban.core.Span;
import io.github.vanban.core.Task;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Real documents to mutate, and the checks every extraction must pass. */
final class Inputs {
  private static final List<Path> FOLDERS = List.of(
      Path.of("../examples/src/main/resources/corpus"),
      Path.of("../../shared/eval/dev/docs"));
  private static final ImmutableList<String> REAL = load();

  private Inputs() {}

  /** The real documents of the repository's corpus, and of the shared dev set when it is beside the worktree. */
  static ImmutableList<String> realDocuments() {
    return REAL;
  }

  private static ImmutableList<String> load() {
    ImmutableList.Builder<String> out = ImmutableList.builder();
    for (Path dir : FOLDERS) {
      if (!Files.isDirectory(dir)) {
        continue;
      }
      try (Stream<Path> s = Files.list(dir)) {
        for (Path p : s.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
          out.add(Files.readString(p, StandardCharsets.UTF_8));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    ImmutableList<String> docs = out.build();
    assertTrue(docs.size() >= 5, "the repository's corpus of real documents is missing");
    return docs;
  }

  /** Every span of {@code x}: document extents, header fields, facts, unparsed text, diagnostics. */
  static List<Span> spans(Extraction x) {
    List<Span> out = new ArrayList<>();
    for (Diagnostic d : x.diagnostics()) {
      d.span().ifPresent(out::add);
    }
    for (Document d : x.documents()) {
      out.add(d.span());
      out.addAll(d.spans().values());
      d.signer().ifPresent(s -> out.add(s.span()));
      d.citations().stream().map(Citation::span).forEach(out::add);
      d.tasks().stream().map(Task::span).forEach(out::add);
      d.reporting().stream().map(ReportingObligation::span).forEach(out::add);
      d.receipts().stream().map(Receipt::span).forEach(out::add);
      out.addAll(d.unparsed());
    }
    return out;
  }

  /** Asserts that every span of {@code x} lies in {@code normalized} and holds its text. */
  static void assertSpansInBounds(String normalized, Extraction x) {
    for (Span s : spans(x)) {
      assertTrue(0 <= s.start() && s.start() <= s.end() && s.end() <= normalized.length(),
          () -> "span out of bounds " + s + " in text of length " + normalized.length());
      assertEquals(normalized.substring(s.start(), s.end()), s.text(), () -> "span text differs from source: " + s);
    }
  }
}
