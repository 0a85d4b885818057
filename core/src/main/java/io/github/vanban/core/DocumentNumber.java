package io.github.vanban.core;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.base.CharMatcher;
import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The number and symbol of a document (số, ký hiệu), parsed into its parts.
 *
 * <p>Both forms are read: the State form {@code 3935/KH-UBND}, {@code 539/UBND-VHXH} (a
 * letter: no type code), {@code 41/2013/QĐ-TTg} (normative, with its year), and the Party
 * form {@code 38-CT/TW}, {@code 187-BS/ĐUK}. {@link #printed()} keeps the text as printed
 * less white space; {@link #key()} is a folded form under which different spellings of the
 * same number ({@code 38-CT/TW}, {@code 38/CT-TW}) are equal.
 */
@Value.Immutable
public abstract class DocumentNumber {
  private static final CharMatcher SPACE = CharMatcher.whitespace();
  private static final CharMatcher LEADING_PUNCTUATION = CharMatcher.anyOf(":.");
  private static final CharMatcher TRAILING_PUNCTUATION = CharMatcher.anyOf(".,;:");
  private static final Splitter SLASHES = Splitter.on('/');
  private static final Splitter DASHES = Splitter.on('-').omitEmptyStrings();
  private static final Splitter SYMBOL_GROUPS = Splitter.on(CharMatcher.anyOf("-/")).omitEmptyStrings();
  private static final int MAX_LENGTH = 80;

  /** The number as printed, without {@code Số}, colon or spaces: {@code 539/UBND-VHXH}. */
  public abstract String printed();

  /** The sequence within the year, as printed (leading zeros kept): {@code "09"}. */
  public abstract String sequence();

  /** The year written into a normative number ({@code 41/2013/QĐ-TTg} → 2013). */
  public abstract Optional<Integer> year();

  /** The type code of the symbol ({@code KH}, {@code CT}), absent for a State letter. */
  public abstract Optional<String> typeCode();

  /** The issuer and drafting-unit codes: {@code [UBND, VHXH]}, {@code [TW]}. */
  public abstract ImmutableList<String> issuerCodes();

  /** Whether the number is in the Party form {@code N-TYPE/ISSUER}. */
  public abstract boolean party();

  /**
   * The document type the symbol names: its type code, {@link DocumentType#CONG_VAN} for a
   * State letter without one; empty where the code is not a known type.
   */
  @Value.Derived
  public Optional<DocumentType> type() {
    if (typeCode().isEmpty()) {
      return party() ? Optional.empty() : Optional.of(DocumentType.CONG_VAN);
    }
    return DocumentType.fromSymbol(typeCode().get(), party());
  }

  /** The folded identity of the number: upper case, {@code Đ} as {@code D}, letters and digits only. */
  @Value.Derived
  public String key() {
    return keyOf(printed());
  }

  /** The folded key of any printed number, as {@link #key()} computes it. */
  public static String keyOf(String printed) {
    // the common case, ASCII with Đ: one pass, no intermediate strings
    StringBuilder b = new StringBuilder(printed.length());
    for (int i = 0; i < printed.length(); i++) {
      char c = printed.charAt(i);
      if (c == 'Đ' || c == 'đ') {
        c = 'D';
      } else if (c >= 0x80) {
        return keyOfAnyText(printed); // upper case may turn one character into several
      } else if (c >= 'a' && c <= 'z') {
        c = (char) (c - 'a' + 'A');
      }
      if ((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z')) {
        b.append(c);
      }
    }
    return b.toString();
  }

  private static String keyOfAnyText(String printed) {
    StringBuilder b = new StringBuilder(printed.length());
    String s = printed.replace('Đ', 'D').replace('đ', 'd').toUpperCase(Locale.ROOT);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if ((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z')) {
        b.append(c);
      }
    }
    return b.toString();
  }

  /**
   * Parses a number as printed, tolerating spaces around separators ({@code 539 /UBND-VHXH})
   * and a leading {@code Số}; empty when the text is not a number and symbol.
   */
  public static Optional<DocumentNumber> parse(String text) {
    if (text.length() > MAX_LENGTH) {
      return Optional.empty();
    }
    return isPlain(text) ? parsePlain(text) : parseAnyText(text);
  }

  /**
   * Whether {@code text} is written the way a scanner prints a number, which {@link
   * #parsePlain} reads: an ASCII digit first, then only ASCII letters and digits, {@code Đ},
   * {@code đ}, {@code /}, {@code -}, {@code &} and {@code .}, and no {@code .} last. Such text
   * needs none of the clean-up of {@link #parseAnyText} (no space, no {@code Số}, no
   * punctuation to trim), and its letters and digits are the ones {@link Character} knows.
   */
  static boolean isPlain(String text) {
    int n = text.length();
    if (n == 0 || !isAsciiDigit(text.charAt(0)) || text.charAt(n - 1) == '.') {
      return false;
    }
    for (int i = 1; i < n; i++) {
      char c = text.charAt(i);
      if (!isPlainLetterOrDigit(c) && c != '/' && c != '-' && c != '&' && c != '.') {
        return false;
      }
    }
    return true;
  }

  /**
   * {@link #parseAnyText} of {@linkplain #isPlain plain} text, the shape of nearly every
   * number met: the same value in one scan by offsets, without splitters or intermediate
   * lists. The steps follow those of {@link #parseAnyText} one by one.
   */
  static Optional<DocumentNumber> parsePlain(String s) {
    int n = s.length();
    int digits = 0;
    while (digits < n && isAsciiDigit(s.charAt(digits))) {
      digits++;
    }
    if (digits >= n) {
      return Optional.empty();
    }
    int seqEnd = digits;
    if (isPlainLetter(s.charAt(seqEnd)) && seqEnd + 1 < n && isSeparator(s.charAt(seqEnd + 1))) {
      seqEnd++;
    }
    char sep = s.charAt(seqEnd);
    int rest = seqEnd + 1;
    if (rest == n || !isSeparator(sep) || !partsBeginWithLetterOrDigit(s, rest)) {
      return Optional.empty();
    }
    int firstSlash = s.indexOf('/', rest);
    ImmutableDocumentNumber.Builder b =
        ImmutableDocumentNumber.builder().printed(s).sequence(s.substring(0, seqEnd));
    if (sep == '-') {
      if (firstSlash < 0) {
        return Optional.empty();
      }
      b.party(true).typeCode(s.substring(rest, firstSlash));
      addGroups(b, s, firstSlash + 1);
      return Optional.of(b.build());
    }
    b.party(false);
    int symbol = rest;
    if (firstSlash - rest == 4 && allAsciiDigits(s, rest, firstSlash)) {
      b.year(Integer.parseInt(s, rest, firstSlash, 10));
      symbol = firstSlash + 1;
    }
    int firstEnd = groupEnd(s, symbol);
    String first = s.substring(symbol, firstEnd);
    boolean hasType = groupStart(s, firstEnd) < n && !first.equals("UBND")
        && DocumentType.fromSymbol(first, false).isPresent();
    if (hasType) {
      b.typeCode(first);
      addGroups(b, s, firstEnd);
    } else {
      addGroups(b, s, symbol);
    }
    return Optional.of(b.build());
  }

  /** Whether every {@code /}-separated part from {@code from} on is non-empty and begins with a letter or digit. */
  private static boolean partsBeginWithLetterOrDigit(String s, int from) {
    int start = from;
    while (true) {
      if (start == s.length() || !isPlainLetterOrDigit(s.charAt(start))) {
        return false;
      }
      int slash = s.indexOf('/', start);
      if (slash < 0) {
        return true;
      }
      start = slash + 1;
    }
  }

  /** Adds as issuer codes the non-empty runs between {@code -} and {@code /} from {@code from} on. */
  private static void addGroups(ImmutableDocumentNumber.Builder b, String s, int from) {
    for (int start = groupStart(s, from); start < s.length(); start = groupStart(s, groupEnd(s, start))) {
      b.addIssuerCodes(s.substring(start, groupEnd(s, start)));
    }
  }

  /** The first offset from {@code i} on that is not {@code -} or {@code /}. */
  private static int groupStart(String s, int i) {
    while (i < s.length() && isSeparator(s.charAt(i))) {
      i++;
    }
    return i;
  }

  /** The first offset from {@code i} on that is {@code -} or {@code /}, or the end. */
  private static int groupEnd(String s, int i) {
    while (i < s.length() && !isSeparator(s.charAt(i))) {
      i++;
    }
    return i;
  }

  private static boolean allAsciiDigits(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!isAsciiDigit(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** {@code /} or {@code -}, the separators of a number and symbol. */
  private static boolean isSeparator(char c) {
    return c == '/' || c == '-';
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isPlainLetter(char c) {
    return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c == 'Đ' || c == 'đ';
  }

  private static boolean isPlainLetterOrDigit(char c) {
    return isAsciiDigit(c) || isPlainLetter(c);
  }

  /**
   * The general reading of {@link #parse}, for text of any shape: spaces removed, {@code Số}
   * and punctuation trimmed, then split at the separators.
   */
  static Optional<DocumentNumber> parseAnyText(String text) {
    if (text.length() > MAX_LENGTH) {
      return Optional.empty();
    }
    String s = SPACE.removeFrom(text);
    if (s.startsWith("Số") || s.startsWith("số")) {
      s = s.substring(2);
    }
    s = LEADING_PUNCTUATION.trimLeadingFrom(s);
    s = TRAILING_PUNCTUATION.trimTrailingFrom(s);
    int digits = 0;
    while (digits < s.length() && Character.isDigit(s.charAt(digits))) {
      digits++;
    }
    if (digits == 0 || digits >= s.length()) {
      return Optional.empty();
    }
    // A letter may follow the digits of the sequence (12a/...); keep it in the sequence.
    int seqEnd = digits;
    if (seqEnd < s.length() && Character.isLetter(s.charAt(seqEnd))
        && seqEnd + 1 < s.length() && (s.charAt(seqEnd + 1) == '/' || s.charAt(seqEnd + 1) == '-')) {
      seqEnd++;
    }
    String sequence = s.substring(0, seqEnd);
    char sep = s.charAt(seqEnd);
    String rest = s.substring(seqEnd + 1);
    if (rest.isEmpty() || !(sep == '/' || sep == '-')) {
      return Optional.empty();
    }
    ImmutableDocumentNumber.Builder b =
        ImmutableDocumentNumber.builder().printed(s).sequence(sequence);
    if (sep == '-') {
      // Party form: N-TYPE/ISSUER[-UNIT]
      List<String> parts = SLASHES.splitToList(rest);
      if (parts.size() < 2 || !allSymbols(parts)) {
        return Optional.empty();
      }
      b.party(true).typeCode(parts.get(0));
      for (String p : parts.subList(1, parts.size())) {
        b.addAllIssuerCodes(DASHES.split(p));
      }
      return Optional.of(b.build());
    }
    b.party(false);
    List<String> parts = SLASHES.splitToList(rest);
    int i = 0;
    if (parts.size() >= 2 && parts.get(0).length() == 4 && CharMatcher.digit().matchesAllOf(parts.get(0))) {
      b.year(Integer.parseInt(parts.get(0)));
      i = 1;
    }
    List<String> symbolParts = parts.subList(i, parts.size());
    if (symbolParts.isEmpty() || !allSymbols(symbolParts)) {
      return Optional.empty();
    }
    // the symbol parts joined by "/" again: the rest after the year, if any
    String symbol = i == 0 ? rest : rest.substring(parts.get(0).length() + 1);
    List<String> groups = SYMBOL_GROUPS.splitToList(symbol);
    if (groups.isEmpty()) {
      return Optional.empty();
    }
    String first = groups.get(0);
    boolean hasType = groups.size() > 1 && DocumentType.fromSymbol(first, false).isPresent()
        && !first.equals("UBND");
    if (hasType) {
      b.typeCode(first);
      b.addAllIssuerCodes(groups.subList(1, groups.size()));
    } else {
      b.addAllIssuerCodes(groups);
    }
    return Optional.of(b.build());
  }

  /** Parses a number that must be well formed; for literals in code and tests. */
  public static DocumentNumber of(String printed) {
    return parse(printed).orElseThrow(() -> new IllegalArgumentException("not a document number: " + printed));
  }

  private static boolean allSymbols(List<String> parts) {
    for (String p : parts) {
      if (p.isEmpty() || !Character.isLetterOrDigit(p.charAt(0))) {
        return false;
      }
      for (int i = 0; i < p.length(); i++) {
        char c = p.charAt(i);
        if (!(Character.isLetterOrDigit(c) || c == '-' || c == '.' || c == '&')) {
          return false;
        }
      }
    }
    return true;
  }

  @Value.Check
  protected void check() {
    checkArgument(!printed().isEmpty() && !sequence().isEmpty(), "empty number");
  }

  @Override
  public String toString() {
    return printed();
  }
}
