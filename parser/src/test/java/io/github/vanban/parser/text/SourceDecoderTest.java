package io.github.vanban.parser.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vanban.core.Diagnostic;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SourceDecoderTest {

  private static byte[] bytes(int... b) {
    byte[] out = new byte[b.length];
    for (int i = 0; i < b.length; i++) {
      out[i] = (byte) b[i];
    }
    return out;
  }

  private static byte[] concat(String ascii, byte[] rest) {
    byte[] a = ascii.getBytes(StandardCharsets.US_ASCII);
    byte[] out = new byte[a.length + rest.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(rest, 0, out, a.length, rest.length);
    return out;
  }

  @Test
  void readsTcvn3AsWrittenWithTheVnTimeFonts() {
    // "C«ng v¨n sè 12" = "Công văn số 12", "§¶ng" = "Đảng", "ViÖt Nam" = "Việt Nam"
    byte[] text = concat("C", bytes(0xab, 'n', 'g', ' ', 'v', 0xa8, 'n', ' ', 's', 0xe8, ' ', '1', '2', ' ',
        0xa7, 0xb6, 'n', 'g', ' ', 'V', 'i', 0xd6, 't', ' ', 'N', 'a', 'm'));
    SourceDecoder.Decoded d = SourceDecoder.decode(text);
    assertEquals("Công văn số 12 Đảng Việt Nam", d.text());
    assertTrue(d.diagnostics().stream().anyMatch(x -> x.message().contains("TCVN3")), d.diagnostics().toString());
  }

  @Test
  void readsWindows1258WithItsCombiningToneMarks() {
    // Windows-1258 keeps â, ô, Đ precomposed and writes tone marks apart: 0xD2 hook, 0xCC grave
    byte[] text = concat("U", bytes(0xd2, 'y', ' ', 'b', 'a', 'n', ' ', 'n', 'h', 0xe2, 'n', ' ', 'd', 0xe2, 'n',
        ' ', 't', 'i', 0xd2, 'n', 'h', ' ', 0xd0, 0xf4, 0xcc, 'n', 'g', ' ', 'N', 'a', 'i'));
    SourceDecoder.Decoded d = SourceDecoder.decode(text);
    assertEquals("Ủy ban nhân dân tỉnh Đồng Nai", TextNormalizer.normalize(d.text()));
    assertTrue(d.diagnostics().stream().anyMatch(x -> x.message().contains("Windows-1258")));
  }

  @Test
  void utf8PassesUntouched() {
    SourceDecoder.Decoded d = SourceDecoder.decode("Số: 3935/KH-UBND".getBytes(StandardCharsets.UTF_8));
    assertEquals("Số: 3935/KH-UBND", d.text());
    assertTrue(d.diagnostics().isEmpty());
  }

  @Test
  void emptyAndBinaryInputAreDiagnosedNotThrown() {
    SourceDecoder.Decoded empty = SourceDecoder.decode(new byte[0]);
    assertEquals("", empty.text());
    assertEquals(Diagnostic.Severity.ERROR, empty.diagnostics().get(0).severity());
    SourceDecoder.Decoded binary = SourceDecoder.decode(bytes(0x89, 'P', 'N', 'G', 0, 0, 0, 0x0d));
    assertEquals("", binary.text());
    assertTrue(binary.diagnostics().get(0).message().contains("binary"));
  }

  @Test
  void tcvn3DetectionIsNotFooledByWindows1258() {
    byte[] cp = "Quyết định số 12/QĐ-UBND của Ủy ban nhân dân tỉnh".getBytes(Charset.forName("windows-1258"));
    assertTrue(!LegacyVietnamese.looksLikeTcvn3(cp));
  }
}
