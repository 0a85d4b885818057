package io.github.vanban.parser.text;

/**
 * The legacy TCVN3 (ABC, TCVN 5712:1993 VN3) single-byte encoding of Vietnamese, still met
 * in old files typed with the {@code .VnTime} fonts.
 */
final class LegacyVietnamese {
  private LegacyVietnamese() {}

  /** Whether {@code bytes} look like TCVN3 rather than Windows-1258. */
  static boolean looksLikeTcvn3(byte[] bytes) {
    return false;
  }

  /** Decodes TCVN3 bytes. */
  static String decodeTcvn3(byte[] bytes) {
    throw new UnsupportedOperationException("TCVN3 not yet supported");
  }
}
