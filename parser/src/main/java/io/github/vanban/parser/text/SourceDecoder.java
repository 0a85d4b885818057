package io.github.vanban.parser.text;

import com.google.common.collect.ImmutableList;
import io.github.vanban.core.Diagnostic;
import io.github.vanban.core.Diagnostic.Severity;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns the bytes of a file into text, and says what it guessed. Reads UTF-8 (with or
 * without a byte-order mark) and UTF-16 with a mark; a file that is not valid UTF-8 is read
 * as Windows-1258, the legacy Vietnamese code page; a file with NUL bytes or mostly control
 * characters is diagnosed as binary and yields no text. Linear in the size of the input.
 */
public final class SourceDecoder {
  private static final int SNIFF = 8192;
  private static final Charset CP1258 = charset("windows-1258");

  private SourceDecoder() {}

  /** The text of {@code bytes} and what was noticed while decoding. */
  public static Decoded decode(byte[] bytes) {
    if (bytes.length == 0) {
      return new Decoded("", ImmutableList.of(Diagnostic.of(Severity.ERROR, "empty file")));
    }
    if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xfe && (bytes[1] & 0xff) == 0xff) {
      return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE), ImmutableList.of());
    }
    if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xfe) {
      return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE), ImmutableList.of());
    }
    int offset = 0;
    if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf) {
      offset = 3;
    }
    if (looksBinary(bytes, offset)) {
      return new Decoded("", ImmutableList.of(Diagnostic.of(Severity.ERROR,
          "binary file: not text (NUL bytes or control characters)")));
    }
    // the common case, valid UTF-8, through the JDK's fast decoder: a malformed byte would
    // show as U+FFFD, and then (or for a real U+FFFD) the strict decoder below decides
    String quick = new String(bytes, offset, bytes.length - offset, StandardCharsets.UTF_8);
    if (quick.indexOf('\uFFFD') < 0) {
      return new Decoded(quick, ImmutableList.of());
    }
    try {
      String text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
      return new Decoded(text, ImmutableList.of());
    } catch (CharacterCodingException e) {
      if (LegacyVietnamese.looksLikeTcvn3(bytes)) {
        return new Decoded(LegacyVietnamese.decodeTcvn3(bytes), ImmutableList.of(Diagnostic.of(Severity.INFO,
            "not UTF-8: decoded as TCVN3 (ABC), the legacy Vietnamese encoding")));
      }
      if (CP1258 != null) {
        return new Decoded(new String(bytes, CP1258), ImmutableList.of(Diagnostic.of(Severity.INFO,
            "not UTF-8: decoded as Windows-1258")));
      }
      String text = new String(bytes, StandardCharsets.UTF_8);
      return new Decoded(text, ImmutableList.of(Diagnostic.of(Severity.WARNING,
          "invalid UTF-8: malformed bytes replaced by U+FFFD")));
    }
  }

  private static boolean looksBinary(byte[] bytes, int offset) {
    int n = Math.min(bytes.length, offset + SNIFF);
    int control = 0;
    for (int i = offset; i < n; i++) {
      int b = bytes[i] & 0xff;
      if (b >= 0x20) {
        continue; // the common case: one test a byte
      }
      if (b == 0) {
        return true;
      }
      if (b != '\n' && b != '\r' && b != '\t' && b != '\f') {
        control++;
      }
    }
    return control * 10 > (n - offset);
  }

  private static Charset charset(String name) {
    try {
      return Charset.forName(name);
    } catch (RuntimeException e) {
      return null;
    }
  }

  /** Decoded text with the diagnostics of decoding. */
  public record Decoded(String text, ImmutableList<Diagnostic> diagnostics) {}
}
