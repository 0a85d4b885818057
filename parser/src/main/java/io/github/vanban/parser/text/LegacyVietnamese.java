package io.github.vanban.parser.text;

import com.google.common.io.Resources;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The legacy TCVN3 (ABC, TCVN 5712:1993 VN3) single-byte encoding of Vietnamese, still met
 * in old files typed with the {@code .VnTime} fonts. The byte table is the bundled resource
 * {@code tcvn3.tsv}.
 */
final class LegacyVietnamese {
  private static final int SNIFF = 64 * 1024;
  private static final char[] TABLE = load();

  private LegacyVietnamese() {}

  /**
   * Whether {@code bytes} look like TCVN3 rather than Windows-1258: Vietnamese letters in
   * TCVN3 fall mostly on bytes {@code A1..BF} ({@code đ}, {@code â}, {@code ô}, {@code ư},
   * {@code á}, {@code à}, {@code ả} …), which Windows-1258 gives to rare symbols, while
   * Windows-1258 writes its letters and combining tone marks at {@code C0..FF}. Reads at most
   * the first 64 KiB.
   */
  static boolean looksLikeTcvn3(byte[] bytes) {
    int n = Math.min(bytes.length, SNIFF);
    int high = 0;
    int vn3Only = 0;
    for (int i = 0; i < n; i++) {
      int b = bytes[i] & 0xff;
      if (b >= 0x80) {
        high++;
        if (b >= 0xa1 && b <= 0xbe && TABLE[b] != (char) b) {
          vn3Only++;
        }
      }
    }
    return high > 0 && vn3Only * 4 >= high;
  }

  /** Decodes TCVN3 bytes; linear in their number. */
  static String decodeTcvn3(byte[] bytes) {
    char[] out = new char[bytes.length];
    for (int i = 0; i < bytes.length; i++) {
      out[i] = TABLE[bytes[i] & 0xff];
    }
    return new String(out);
  }

  private static char[] load() {
    char[] t = new char[256];
    for (int i = 0; i < 256; i++) {
      t[i] = (char) i;
    }
    try {
      for (String line : Resources.readLines(LegacyVietnamese.class.getResource("tcvn3.tsv"), StandardCharsets.UTF_8)) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        t[Integer.parseInt(f[0], 16)] = f[1].charAt(0);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return t;
  }
}
