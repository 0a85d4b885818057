package io.github.vanban.core.json;

/** Thrown when text given to {@link ExtractionJson#read(String)} is not of the format. */
public final class JsonFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  JsonFormatException(String message, Throwable cause) {
    super(message, cause);
  }

  JsonFormatException(String message) {
    super(message);
  }
}
