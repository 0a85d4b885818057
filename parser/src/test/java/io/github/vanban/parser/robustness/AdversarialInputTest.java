package io.github.vanban.parser.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vanban.core.Diagnostic;
import io.github.vanban.core.Extraction;
import io.github.vanban.parser.DocumentParser;
import io.github.vanban.parser.text.SourceDecoder;
import io.github.vanban.parser.text.TextNormalizer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;

/**
 * Inputs built to hurt a rule-based parser — huge files and lines, endless repetitions of a
 * keyword, deep numbering, every control character, broken and legacy encodings, nothing at
 * all — each read within a generous bound, wide enough for a machine loaded ten times over (a
 * hang or a quadratic stage fails it; these are bounds, not speed measurements) and without an exception.
 */
class AdversarialInputTest {
  private static final DocumentParser PARSER = DocumentParser.standard();

  private static Extraction parseWithin(Duration bound, String text) {
    Extraction x = assertTimeoutPreemptively(bound, () -> PARSER.parse(text, "adversarial.txt"));
    return x;
  }

  private static Extraction parseWithin(Duration bound, byte[] bytes) {
    return assertTimeoutPreemptively(bound, () -> PARSER.parse(bytes, "adversarial.txt"));
  }

  private static String realDocument() {
    return Inputs.realDocuments().get(0);
  }

  /**
   * About 16,000 real documents in one 50 MB file: a stage that reads the whole source once
   * per document (as {@code task/BodyReading} did before commit 165411e) is quadratic here.
   * About 17 s on a quiet 2-core machine; {@code -Dvanban.large=false} skips it.
   */
  @Test
  @DisabledIfSystemProperty(named = "vanban.large", matches = "false")
  void fiftyMegabyteFile() {
    StringBuilder b = new StringBuilder(52_000_000);
    int i = 0;
    while (b.length() < 50_000_000) {
      b.append(Inputs.realDocuments().get(i++ % Inputs.realDocuments().size())).append("\n\n");
    }
    Extraction x = parseWithin(Duration.ofSeconds(600), b.toString());
    assertFalse(x.documents().isEmpty());
  }

  /** One document of 50 MB: about 11 s on a quiet 2-core machine; {@code -Dvanban.large=false} skips it. */
  @Test
  @DisabledIfSystemProperty(named = "vanban.large", matches = "false")
  void fiftyMegabytesOfOneDocument() {
    String doc = realDocument();
    int body = doc.indexOf("Thực hiện");
    StringBuilder b = new StringBuilder(52_000_000).append(doc, 0, Math.max(0, body));
    String paragraph = doc.substring(Math.max(0, body)).replace("Nơi nhận", "Nơi gửi");
    while (b.length() < 50_000_000) {
      b.append(paragraph).append("\n\n");
    }
    Extraction x = parseWithin(Duration.ofSeconds(600), b.toString());
    assertFalse(x.documents().isEmpty());
  }

  @Test
  void oneMegabyteLine() {
    String line = realDocument().replace('\n', ' ');
    StringBuilder b = new StringBuilder(1_100_000);
    while (b.length() < 1_000_000) {
      b.append(line).append(' ');
    }
    String text = b.toString();
    Extraction x = parseWithin(Duration.ofSeconds(60), text);
    Inputs.assertSpansInBounds(TextNormalizer.normalize(text), x);
  }

  @Test
  void hundredThousandNumberWords() {
    String text = "Số ".repeat(100_000);
    Inputs.assertSpansInBounds(TextNormalizer.normalize(text), parseWithin(Duration.ofSeconds(60), text));
    String numbers = "Số: 1/UBND-VP ".repeat(50_000) + "\nCăn cứ Quyết định số " + "12, ".repeat(50_000) + "13/QĐ-UBND";
    Inputs.assertSpansInBounds(TextNormalizer.normalize(numbers), parseWithin(Duration.ofSeconds(60), numbers));
  }

  @Test
  void deeplyNestedNumbering() {
    StringBuilder b = new StringBuilder("ỦY BAN NHÂN DÂN\nTỈNH KIÊN GIANG\nSố: 1/KH-UBND\n\nKẾ HOẠCH\n\n");
    StringBuilder number = new StringBuilder();
    for (int line = 0; line < 3000; line++) {
      if (line % 60 == 0) {
        number.setLength(0);
      }
      number.append(line % 9 + 1).append('.');
      b.append(number).append(" Sở Nội vụ chủ trì, phối hợp với Sở Tư pháp báo cáo Ủy ban nhân dân tỉnh trước ngày 15/11 hằng năm.\n");
    }
    for (int line = 0; line < 2000; line++) {
      b.append("  ".repeat(line % 100)).append("- a) (").append(line).append(") Giao Sở Tài chính thực hiện;\n");
    }
    String text = b.toString();
    Inputs.assertSpansInBounds(TextNormalizer.normalize(text), parseWithin(Duration.ofSeconds(60), text));
  }

  @Test
  void everyControlCharacter() {
    StringBuilder b = new StringBuilder();
    String doc = realDocument();
    for (char c = 0; c < 0xa0; c++) {
      if (Character.isISOControl(c)) {
        b.append(doc, 0, Math.min(400, doc.length())).append(c).append(c).append("Số").append(c).append('\n');
      }
    }
    b.append("\u2028\u2029\ufeff\u200b\u200e\u202e\ufffe\uffff\ud800 lone \udfff surrogates \u0301\u0301\u0301");
    String text = b.toString();
    Extraction x = parseWithin(Duration.ofSeconds(30), text);
    Inputs.assertSpansInBounds(TextNormalizer.normalize(text), x);
    String normalized = TextNormalizer.normalize(text);
    assertTrue(normalized.chars().noneMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\t'),
        "control characters survive normalisation");
  }

  @Test
  void invalidUtf8() {
    byte[] doc = realDocument().getBytes(StandardCharsets.UTF_8);
    Random random = new Random(6);
    for (int i = 0; i < 200; i++) {
      doc[random.nextInt(doc.length)] = (byte) (0x80 + random.nextInt(0x80));
    }
    byte[] truncated = {'S', (byte) 0xe1, (byte) 0xbb};
    byte[] overlong = {(byte) 0xc0, (byte) 0xaf, (byte) 0xed, (byte) 0xa0, (byte) 0x80, (byte) 0xf4, (byte) 0x90, 'a'};
    for (byte[] bytes : new byte[][] {doc, truncated, overlong}) {
      Extraction x = parseWithin(Duration.ofSeconds(30), bytes);
      Inputs.assertSpansInBounds(TextNormalizer.normalize(SourceDecoder.decode(bytes).text()), x);
    }
  }

  @Test
  void windows1258LegacyText() {
    Charset cp1258 = Charset.forName("windows-1258");
    byte[] bytes = toneMarksApart(realDocument()).getBytes(cp1258);
    Extraction x = parseWithin(Duration.ofSeconds(30), bytes);
    assertFalse(x.documents().isEmpty());
    String decoded = TextNormalizer.normalize(SourceDecoder.decode(bytes).text());
    assertTrue(decoded.contains("Ủy ban nhân dân") || decoded.contains("ỦY BAN NHÂN DÂN"), "Windows-1258 not decoded");
    Inputs.assertSpansInBounds(decoded, x);
  }

  /**
   * Vietnamese as Windows-1258 writes it: letters with circumflex, breve or horn precomposed,
   * the five tone marks as combining characters after them.
   */
  private static String toneMarksApart(String text) {
    StringBuilder b = new StringBuilder();
    for (char c : Normalizer.normalize(text, Normalizer.Form.NFC).toCharArray()) {
      String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
      StringBuilder base = new StringBuilder();
      StringBuilder tones = new StringBuilder();
      for (char m : d.toCharArray()) {
        boolean tone = m == '\u0300' || m == '\u0301' || m == '\u0303' || m == '\u0309' || m == '\u0323';
        (tone ? tones : base).append(m);
      }
      b.append(Normalizer.normalize(base, Normalizer.Form.NFC)).append(tones);
    }
    return b.toString();
  }

  @Test
  void tcvn3LegacyBytes() {
    // "Sè: 539/UBND" and "Uû ban nh©n d©n tØnh" as the .VnTime fonts of TCVN3 (ABC) store them.
    byte[] bytes = {'S', (byte) 0xe8, ':', ' ', '5', '3', '9', '/', 'U', 'B', 'N', 'D', '\n', 'U', (byte) 0xfb, ' ', 'b',
        'a', 'n', ' ', 'n', 'h', (byte) 0xa9, 'n', ' ', 'd', (byte) 0xa9, 'n', ' ', 't', (byte) 0xd8, 'n', 'h', '\n'};
    byte[] many = new byte[200_000];
    for (int i = 0; i < many.length; i++) {
      many[i] = bytes[i % bytes.length];
    }
    for (byte[] b : new byte[][] {bytes, many}) {
      Extraction x = parseWithin(Duration.ofSeconds(30), b);
      Inputs.assertSpansInBounds(TextNormalizer.normalize(SourceDecoder.decode(b).text()), x);
    }
  }

  @Test
  void emptyBlankAndBinaryInput() {
    Extraction empty = parseWithin(Duration.ofSeconds(10), new byte[0]);
    assertTrue(empty.documents().isEmpty());
    assertTrue(empty.diagnostics().stream().anyMatch(d -> d.severity() == Diagnostic.Severity.ERROR));
    assertTrue(parseWithin(Duration.ofSeconds(10), "").documents().isEmpty());
    assertTrue(parseWithin(Duration.ofSeconds(10), " \n\t\r\n\u00a0 ").documents().isEmpty());
    byte[] binary = new byte[1 << 20];
    new Random(3).nextBytes(binary);
    Extraction x = parseWithin(Duration.ofSeconds(30), binary);
    assertEquals(0, x.documents().size(), "binary file read as text");
  }
}
