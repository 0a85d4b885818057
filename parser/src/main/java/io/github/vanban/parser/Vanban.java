package io.github.vanban.parser;

import io.github.vanban.core.Document;
import io.github.vanban.core.Extraction;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The one-line entry point: {@code Vanban.parse(text)} reads the documents of a text with
 * the standard {@link DocumentParser}.
 *
 * <pre>{@code
 * import io.github.vanban.parser.Vanban;
 * var docs = Vanban.parse(Files.readString(Path.of("letter.txt")));
 * docs.forEach(System.out::println);
 * }</pre>
 */
public final class Vanban {
  private static final DocumentParser STANDARD = DocumentParser.standard();

  private Vanban() {}

  /** The documents of {@code text}, in order. */
  public static List<Document> parse(String text) {
    return STANDARD.parse(text, "").documents();
  }

  /** Everything read from the file at {@code path}, with diagnostics. */
  public static Extraction read(Path path) throws IOException {
    return STANDARD.read(path);
  }

  /** The standard parser, shared and thread-safe. */
  public static DocumentParser parser() {
    return STANDARD;
  }
}
