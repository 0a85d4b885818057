package io.github.vanban.parser.header;

import io.github.vanban.core.DocumentType;
import io.github.vanban.core.Span;
import io.github.vanban.parser.segment.Segment;
import io.github.vanban.parser.text.MatchText;
import io.github.vanban.parser.text.NumberToken;
import io.github.vanban.parser.text.TextLine;
import io.github.vanban.parser.text.Titles;
import io.github.vanban.parser.text.TypeWords;
import io.github.vanban.parser.text.VietDate;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Reads what a text without a header of its own says about the document it carries or
 * reports: {@code Ngày 15/9/2020, UBND tỉnh Sơn La đã ban hành Kế hoạch số 2933/UBND-KT về
 * việc …}, a web title {@code Công văn số 293-CV/TW, ngày 14/10/1999 của Bộ Chính trị về việc
 * …}, {@code Ban Thường vụ Thành ủy Cần Thơ vừa có công văn …}, {@code Cục TGPL đề nghị …}.
 */
final class ReportedHeader {
  private static final int WINDOW = 5000;
  private static final String[] AGENCY_WORDS = {"uy ban", "ubnd", "ban ", "bo ", "so ", "cuc ", "tinh uy",
      "thanh uy", "huyen uy", "dang uy", "chinh phu", "thu tuong", "chu tich", "van phong", "hoi dong",
      "hdnd", "phong ", "mat tran", "lien hiep", "hoi ", "doan ", "vien ", "quoc hoi", "truong", "bo chinh tri",
      "tinh doan", "cong an", "toa an"};

  private ReportedHeader() {}

  /** What was found; any part may be null. */
  record Found(NumberToken.Found number, DocumentType type, LocalDate date, Span dateSpan,
      String subject, Span subjectSpan, String issuer, Span issuerSpan) {}

  static Found find(String text, Segment segment, List<TextLine> lines, int headingStart) {
    int base = segment.start();
    int end = Math.min(segment.end(), base + WINDOW);
    String window = text.substring(base, end);
    String f = MatchText.fold(window);
    int headingAt = headingStart < end ? headingStart - base : -1;
    // "… (đã|vừa) ban hành <Type> số <number> …"
    for (int i = f.indexOf("ban hanh"); i >= 0; i = f.indexOf("ban hanh", i + 8)) {
      if (headingAt >= 0 && i > headingAt) {
        break;
      }
      int p = skipSpace(f, i + 8);
      Optional<TypeWords.Word> w = TypeWords.at(f, p);
      if (w.isEmpty()) {
        continue;
      }
      Optional<NumberToken.Found> n = numberAfterType(text, base, f, p + w.get().folded().length());
      if (n.isEmpty()) {
        continue;
      }
      int sentence = sentenceStart(f, i);
      Clause issuer = issuerBefore(text, base, f, sentence, i);
      return complete(text, base, f, w.get().type(), n.get(), sentence, issuer);
    }
    // a title line: "(Quyết định số 283-QĐ/TW ngày 26-1-2010 …", "Công văn số 293-CV/TW, ngày …"
    int count = 0;
    for (TextLine l : lines) {
      if (count++ > 14 || l.start() - base > WINDOW) {
        break;
      }
      int at = l.indent();
      while (at < l.fold().length() && (l.fold().charAt(at) == '(' || l.fold().charAt(at) == ' ')) {
        at++;
      }
      Optional<TypeWords.Word> w = TypeWords.at(l.fold(), at);
      if (w.isEmpty() || !Character.isUpperCase(l.clean().charAt(at))) {
        continue;
      }
      int p = at + w.get().folded().length();
      String after = l.fold().substring(p).trim();
      if (!after.startsWith("so")) {
        continue;
      }
      Optional<NumberToken.Found> n = numberAfterType(text, base, f, l.start() - base + p);
      if (n.isPresent()) {
        return complete(text, base, f, w.get().type(), n.get(), l.start() - base, null);
      }
    }
    // "… vừa có công văn …", "… đề nghị …"
    DocumentType type = null;
    if (f.contains("vua co cong van") || f.contains("vua co van ban") || f.contains("cong van dinh kem")
        || f.contains("van ban dinh kem")) {
      type = DocumentType.CONG_VAN;
    }
    for (String verb : new String[] {"vua co cong van", "vua co van ban", "de nghi", "yeu cau", "chi dao"}) {
      for (int i = f.indexOf(verb); i >= 0 && i < f.length(); i = f.indexOf(verb, i + verb.length())) {
        if (i > 0 && Character.isLetter(f.charAt(i - 1))) {
          continue;
        }
        if (f.startsWith(" cua", i + verb.length())) {
          continue;
        }
        Clause c = issuerBefore(text, base, f, sentenceStart(f, i), i);
        if (c != null) {
          return new Found(null, type, null, null, null, null, c.text, c.span);
        }
        break;
      }
    }
    return type == null ? null : new Found(null, type, null, null, null, null, null, null);
  }

  private record Clause(String text, Span span) {}

  private static Found complete(String text, int base, String f, DocumentType type, NumberToken.Found n,
      int sentence, Clause issuer) {
    int p = n.end() - base;
    LocalDate date = null;
    Span dateSpan = null;
    Optional<VietDate.Found> d = VietDate.afterNgay(f, p, Math.min(f.length(), p + 12));
    if (d.isPresent()) {
      date = d.get().date();
      dateSpan = Span.in(text, base + d.get().start(), base + d.get().end());
      p = d.get().end();
    } else {
      Optional<VietDate.Found> before = VietDate.afterNgay(f, sentence, n.start() - base);
      if (before.isEmpty()) {
        int q = skipSpace(f, sentence);
        Optional<VietDate.Found> bare = VietDate.at(f, q);
        before = bare;
      }
      if (before.isPresent()) {
        date = before.get().date();
        dateSpan = Span.in(text, base + before.get().start(), base + before.get().end());
      }
    }
    // "của <issuer>" right after
    int q = skipSpace(f, skipPunct(f, p));
    if (issuer == null && MatchText.wordAt(f, q, "cua")) {
      int s = skipSpace(f, q + 3);
      int e = s;
      while (e < f.length() && f.charAt(e) != '\n' && f.charAt(e) != ',' && f.charAt(e) != ';'
          && !MatchText.wordAt(f, e, "ve") && e - s < 120) {
        e++;
      }
      String mention = MatchText.collapse(text.substring(base + s, base + e));
      if (!mention.isEmpty()) {
        issuer = new Clause(mention, Span.in(text, base + s, base + e));
        p = e;
      }
    }
    // subject: "về việc …", "về …"
    String subject = null;
    Span subjectSpan = null;
    int r = skipSpace(f, skipPunct(f, p));
    if (MatchText.wordAt(f, r, "ve") || f.startsWith("v/v", r)) {
      int e = r;
      while (e < f.length() && f.charAt(e) != '\n' && e - r < 400
          && !(f.charAt(e) == '.' && (e + 1 >= f.length() || Character.isWhitespace(f.charAt(e + 1))))) {
        e++;
      }
      String s = HeaderReader.stripLead(MatchText.collapse(text.substring(base + r, base + e)));
      if (!s.isEmpty()) {
        subject = s;
        subjectSpan = Span.in(text, base + r, base + e);
      }
    }
    return new Found(n, type, date, dateSpan, subject, subjectSpan,
        issuer == null ? null : issuer.text, issuer == null ? null : issuer.span);
  }

  private static Optional<NumberToken.Found> numberAfterType(String text, int base, String f, int p) {
    int q = skipSpace(f, p);
    if (MatchText.wordAt(f, q, "so")) {
      q = skipSpace(f, q + 2);
    }
    while (q < f.length() && f.charAt(q) == ':') {
      q = skipSpace(f, q + 1);
    }
    if (q < f.length() && Character.isDigit(f.charAt(q))) {
      return NumberToken.at(text, base + q);
    }
    return Optional.empty();
  }

  private static Clause issuerBefore(String text, int base, String f, int sentence, int verb) {
    int s = sentence;
    int e = verb;
    String c = text.substring(base + s, base + e);
    // the part after the last comma: "Theo đó, Chủ tịch UBND tỉnh", "Ngày 15/9/2020, UBND tỉnh …"
    int comma = c.lastIndexOf(',');
    if (comma >= 0) {
      s += comma + 1;
    }
    String fc = f.substring(s, e);
    int lead = 0;
    while (lead < fc.length() && (Character.isWhitespace(fc.charAt(lead)))) {
      lead++;
    }
    // "Ngày 29 tháng 12/2020  Ban Thường vụ …"
    if (MatchText.wordAt(fc, lead, "ngay")) {
      Optional<VietDate.Found> d = VietDate.afterNgay(fc, lead, lead + 5);
      if (d.isPresent()) {
        lead = d.get().end();
      }
    }
    // "(TGCT) Ban Thường vụ …"
    while (true) {
      int l2 = lead;
      while (l2 < fc.length() && Character.isWhitespace(fc.charAt(l2))) {
        l2++;
      }
      if (l2 < fc.length() && fc.charAt(l2) == '(') {
        int close = fc.indexOf(')', l2);
        if (close < 0) {
          break;
        }
        lead = close + 1;
      } else {
        lead = l2;
        break;
      }
    }
    int absStart = base + s + lead;
    int absEnd = base + e;
    String m = text.substring(absStart, absEnd);
    String mf = MatchText.fold(m);
    for (String tail : new String[] {" da", " vua", " cung", " da co", " vua co"}) {
      if (mf.stripTrailing().endsWith(tail)) {
        int cut = mf.stripTrailing().length() - tail.length();
        m = m.substring(0, cut);
        mf = mf.substring(0, cut);
      }
    }
    m = MatchText.collapse(m);
    // a leading all-caps tag ("BNEWS Phó Thủ tướng …")
    String[] words = m.split(" ");
    if (words.length > 1 && words[0].length() >= 4 && words[0].chars().allMatch(ch -> ch < 0x80 && Character.isUpperCase(ch))
        && !words[0].equals("UBND") && !words[0].equals("HĐND") && Character.isUpperCase(words[1].charAt(0))) {
      int cut = m.indexOf(' ');
      absStart += text.substring(absStart, absEnd).indexOf(words[1]);
      m = m.substring(cut + 1);
      words = m.split(" ");
    }
    if (m.isEmpty() || words.length > 14 || !Character.isUpperCase(m.charAt(0))) {
      return null;
    }
    String folded = MatchText.fold(m) + " ";
    boolean agency = false;
    for (String a : AGENCY_WORDS) {
      if (folded.contains(a)) {
        agency = true;
        break;
      }
    }
    if (!agency) {
      return null;
    }
    // "Phó Thủ tướng Lê Minh Khái" → the title stands for the office
    Optional<Titles.Title> t = Titles.at(MatchText.fold(m), 0);
    if (t.isPresent()) {
      String rest = m.substring(t.get().folded().length()).trim();
      String[] rw = rest.split(" ");
      boolean name = rw.length >= 2 && rw.length <= 4;
      for (String w : rw) {
        if (w.isEmpty() || !Character.isUpperCase(w.charAt(0)) || w.equals("UBND")
            || MatchText.fold(w).equals("uy") || w.chars().skip(1).anyMatch(Character::isUpperCase)) {
          name = false;
        }
      }
      if (name) {
        m = m.substring(0, t.get().folded().length());
      }
    }
    int spanEnd = Math.min(absEnd, absStart + m.length());
    return new Clause(m, Span.in(text, absStart, Math.max(absStart, spanEnd)));
  }

  private static int sentenceStart(String f, int i) {
    int s = i;
    int floor = Math.max(0, i - 300);
    while (s > floor) {
      char c = f.charAt(s - 1);
      if (c == '\n' || c == ':' || (c == '.' && s < f.length() && Character.isWhitespace(f.charAt(s)))) {
        break;
      }
      s--;
    }
    return s;
  }

  private static int skipSpace(String f, int p) {
    while (p < f.length() && Character.isWhitespace(f.charAt(p))) {
      p++;
    }
    return p;
  }

  private static int skipPunct(String f, int p) {
    while (p < f.length() && (f.charAt(p) == ',' || f.charAt(p) == ' ')) {
      p++;
    }
    return p;
  }
}
