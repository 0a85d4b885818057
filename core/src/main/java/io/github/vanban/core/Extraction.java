package io.github.vanban.core;

import com.google.common.collect.ImmutableList;
import org.immutables.value.Value;

/**
 * What was read from one source (a file or a string): its documents in the order they
 * appear, and the diagnostics met on the way. This is the unit of the
 * {@code vanban-extract/1} JSON format.
 */
@Value.Immutable
public abstract class Extraction {

  /** The format name written into JSON. */
  public static final String FORMAT = "vanban-extract/1";

  /** The source name, e.g. the file name {@code seed-000.txt}. */
  public abstract String source();

  /** The documents found, in order. */
  public abstract ImmutableList<Document> documents();

  /** Problems met while reading. */
  public abstract ImmutableList<Diagnostic> diagnostics();

  /** A builder of an extraction. */
  public static ImmutableExtraction.Builder builder() {
    return ImmutableExtraction.builder();
  }

  @Override
  public String toString() {
    return source() + ": " + documents().size() + " document(s)"
        + (diagnostics().isEmpty() ? "" : ", " + diagnostics().size() + " diagnostic(s)");
  }
}
