package io.github.vanban.parser.citation;

import io.github.vanban.core.DocumentNumber;
import io.github.vanban.core.DocumentType;
import io.github.vanban.parser.text.MatchText;
import io.github.vanban.parser.text.NumberToken;
import io.github.vanban.parser.text.TypeWords;
import io.github.vanban.parser.text.VietDate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the mentions of documents in a stretch of text: a type word ({@code Chỉ thị}, {@code
 * công văn}, {@code Văn bản}) followed by a number ({@code số 38-CT/TW}, {@code 34/2014/QĐ-TTg}),
 * a shared-symbol list ({@code số 614, 615, 616-CV/VPTW}), a short form defined once in
 * parentheses ({@code (Chỉ thị 28)}), or a law by name and full date ({@code Luật Tổ chức
 * chính quyền địa phương ngày 19/6/2015}). One pass over the words; every look-ahead is
 * bounded.
 */
final class MentionScanner {
  private static final int LAW_REACH = 260;
  private static final int ISSUER_REACH = 90;
  private static final String[] ISSUER_STOPS = {"ve", "va", "tai", "theo", "ban hanh", "quy dinh", "gan",
      "trong", "thuc hien", "nham", "de", "khoa", "voi", "cho", "da", "duoc", "dang tai", "ngay"};
  /** {@link #ISSUER_STOPS} by their ASCII first letter, in order; none for other characters. */
  private static final String[][] ISSUER_STOPS_BY_FIRST = byFirstLetter(ISSUER_STOPS);

  /** Each type word as written and without its inner space; the last is the generic "văn bản". */
  private static final String[][] FORMS;
  /** {@link #FORMS} as arrays, to compare with the characters of the text. */
  private static final char[][][] FORM_CHARS;
  private static final DocumentType[] FORM_TYPES;
  /** For each ASCII first letter, the indices of the forms that begin with it, in order. */
  private static final int[][] BY_FIRST = new int[128][];
  /**
   * For each pair of ASCII first letters, the indices of the forms one of whose spellings
   * begins with them, in order: the forms of {@link #BY_FIRST} that can match there.
   */
  private static final int[][] BY_FIRST_TWO = new int[128 * 128][];
  /**
   * For each pair of ASCII first letters, the ASCII third letters of the spellings that
   * begin with them, as a 128-bit set (low and high half): a form whose first three letters
   * are not in the text at an offset cannot be written there.
   */
  private static final long[] THIRD_LOW = new long[128 * 128];
  private static final long[] THIRD_HIGH = new long[128 * 128];
  /** For each pair of ASCII first letters, whether a spelling that begins with them is shorter than three letters. */
  private static final boolean[] SHORT = new boolean[128 * 128];
  private static final int[] NONE = new int[0];
  /** For each ASCII character, whether a form begins with it ({@link #BY_FIRST} holds one). */
  private static final boolean[] BEGINS = new boolean[128];

  static {
    List<TypeWords.Word> words = TypeWords.all();
    FORMS = new String[words.size() + 1][];
    FORM_CHARS = new char[words.size() + 1][][];
    FORM_TYPES = new DocumentType[words.size() + 1];
    for (int k = 0; k <= words.size(); k++) {
      String w = k < words.size() ? words.get(k).folded() : "van ban";
      FORMS[k] = w.contains(" ") ? new String[] {w, w.replace(" ", "")} : new String[] {w};
      FORM_CHARS[k] = java.util.Arrays.stream(FORMS[k]).map(String::toCharArray).toArray(char[][]::new);
      FORM_TYPES[k] = k < words.size() ? words.get(k).type() : null;
    }
    for (char c = 0; c < 128; c++) {
      List<Integer> ts = new ArrayList<>();
      for (int k = 0; k < FORMS.length; k++) {
        if (FORMS[k][0].charAt(0) == c) {
          ts.add(k);
        }
      }
      BY_FIRST[c] = ts.stream().mapToInt(Integer::intValue).toArray();
      BEGINS[c] = !ts.isEmpty();
    }
    java.util.Arrays.fill(BY_FIRST_TWO, NONE);
    for (char c = 0; c < 128; c++) {
      for (char d = 0; d < 128; d++) {
        List<Integer> ts = new ArrayList<>();
        for (int k : BY_FIRST[c]) {
          for (String form : FORMS[k]) {
            if (form.length() < 2 || form.charAt(1) == d) {
              ts.add(k);
              break;
            }
          }
        }
        if (!ts.isEmpty()) {
          BY_FIRST_TWO[c * 128 + d] = ts.stream().mapToInt(Integer::intValue).toArray();
        }
        for (int k : BY_FIRST_TWO[c * 128 + d]) {
          for (String form : FORMS[k]) {
            if (form.length() < 3) {
              SHORT[c * 128 + d] = true;
            } else if (form.charAt(1) == d && form.charAt(2) < 64) {
              THIRD_LOW[c * 128 + d] |= 1L << form.charAt(2);
            } else if (form.charAt(1) == d && form.charAt(2) < 128) {
              THIRD_HIGH[c * 128 + d] |= 1L << (form.charAt(2) - 64);
            } else if (form.charAt(1) == d) {
              SHORT[c * 128 + d] = true; // a third letter beyond ASCII: let every text through
            }
          }
        }
      }
    }
  }

  private MentionScanner() {}

  private static String[][] byFirstLetter(String[] words) {
    String[][] out = new String[128][];
    for (char c = 0; c < 128; c++) {
      final char first = c;
      out[c] = java.util.Arrays.stream(words).filter(w -> w.charAt(0) == first).toArray(String[]::new);
    }
    return out;
  }

  /** The issuer stop words that begin with {@code c}, in order. */
  private static String[] issuerStopsAt(char c) {
    return c < 128 ? ISSUER_STOPS_BY_FIRST[c] : ISSUER_STOPS_BY_FIRST[0];
  }

  static List<Mention> scan(String text, int from, int to) {
    char[] chars = MatchText.foldChars(text, from, to);
    return scan(text, from, new String(chars), chars);
  }

  /**
   * {@link #scan(String, int, int)} given {@code f}, the {@link MatchText#fold} of the
   * stretch, and {@code chars}, its characters ({@link MatchText#foldChars}), which the one
   * loop over every character reads: cheaper than {@link String#charAt}.
   */
  static List<Mention> scan(String text, int from, String f, char[] chars) {
    List<Mention> out = new ArrayList<>();
    Map<ShortKey, Mention> shortForms = new HashMap<>(); // (type, sequence) -> full mention
    int i = 0;
    while ((i = nextCandidate(text, from, chars, i)) < chars.length) {
      i = readAt(text, from, f, chars, i, out, shortForms);
    }
    return out;
  }

  /** The indices of the forms that can begin at {@code i} of {@code chars} (by their first two letters). */
  private static int[] candidatesAt(char[] chars, int i) {
    char c0 = chars[i];
    if (c0 >= 128) {
      return NONE;
    }
    char c1 = i + 1 < chars.length ? chars[i + 1] : 0x80;
    return c1 < 128 ? BY_FIRST_TWO[c0 * 128 + c1] : BY_FIRST[c0];
  }

  /**
   * Whether the first three letters at {@code i} of {@code chars} begin some spelling of a
   * form (the first two when the second is not ASCII): where this is false, no form of
   * {@link #candidatesAt} can match.
   */
  static boolean mayBeginForm(char[] chars, int i) {
    char c0 = chars[i];
    if (c0 >= 128 || !BEGINS[c0]) {
      return false; // most offsets: a letter no form begins with
    }
    char c1 = i + 1 < chars.length ? chars[i + 1] : 0x80;
    if (c1 >= 128) {
      return true; // BY_FIRST[c0] holds a form
    }
    int pair = c0 * 128 + c1;
    if (SHORT[pair]) {
      return true;
    }
    char c2 = i + 2 < chars.length ? chars[i + 2] : 0x80;
    return c2 < 64 ? (THIRD_LOW[pair] >>> c2 & 1) != 0 : c2 < 128 && (THIRD_HIGH[pair] >>> (c2 - 64) & 1) != 0;
  }

  /**
   * The first offset at or after {@code i} where a type word may begin: a letter that starts a
   * word (or a capital glued to a lower-case letter: {@code vàoNghị định}) and whose first three
   * letters begin some form; {@code chars.length} when there is none.
   */
  private static int nextCandidate(String text, int from, char[] chars, int i) {
    for (; i < chars.length; i++) {
      if (!mayBeginForm(chars, i)) {
        continue; // no type word begins here
      }
      boolean glued = i > 0 && MatchText.isWordChar(chars[i - 1]);
      if (Character.isLetter(chars[i]) && (!glued || Character.isUpperCase(text.charAt(from + i))
          && Character.isLowerCase(text.charAt(from + i - 1)))) {
        return i;
      }
    }
    return i;
  }

  /**
   * Reads the mentions that a type word at candidate {@code i} opens into {@code out} (and
   * the short forms they define into {@code shortForms}); returns where the scan goes on.
   */
  private static int readAt(String text, int from, String f, char[] chars, int i, List<Mention> out,
      Map<ShortKey, Mention> shortForms) {
    int wordLength = 0;
    DocumentType type = null;
    for (int t : candidatesAt(chars, i)) {
      int len = gluedWordAt(f, chars, i, FORM_CHARS[t]);
      if (len > 0) {
        wordLength = len;
        type = FORM_TYPES[t];
        break;
      }
    }
    if (wordLength == 0) {
      return i + 1;
    }
    int p = skipSpace(f, i + wordLength);
    // "số", or "Nghị địnhsố 65/…" glued on either side
    boolean so = MatchText.wordAt(f, p, "so") || f.startsWith("so", p) && p + 2 < f.length()
        && (Character.isDigit(f.charAt(p + 2)) || f.charAt(p + 2) == ' ' || f.charAt(p + 2) == ':');
    if (so) {
      p = skipSpace(f, p + 2);
      while (p < f.length() && f.charAt(p) == ':') {
        p = skipSpace(f, p + 1);
      }
    }
    int next = i + wordLength;
    if (p < f.length() && Character.isDigit(f.charAt(p))) {
      List<Mention> found = numbered(text, from, f, i, p, type, so);
      if (!found.isEmpty()) {
        out.addAll(found);
        Mention last = found.get(found.size() - 1);
        defineShortForm(text, from, f, last, shortForms);
        for (Mention m : found) {
          if (m.number().isPresent()) {
            shortForms.putIfAbsent(ShortKey.of(m.type(), m.number().get().sequence()), m);
          }
        }
        next = Math.max(next, last.end() - from);
      } else if (type != null) {
        Mention s = shortForm(f, from, i, p, type, shortForms);
        if (s != null) {
          out.add(s);
          next = Math.max(next, s.numberEnd() - from);
        }
      }
    } else if ((type == DocumentType.LUAT || type == DocumentType.PHAP_LENH)
        && (Character.isUpperCase(text.charAt(from + i)) || preceded(f, i, "bo"))
        && !preceded(f, i, "phap") && !preceded(f, i, "thao")) {
      Mention law = law(text, from, f, i, type);
      if (law != null) {
        out.add(law);
      }
    }
    return next;
  }

  /**
   * The length of type word {@code w} at {@code i}: as written, without its inner space
   * ({@code Nghịđịnh}), or glued to a following {@code số} ({@code Nghị địnhsố}); 0 if absent.
   * {@code chars} are the characters of {@code f}.
   */
  private static int gluedWordAt(String f, char[] chars, int i, char[][] forms) {
    for (char[] form : forms) {
      int e = i + form.length;
      // the first two characters matched the index; the last one decides most misses cheaply
      if (e > chars.length || chars[e - 1] != form[form.length - 1]
          || !java.util.Arrays.equals(chars, i, e, form, 0, form.length)) {
        continue;
      }
      if (e >= f.length() || !MatchText.isWordChar(f.charAt(e))) {
        return form.length;
      }
      if (f.startsWith("so", e) && (e + 2 >= f.length() || f.charAt(e + 2) == ' ' || Character.isDigit(f.charAt(e + 2)))) {
        return form.length;
      }
    }
    return 0;
  }

  private static boolean preceded(String f, int i, String word) {
    int e = i;
    while (e > 0 && f.charAt(e - 1) == ' ') {
      e--;
    }
    return e >= word.length() && f.startsWith(word, e - word.length());
  }

  private static List<Mention> numbered(String text, int from, String f, int i, int p, DocumentType type,
      boolean so) {
    List<Mention> out = new ArrayList<>();
    // a shared-symbol list: "614, 615, 616-CV/VPTW"
    List<String> seqs = new ArrayList<>();
    int q = p;
    for (int round = 0; round < 12; round++) {
      Optional<NumberToken.Found> n = NumberToken.at(text, from + q);
      if (n.isPresent()) {
        DocumentNumber last = n.get().number();
        DocumentType t = typeOf(type, last);
        int numberEnd = n.get().end();
        Tail tail = tail(text, from, f, numberEnd - from);
        if (!seqs.isEmpty()) {
          String printed = last.printed();
          String symbol = printed.substring(last.sequence().length());
          for (String s : seqs) {
            DocumentNumber.parse(s + symbol).ifPresent(d -> out.add(new Mention(from + i, numberEnd, tail.end,
                typeOf(type, d), Optional.of(d), tail.date, tail.issuer, out.isEmpty(), true)));
          }
        }
        out.add(new Mention(from + i, numberEnd, tail.end, t, Optional.of(last), tail.date, tail.issuer,
            out.isEmpty(), !seqs.isEmpty()));
        return out;
      }
      int e = q;
      while (e < f.length() && Character.isDigit(f.charAt(e)) && e - q < 6) {
        e++;
      }
      if (e == q || !so) {
        return out;
      }
      int s = e;
      while (s < f.length() && (f.charAt(s) == ',' || f.charAt(s) == ' ')) {
        s++;
      }
      if (MatchText.wordAt(f, s, "va")) {
        s = skipSpace(f, s + 2);
      }
      if (s == e || s >= f.length() || !Character.isDigit(f.charAt(s))) {
        return out;
      }
      seqs.add(f.substring(q, e));
      q = s;
    }
    return out;
  }

  private static DocumentType typeOf(DocumentType word, DocumentNumber n) {
    if (word != null) {
      return word;
    }
    return n.type().orElse(DocumentType.CONG_VAN);
  }

  /** The date and issuer written after a number: ", ngày 19/9/2019 của Ban Bí thư". */
  private record Tail(Optional<LocalDate> date, Optional<String> issuer, int end) {}

  private static Tail tail(String text, int from, String f, int p) {
    int q = p;
    while (q < f.length() && q - p < 4 && (f.charAt(q) == ',' || f.charAt(q) == ' ' || f.charAt(q) == '\n')) {
      q++;
    }
    Optional<LocalDate> date = Optional.empty();
    int end = p;
    if (f.startsWith("ngay", q)) {
      Optional<VietDate.Found> d = VietDate.ngayAt(f, q);
      if (d.isPresent()) {
        date = Optional.of(d.get().date());
        end = d.get().end();
        q = end;
      }
    }
    int r = q;
    while (r < f.length() && r - q < 6 && (f.charAt(r) == ',' || Character.isWhitespace(f.charAt(r)))) {
      r++;
    }
    Optional<String> issuer = Optional.empty();
    if (MatchText.wordAt(f, r, "cua")) {
      int s = skipSpace(f, r + 3);
      int e = issuerEnd(text, from, f, s);
      String m = MatchText.collapse(text.substring(from + s, from + e));
      if (!m.isEmpty()) {
        issuer = Optional.of(m);
        end = e;
      }
    }
    return new Tail(date, issuer, from + end);
  }

  /**
   * Where the issuer's name that begins at {@code s} (after {@code của}) ends: at a
   * punctuation mark, a full stop, a paragraph break, a stop word or a type word; at most
   * {@link #ISSUER_REACH} characters on.
   */
  private static int issuerEnd(String text, int from, String f, int s) {
    int e = s;
    int limit = Math.min(f.length(), s + ISSUER_REACH);
    while (e < limit) {
      char c = f.charAt(e);
      if (c == ',' || c == ';' || c == '(' || c == ':' || c == '"' || c == '“' || c == '”'
          || c == '.' && (e + 1 >= f.length() || Character.isWhitespace(f.charAt(e + 1)))
          || c == '\n' && e + 1 < f.length() && f.charAt(e + 1) == '\n' && e + 2 < f.length()
             && !lowerCaseAt(text, from + skipSpace(f, e + 1))) {
        return e;
      }
      if (e > s && f.charAt(e - 1) == ' ' && stopsIssuer(f, e, c)) {
        return e;
      }
      e++;
    }
    return e;
  }

  /** Whether a stop word or a type word begins at the word start {@code e} ({@code c} its first character). */
  private static boolean stopsIssuer(String f, int e, char c) {
    for (String stop : issuerStopsAt(c)) {
      if (MatchText.wordAt(f, e, stop)) {
        return true;
      }
    }
    return TypeWords.at(f, e).isPresent();
  }

  /** "(Chỉ thị 28)" right after a full mention defines a short form. */
  private static void defineShortForm(String text, int from, String f, Mention full, Map<ShortKey, Mention> forms) {
    int p = full.end() - from;
    int limit = Math.min(f.length(), p + 40);
    int open = indexOf(f, '(', p, limit);
    if (open < 0) {
      return;
    }
    int close = indexOf(f, ')', open, Math.min(f.length(), open + 40));
    if (close < 0) {
      return;
    }
    String inside = f.substring(open + 1, close).trim();
    for (TypeWords.Word w : TypeWords.all()) {
      if (inside.startsWith(w.folded())) {
        String rest = inside.substring(w.folded().length()).trim();
        if (rest.startsWith("so ")) {
          rest = rest.substring(3).trim();
        }
        if (!rest.isEmpty() && rest.chars().allMatch(Character::isDigit)) {
          forms.put(ShortKey.of(w.type(), rest), full);
        }
        return;
      }
    }
  }

  private static Mention shortForm(String f, int from, int i, int p, DocumentType type, Map<ShortKey, Mention> forms) {
    int e = p;
    while (e < f.length() && Character.isDigit(f.charAt(e)) && e - p < 6) {
      e++;
    }
    if (e < f.length() && (Character.isLetterOrDigit(f.charAt(e)) || f.charAt(e) == '/' || f.charAt(e) == '-')) {
      return null;
    }
    Mention full = forms.get(ShortKey.of(type, f.substring(p, e)));
    if (full == null) {
      return null;
    }
    return new Mention(from + i, from + e, from + e, full.type(), full.number(), Optional.empty(),
        Optional.empty(), true, false);
  }

  /** Whether a lower-case letter stands at {@code i} of {@code text} (false past its end). */
  private static boolean lowerCaseAt(String text, int i) {
    return i < text.length() && Character.isLowerCase(text.charAt(i));
  }

  /** What a short form is looked up by: the type and the sequence without its leading zeros. */
  private record ShortKey(DocumentType type, String sequence) {
    static ShortKey of(DocumentType type, String seq) {
      return new ShortKey(type, withoutLeadingZeros(seq));
    }
  }

  /**
   * {@code seq} without the zeros that lead a digit ({@code 0012} → {@code 12}, {@code 000} →
   * {@code 0}): what {@code seq.replaceFirst("^0+(?=\\d)", "")} gives, without a regex.
   */
  static String withoutLeadingZeros(String seq) {
    int z = 0;
    while (z < seq.length() && seq.charAt(z) == '0') {
      z++;
    }
    if (z == 0) {
      return seq;
    }
    if (z < seq.length() && seq.charAt(z) >= '0' && seq.charAt(z) <= '9') {
      return seq.substring(z);
    }
    return z >= 2 ? seq.substring(z - 1) : seq; // the last zero is the digit the others lead
  }

  /** A law by name and full date: "Luật Xuất bản ngày 03-12-2004". */
  private static Mention law(String text, int from, String f, int i, DocumentType type) {
    int limit = Math.min(f.length(), i + LAW_REACH);
    int p = i + 4;
    while (p < limit) {
      char c = f.charAt(p);
      if (c == ';' || c == '(' || c == '.' && p + 1 < f.length() && Character.isWhitespace(f.charAt(p + 1))) {
        return null;
      }
      if (p > 0 && !MatchText.isWordChar(f.charAt(p - 1))) {
        if (MatchText.wordAt(f, p, "ngay")) {
          Optional<VietDate.Found> d = VietDate.afterNgay(f, p, p + 5);
          if (d.isPresent()) {
            return new Mention(from + i, from + i + type.heading().length(), from + d.get().end(), type,
                Optional.empty(), Optional.of(d.get().date()), Optional.empty(), true, false);
          }
        }
        if (MatchText.wordAt(f, p, "nam") || MatchText.wordAt(f, p, "so")) {
          return null;
        }
        Optional<TypeWords.Word> w = TypeWords.at(f, p);
        if (w.isPresent() && Character.isUpperCase(text.charAt(from + p))) {
          return null;
        }
      }
      p++;
    }
    return null;
  }

  private static int indexOf(String f, char c, int from, int to) {
    for (int i = Math.max(0, from); i < to; i++) {
      if (f.charAt(i) == c) {
        return i;
      }
    }
    return -1;
  }

  private static int skipSpace(String f, int p) {
    int n = 0;
    while (p < f.length() && n < 12 && Character.isWhitespace(f.charAt(p))) {
      p++;
      n++;
    }
    return p;
  }
}
