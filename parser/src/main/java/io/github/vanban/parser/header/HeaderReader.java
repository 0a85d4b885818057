package io.github.vanban.parser.header;

import com.google.common.collect.ImmutableList;
import io.github.vanban.core.Agency;
import io.github.vanban.core.Document.Field;
import io.github.vanban.core.DocumentNumber;
import io.github.vanban.core.DocumentType;
import io.github.vanban.core.Span;
import io.github.vanban.parser.agency.AgencyResolver;
import io.github.vanban.parser.agency.Locality;
import io.github.vanban.parser.segment.Segment;
import io.github.vanban.parser.text.FoldedPhrase;
import io.github.vanban.parser.text.MatchText;
import io.github.vanban.parser.text.NumberToken;
import io.github.vanban.parser.text.TextLine;
import io.github.vanban.parser.text.TypeWords;
import io.github.vanban.parser.text.VietDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the header of a document: issuing body, motto lines (skipped), number and symbol,
 * place and date, type heading, subject and addressees. Where the text has no header of its
 * own (a news report about a document, a web page that titles the document), the same facts
 * are read from the sentence that reports it ({@link ReportedHeader}). Thread-safe.
 */
public final class HeaderReader {
  /** Lines of a segment that may hold its header. */
  static final int MAX_LINES = 90;
  /** Characters of a long (flattened) line searched for header facts. */
  static final int INLINE_WINDOW = 900;
  private static final int BODY_LINE = 200;
  /** The word before a date, looked for in a line before the line is folded. */
  private static final FoldedPhrase NGAY = new FoldedPhrase("ngay");
  /** The words one of which every motto holds ({@link #mottoAt}). */
  private static final FoldedPhrase DOC_LAP = new FoldedPhrase("doc lap");
  private static final FoldedPhrase CONG = new FoldedPhrase("cong");
  private static final FoldedPhrase CHU_NGHIA = new FoldedPhrase("chu nghia");

  private final AgencyResolver agencies;

  public HeaderReader(AgencyResolver agencies) {
    this.agencies = agencies;
  }

  /** The header of the document in {@code segment} of {@code text}. */
  public Header read(String text, Segment segment) {
    return read(text, segment, TextLine.of(text, segment.start(), segment.end(), MAX_LINES));
  }

  /**
   * The header of the document in {@code segment} of {@code text}, given {@code lines}, the
   * lines of the segment from its first on, as {@link TextLine#of} splits them (all of them or
   * at least {@value #MAX_LINES}; only the first {@value #MAX_LINES} are read): a caller that
   * has split the segment already need not split it again.
   */
  public Header read(String text, Segment segment, List<TextLine> lines) {
    if (lines.size() > MAX_LINES) {
      lines = lines.subList(0, MAX_LINES);
    }
    Reading r = new Reading(text, segment, lines);
    r.run();
    return r.build(agencies);
  }

  /** The state of reading one header. */
  private static final class Reading {
    final String text;
    final Segment segment;
    final List<TextLine> lines;
    /** The lines of received stamps, which hold no header facts. */
    final BitSet skip = new BitSet();
    final Map<Field, Span> spans = new EnumMap<>(Field.class);
    final List<io.github.vanban.core.Receipt> receipts = new ArrayList<>();
    int firstBody;
    int numberLine = -1;
    int numberSo = -1;
    DocumentNumber number;
    DocumentType type;
    DocumentType reportedType;
    String place;
    java.time.LocalDate date;
    String subject;
    List<String> recipients = new ArrayList<>();
    String issuerMention;
    int headingLine = -1;
    String ofIssuer;
    int headerEnd;
    boolean reported;

    Reading(String text, Segment segment, List<TextLine> lines) {
      this.text = text;
      this.segment = segment;
      this.lines = lines;
      this.headerEnd = segment.start();
    }

    void run() {
      for (ReceiptStamp.Found s : ReceiptStamp.find(text, lines)) {
        receipts.add(s.receipt());
        for (int k = s.first(); k <= s.last(); k++) {
          skip.set(k);
        }
      }
      firstBody = lines.size();
      for (int i = 0; i < lines.size(); i++) {
        TextLine l = lines.get(i);
        // the collapsed line is never longer than the line: a short line needs no collapsing
        // (nor cleaning: the views have the length of the raw line)
        if (l.raw().length() <= BODY_LINE || skip.get(i) || l.blank()
            || MatchText.collapsedLength(l.clean(), BODY_LINE) <= BODY_LINE || l.upper(1)) {
          continue;
        }
        String lf = l.folded();
        if (!lf.startsWith("v/v") && !lf.startsWith("kinh gui") && !lf.startsWith("- kinh gui")) {
          firstBody = i;
          break;
        }
      }
      findNumber();
      findDate();
      findHeading();
      findSubject();
      findRecipients();
      findIssuerLines();
      if (number == null || issuerMention == null && ofIssuer == null) {
        int before = headingLine >= 0 ? lines.get(headingLine).start() : segment.end();
        ReportedHeader.Found rep = ReportedHeader.find(text, segment, lines, before);
        if (rep != null) {
          if (number == null && rep.number() != null) {
            number = rep.number().number();
            spans.put(Field.NUMBER, Span.in(text, rep.number().start(), rep.number().end()));
            reported = true;
          } else if (number != null) {
            rep = new ReportedHeader.Found(null, null, null, null, null, null, rep.issuer(), rep.issuerSpan());
          }
          if (date == null && rep.date() != null) {
            date = rep.date();
            if (rep.dateSpan() != null) {
              spans.put(Field.DATE, rep.dateSpan());
            }
          }
          if (subject == null && rep.subject() != null) {
            subject = rep.subject();
            spans.put(Field.SUBJECT, rep.subjectSpan());
          }
          if (issuerMention == null && ofIssuer == null && rep.issuer() != null) {
            issuerMention = rep.issuer();
            spans.put(Field.ISSUER, rep.issuerSpan());
          }
          if (reported || number == null) {
            reportedType = rep.type();
          }
          if (rep.number() == null && number == null) {
            reported = true;
          }
        }
      }
    }

    Header build(AgencyResolver agencies) {
      var b = Header.builder();
      if (number != null) {
        b.number(number);
      }
      DocumentType t = type;
      if (t == null && reportedType != null) {
        t = reportedType;
      }
      if (t == null && number != null) {
        t = number.type().orElse(null);
      }
      if (t == null && subject != null && spans.containsKey(Field.SUBJECT)
          && MatchText.fold(spans.get(Field.SUBJECT).text()).trim().startsWith("v/v")) {
        t = DocumentType.CONG_VAN;
      }
      b.type(t == null ? DocumentType.OTHER : t);
      String mention = issuerMention != null ? issuerMention : ofIssuer;
      Locality locality = Locality.NONE;
      if (mention != null) {
        AgencyResolver.Reading reading = agencies.reading(mention); // its words read once
        locality = reading.locality();
        Optional<Agency> issuer = reading.resolve(locality);
        if (issuer.isPresent() && issuer.get().locality().isEmpty() && locality.province().isEmpty()
            && issuer.get().level() != io.github.vanban.core.Level.CENTRAL) {
          // a relative name with no place in the header ("Sở Nội vụ"): the province the text names
          Locality body = bodyLocality(agencies);
          if (body.province().isPresent()) {
            Optional<Agency> again = reading.resolve(body);
            if (again.isPresent()) {
              issuer = again;
              // a district header ("UBND / HUYỆN PHONG ĐIỀN") keeps its district in that province
              locality = new Locality(body.province(), body.city(), locality.district());
            }
          }
        }
        if (issuer.isPresent()) {
          b.issuer(issuer.get());
          b.level(issuer.get().level());
          if (locality.province().isEmpty() && issuer.get().locality().isPresent()) {
            locality = new Locality(issuer.get().locality(), false, locality.district());
          }
        }
      }
      b.locality(locality);
      if (place != null) {
        b.place(place);
      }
      if (date != null) {
        b.date(date);
      }
      if (subject != null && !subject.isBlank()) {
        b.subject(subject);
      }
      b.recipients(recipients);
      b.spans(spans);
      b.receipts(receipts);
      b.reported(reported);
      int body = reported ? segment.start() : Math.max(segment.start(), Math.min(headerEnd, segment.end()));
      b.bodyStart(body);
      return b.build();
    }

    /** The first province or city the text names ("… tỉnh Sơn La …"), for a header that names none. */
    private Locality bodyLocality(AgencyResolver agencies) {
      int end = Math.min(segment.end(), segment.start() + 6000);
      String f = MatchText.fold(text, segment.start(), end);
      for (String w : new String[] {"tinh ", "thanh pho "}) {
        for (int i = f.indexOf(w); i >= 0; i = f.indexOf(w, i + 1)) {
          if (i > 0 && Character.isLetter(f.charAt(i - 1))) {
            continue;
          }
          int s = segment.start() + i;
          int e = Math.min(end, s + w.length() + 30);
          int nl = text.indexOf('\n', s);
          if (nl >= 0 && nl < e) {
            e = nl;
          }
          String phrase = text.substring(s, e);
          char first = phrase.length() > w.length() ? phrase.charAt(w.length()) : ' ';
          if (!Character.isUpperCase(first)) {
            continue;
          }
          Locality l = agencies.localityOf(phrase);
          if (l.province().isPresent()) {
            return l;
          }
        }
      }
      return Locality.NONE;
    }

    // ---------------------------------------------------------------- number

    void findNumber() {
      int limit = Math.min(lines.size(), firstBody + 1);
      for (int i = 0; i < limit; i++) {
        if (skip.get(i)) {
          continue;
        }
        TextLine l = lines.get(i);
        int at = l.indent();
        // read in the raw line, folding only the characters compared
        String r = l.raw();
        if (MatchText.foldedStartsWith(r, at, "so") && (at + 2 >= r.length() || !Character.isLetter(MatchText.foldChar(r.charAt(at + 2))))) {
          Optional<NumberToken.Found> n = numberAfter(l.start() + at + 2, 40);
          if (n.isPresent()) {
            setNumber(i, n.get());
            numberSo = at;
            return;
          }
        }
      }
      // A flattened header: "… TRUNG ƯƠNG***Số: 367 - QĐ/TWĐTN-VP …", "* Số 09 KH/ĐU".
      for (int i = 0; i < limit; i++) {
        TextLine l = lines.get(i);
        if (skip.get(i) || l.length() < BODY_LINE) {
          continue;
        }
        int window = Math.min(l.raw().length(), INLINE_WINDOW);
        for (int j = l.raw().indexOf("Số", 0); j >= 0 && j < window; j = l.raw().indexOf("Số", j + 2)) {
          boolean left = j == 0 || l.clean().charAt(j - 1) == ' ';
          if (!left || j + 2 < l.raw().length() && Character.isLetter(l.raw().charAt(j + 2))) {
            continue;
          }
          Optional<NumberToken.Found> n = numberAfter(l.start() + j + 2, 12);
          if (n.isPresent() && n.get().number().printed().contains("/")) {
            setNumber(i, n.get());
            numberSo = j;
            return;
          }
        }
      }
    }

    private Optional<NumberToken.Found> numberAfter(int from, int maxGap) {
      int p = from;
      int end = Math.min(text.length(), from + maxGap);
      while (p < end && (text.charAt(p) == ' ' || text.charAt(p) == ':' || text.charAt(p) == '.'
          || text.charAt(p) == '\t' || text.charAt(p) == '\n')) {
        p++;
      }
      if (p < text.length() && Character.isDigit(text.charAt(p))) {
        return NumberToken.at(text, p);
      }
      return Optional.empty();
    }

    private void setNumber(int line, NumberToken.Found n) {
      numberLine = line;
      number = n.number();
      spans.put(Field.NUMBER, Span.in(text, n.start(), n.end()));
      headerEnd = Math.max(headerEnd, n.end());
    }

    // ---------------------------------------------------------------- date

    void findDate() {
      int limit = Math.min(lines.size(), firstBody + 1);
      for (int i = 0; i < limit; i++) {
        if (skip.get(i)) {
          continue;
        }
        TextLine l = lines.get(i);
        if (!NGAY.in(l.raw())) {
          continue; // most lines: learnt without folding them
        }
        int window = Math.min(l.fold().length(), INLINE_WINDOW);
        int j = MatchText.findWord(l.fold(), "ngay", 0, window);
        while (j >= 0) {
          if (tryDate(i, l, j)) {
            return;
          }
          j = MatchText.findWord(l.fold(), "ngay", j + 4, window);
        }
      }
    }

    private boolean tryDate(int i, TextLine l, int j) {
      int abs = l.start() + j;
      String f = MatchText.fold(text, abs, Math.min(segment.end(), abs + 60));
      Optional<VietDate.Found> d = VietDate.afterNgay(f, 0, 5);
      if (d.isEmpty()) {
        return false;
      }
      // the line before the date, without its trailing white space, ends at beforeEnd
      int beforeEnd = MatchText.strippedEnd(l.clean(), j);
      String placeText = null;
      int placeStart = -1;
      if (MatchText.commaBefore(l.clean(), j)) {
        placeStart = placeStart(l, beforeEnd - 1);
        if (placeStart >= 0) {
          placeText = l.raw().substring(placeStart, beforeEnd - 1).trim();
        }
      } else if (beforeEnd == 0 && i > 0) {
        TextLine prev = lines.get(i - 1);
        int pe = MatchText.strippedEnd(prev.clean(), prev.clean().length());
        if (MatchText.commaBefore(prev.clean(), pe)) {
          int ps = placeStart(prev, pe - 1);
          if (ps >= 0) {
            placeText = prev.raw().substring(ps, pe - 1).trim();
            placeStart = -2;
            spans.put(Field.PLACE, Span.in(text, prev.start() + ps, prev.start() + pe - 1));
          }
        }
      }
      boolean onNumberLine = i == numberLine || numberLine < 0 && l.length() < 120 && j == l.indent();
      if (placeText == null && !onNumberLine) {
        return false;
      }
      if (placeText != null && !placeText.isEmpty()) {
        place = MatchText.collapse(placeText);
        if (placeStart >= 0) {
          spans.put(Field.PLACE, Span.in(text, l.start() + placeStart,
              l.start() + placeStart + placeText.length()));
        }
      }
      date = d.get().date();
      spans.put(Field.DATE, Span.in(text, abs, abs + d.get().end()));
      headerEnd = Math.max(headerEnd, abs + d.get().end());
      return true;
    }

    /** Where the place name before a comma at {@code comma} begins: the title-case words. */
    private int placeStart(TextLine l, int comma) {
      String c = l.clean();
      int gap = c.lastIndexOf("   ", comma);
      int floor = gap >= 0 ? gap + 3 : 0;
      int p = comma;
      int start = -1;
      int words = 0;
      while (p > floor && words < 5) {
        int e = p;
        while (e > floor && c.charAt(e - 1) == ' ') {
          e--;
        }
        int s = e;
        while (s > floor && c.charAt(s - 1) != ' ') {
          s--;
        }
        if (s == e) {
          break;
        }
        String w = c.substring(s, e);
        if (!titleWord(w)) {
          break;
        }
        start = s;
        words++;
        p = s;
      }
      if (start < 0) {
        // an upper-case place alone before the comma: "HÀ NỘI, ngày …"
        String before = c.substring(floor, comma).trim();
        if (!before.isEmpty() && before.split(" ").length <= 4 && l.upper(2)) {
          return c.indexOf(before, floor);
        }
      }
      return start;
    }

    private static boolean titleWord(String w) {
      if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) {
        return false;
      }
      if (w.length() <= 3 && w.endsWith(".")) {
        return true; // "TP.", "TX.", "Q." before a place name
      }
      boolean lower = false;
      for (int i = 1; i < w.length(); i++) {
        char ch = w.charAt(i);
        if (Character.isLowerCase(ch)) {
          lower = true;
        } else if (Character.isDigit(ch) || ch == '/') {
          return false;
        }
      }
      return lower || w.length() == 1;
    }

    // ---------------------------------------------------------------- type heading

    void findHeading() {
      int limit = Math.min(lines.size(), 45);
      for (int i = 0; i < limit; i++) {
        TextLine l = lines.get(i);
        if (skip.get(i) || l.blank() || i == numberLine && l.length() <= BODY_LINE) {
          continue;
        }
        int at = l.indent();
        if (l.length() <= BODY_LINE && !TypeWords.mayStartAt(l.raw(), at)) {
          continue; // neither a heading nor a glued one: no type word at the indent (the line is not folded)
        }
        String f = l.fold();
        Optional<TypeWords.Word> w = TypeWords.at(f, at);
        if (w.isEmpty()) {
          // glued: "QUYẾT ĐỊNHVề việc …"
          w = gluedHeading(l, at);
          if (w.isEmpty()) {
            if (l.length() > BODY_LINE) {
              inlineHeading(i, l);
              if (type != null) {
                return;
              }
            }
            continue;
          }
        }
        int wordEnd = at + w.get().folded().length();
        String rest = l.clean().substring(wordEnd);
        String restTrim = rest.trim();
        boolean upperWord = upperAt(l, at, wordEnd);
        if (restTrim.isEmpty()) {
          if (i >= firstBody && !upperWord && !lowerNext(i)) {
            continue;
          }
          setHeading(i, l, at, wordEnd, w.get().type());
          return;
        }
        String restFold = MatchText.fold(restTrim);
        if (upperWord && restFold.startsWith("cua ")) {
          setHeading(i, l, at, wordEnd, w.get().type());
          ofIssuer = MatchText.collapse(restTrim.substring(4));
          return;
        }
        if (restTrim.startsWith(":") && i < firstBody) {
          setHeading(i, l, at, wordEnd, w.get().type());
          setSubjectInline(l, wordEnd + rest.indexOf(':') + 1, l.clean().length());
          return;
        }
        if (upperWord && i <= firstBody && (!Character.isUpperCase(restTrim.charAt(0))
            || l.length() > BODY_LINE)) {
          // "KẾ HOẠCH kiểm điểm, đánh giá …" in a flattened header
          if (numberLine >= 0 || l.length() > BODY_LINE) {
            setHeading(i, l, at, wordEnd, w.get().type());
            setSubjectInline(l, wordEnd, l.clean().length());
            return;
          }
        }
      }
    }

    /** Whether the next non-blank line starts with a lower-case letter (a title under a heading). */
    private boolean lowerNext(int i) {
      for (int k = i + 1; k < lines.size() && k < i + 4; k++) {
        if (!lines.get(k).blank()) {
          return startsLower(lines.get(k));
        }
      }
      return false;
    }

    private Optional<TypeWords.Word> gluedHeading(TextLine l, int at) {
      if (at >= l.fold().length()) {
        return Optional.empty();
      }
      for (TypeWords.Word w : TypeWords.startingWith(l.fold().charAt(at))) {
        int e = at + w.folded().length();
        if (l.fold().startsWith(w.folded(), at) && e < l.fold().length()
            && upperAt(l, at, e) && Character.isLowerCase(l.clean().charAt(e))
            && Character.isUpperCase(l.clean().charAt(e - 1))) {
          return Optional.of(w);
        }
      }
      return Optional.empty();
    }

    /** A heading inside a flattened line, after the number: "… 2020 KẾ HOẠCH kiểm điểm …". */
    private void inlineHeading(int i, TextLine l) {
      int from = 0;
      if (i == numberLine && spans.containsKey(Field.NUMBER)) {
        from = spans.get(Field.NUMBER).end() - l.start();
      } else if (numberLine >= 0) {
        return;
      }
      int window = Math.min(l.fold().length(), from + INLINE_WINDOW);
      for (int p = from; p < window; p++) {
        if (p > 0 && MatchText.isWordChar(l.fold().charAt(p - 1)) && !Character.isLowerCase(l.clean().charAt(p))) {
          // allow a heading glued to the end of the previous upper-case word only when cased apart
          if (!(Character.isLowerCase(l.clean().charAt(p - 1)) && Character.isUpperCase(l.clean().charAt(p)))) {
            continue;
          }
        } else if (p > 0 && MatchText.isWordChar(l.fold().charAt(p - 1))) {
          continue;
        }
        for (TypeWords.Word w : TypeWords.startingWith(l.fold().charAt(p))) {
          int e = p + w.folded().length();
          if (e < l.fold().length() && l.fold().startsWith(w.folded(), p) && upperAt(l, p, e)
              && w.folded().contains(" ")) {
            char next = l.clean().charAt(e);
            int q = e;
            while (q < l.clean().length() && l.clean().charAt(q) == ' ') {
              q++;
            }
            if (q < l.clean().length() && (Character.isLowerCase(l.clean().charAt(q))
                || Character.isLowerCase(next)) || q < l.clean().length() && l.clean().startsWith("Về", q)) {
              setHeading(i, l, p, e, w.type());
              setSubjectInline(l, e, Math.min(l.clean().length(), e + 600));
              if (subject != null && truncated(subject)) {
                betterInline(i, w);
              }
              return;
            }
          }
        }
      }
    }

    private static boolean truncated(String s) {
      return s.endsWith("[.]") || s.endsWith("[...]") || s.endsWith("…") || s.endsWith("...");
    }

    /** A web preview cut the title short ("… đối[.]"): the full text may repeat the header below. */
    private void betterInline(int i, TypeWords.Word w) {
      String keep = subject;
      Span keepSpan = spans.get(Field.SUBJECT);
      for (int k = i + 1; k < lines.size() && k < i + 12; k++) {
        TextLine l = lines.get(k);
        if (l.length() <= BODY_LINE) {
          continue;
        }
        int window = Math.min(l.fold().length(), INLINE_WINDOW);
        int p = l.fold().indexOf(w.folded());
        if (p < 0 || p >= window || !upperAt(l, p, p + w.folded().length())) {
          continue;
        }
        subject = null;
        setSubjectInline(l, p + w.folded().length(), Math.min(l.clean().length(), p + w.folded().length() + 600));
        if (subject != null && !truncated(subject)) {
          return;
        }
      }
      subject = keep;
      spans.put(Field.SUBJECT, keepSpan);
    }

    private boolean upperAt(TextLine l, int from, int to) {
      boolean letter = false;
      for (int k = from; k < to; k++) {
        char ch = l.clean().charAt(k);
        if (Character.isLetter(ch)) {
          letter = true;
          if (Character.isLowerCase(ch)) {
            return false;
          }
        }
      }
      return letter;
    }

    private void setHeading(int i, TextLine l, int at, int end, DocumentType t) {
      headingLine = i;
      type = t;
      spans.put(Field.TYPE, Span.in(text, l.start() + at, l.start() + end));
      headerEnd = Math.max(headerEnd, l.start() + end);
    }

    // ---------------------------------------------------------------- subject

    private void setSubjectInline(TextLine l, int from, int to) {
      String c = l.clean();
      int s = from;
      while (s < to && (c.charAt(s) == ' ' || c.charAt(s) == ':')) {
        s++;
      }
      int e = s;
      // cut at a rule ("---"), a dashed item (" -Căn"), or an upper-case run of three words
      for (int k = s; k < to; k++) {
        char ch = c.charAt(k);
        if (ch == '-' && k + 1 < to && (c.charAt(k + 1) == '-' || k > s && c.charAt(k - 1) == ' '
            && k + 1 < to && c.charAt(k + 1) != ' ')) {
          break;
        }
        if (k > s && c.startsWith("Căn cứ", k)) {
          break;
        }
        if (k > s + 3 && c.charAt(k - 1) == ' ' && upperRun(c, k, to) >= 3) {
          break;
        }
        e = k + 1;
      }
      if (l.length() <= BODY_LINE) {
        e = to;
      }
      while (e > s && (c.charAt(e - 1) == ' ' || c.charAt(e - 1) == '.' || c.charAt(e - 1) == '[')) {
        e--;
      }
      if (e <= s) {
        return;
      }
      setSubject(l.start() + s, l.start() + e);
    }

    private static int upperRun(String c, int k, int to) {
      int words = 0;
      int p = k;
      while (p < to && words < 3) {
        int e = p;
        while (e < to && c.charAt(e) != ' ') {
          e++;
        }
        if (e == p) {
          break;
        }
        String w = c.substring(p, e);
        boolean up = w.chars().anyMatch(Character::isLetter)
            && w.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
        if (!up) {
          break;
        }
        words++;
        p = e + 1;
      }
      return words;
    }

    private void setSubject(int start, int end) {
      end = Math.min(end, start + 1000);
      String s = MatchText.collapse(text.substring(start, end));
      s = stripLead(s);
      s = withoutTrailingPunctuation(s);
      if (s.isEmpty()) {
        return;
      }
      subject = s;
      spans.put(Field.SUBJECT, Span.in(text, start, end));
      headerEnd = Math.max(headerEnd, end);
    }

    static String stripLead(String s) {
      return HeaderReader.stripLead(s);
    }

    void findSubject() {
      int limit = Math.min(lines.size(), firstBody + 1);
      // V/v …
      for (int i = 0; i < limit; i++) {
        if (skip.get(i)) {
          continue;
        }
        TextLine l = lines.get(i);
        if (l.raw().indexOf('/') < 0) {
          continue; // only '/' folds to '/': a line without one holds no "v/v" (and is not folded)
        }
        int j = l.fold().indexOf("v/v");
        if (j >= 0 && j < INLINE_WINDOW && (j == 0 || !Character.isLetter(l.fold().charAt(j - 1)))
            && (l.length() <= BODY_LINE || i == numberLine || j == l.indent())) {
          if (l.length() > BODY_LINE && j != l.indent()) {
            setSubjectInline(l, j, Math.min(l.length(), j + 400));
            return;
          }
          subjectLines(i, l.start() + j);
          return;
        }
      }
      // "Về …" under the number
      if (numberLine >= 0) {
        for (int i = numberLine; i < Math.min(limit, numberLine + 4); i++) {
          TextLine l = lines.get(i);
          if (skip.get(i) || l.blank()) {
            continue;
          }
          int at = i == numberLine ? -1 : l.indent();
          if (at >= 0 && MatchText.wordAt(l.fold(), at, "ve") && l.length() < BODY_LINE) {
            subjectLines(i, l.start() + at);
            return;
          }
        }
      }
      if (headingLine >= 0 && subject == null) {
        titleLines(headingLine + 1);
      }
    }

    /** Subject lines from {@code from} on line {@code i} down to a blank line or another part. */
    private void subjectLines(int i, int from) {
      int end = lines.get(i).end();
      for (int k = i + 1; k < lines.size() && k < i + 6; k++) {
        TextLine l = lines.get(k);
        if (l.blank() || skip.get(k) || isOtherPart(l)) {
          break;
        }
        end = l.end();
      }
      setSubject(from, end);
    }

    private boolean isOtherPart(TextLine l) {
      String f = l.folded();
      if (mottoAt(l) >= 0 || f.startsWith("kinh gui") || f.startsWith("- kinh gui") || f.startsWith("so:")) {
        return true;
      }
      int j = MatchText.findWord(l.fold(), "ngay", 0, l.fold().length());
      return j >= 0 && MatchText.commaBefore(l.clean(), j);
    }

    /** The title under a type heading: "KẾ HOẠCH / Triển khai thực hiện … / về …". */
    private void titleLines(int from) {
      int k = from;
      while (k < lines.size() && (lines.get(k).blank() || skip.get(k))) {
        k++;
      }
      if (k < lines.size() && lines.get(k).folded().startsWith("cua ") && lines.get(k).upper(3)) {
        if (ofIssuer == null) {
          ofIssuer = lines.get(k).collapsed().substring(4);
        }
        k++;
        while (k < lines.size() && (lines.get(k).blank() || skip.get(k))) {
          k++;
        }
      }
      if (k >= lines.size()) {
        return;
      }
      TextLine first = lines.get(k);
      String ff = first.folded();
      if (isOtherPart(first) || ff.startsWith("can cu") || ff.startsWith("(") || first.length() > 400) {
        return;
      }
      boolean upper = first.upper(3);
      int end = first.end();
      int last = k;
      for (int m = k + 1; m < lines.size() && m < k + 8; m++) {
        TextLine l = lines.get(m);
        if (skip.get(m)) {
          continue;
        }
        if (l.blank()) {
          int n = m + 1;
          while (n < lines.size() && lines.get(n).blank()) {
            n++;
          }
          if (n < lines.size() && !upper && startsLower(lines.get(n)) && lines.get(n).length() < BODY_LINE) {
            m = n - 1;
            continue;
          }
          break;
        }
        if (isOtherPart(l)) {
          break;
        }
        if (upper) {
          if (!l.upper(3) || authorityLine(m)) {
            break;
          }
        } else if (!startsLower(l)) {
          break;
        }
        end = l.end();
        last = m;
      }
      setSubject(first.start() + first.indent(), end);
      if (last >= 0) {
        headerEnd = Math.max(headerEnd, lines.get(last).end());
      }
    }

    /** An upper-case issuing line that stands before "Căn cứ …" in a decision. */
    private boolean authorityLine(int m) {
      int n = m + 1;
      while (n < lines.size() && lines.get(n).blank()) {
        n++;
      }
      if (n >= lines.size()) {
        return false;
      }
      String f = lines.get(n).folded();
      return f.startsWith("can cu") || f.startsWith("- can cu") || f.startsWith("xet ")
          || f.startsWith("theo de nghi");
    }

    private static boolean startsLower(TextLine l) {
      int at = l.indent();
      return at < l.clean().length() && Character.isLowerCase(l.clean().charAt(at));
    }

    // ---------------------------------------------------------------- recipients

    void findRecipients() {
      int limit = Math.min(lines.size(), Math.max(firstBody + 1, 60));
      for (int i = 0; i < limit; i++) {
        TextLine l = lines.get(i);
        if (l.length() > BODY_LINE) {
          continue;
        }
        // the folded line is read a character at a time: most lines are not "Kính gửi" lines
        String r = l.raw();
        int at = l.indent();
        while (at < r.length() && (MatchText.foldChar(r.charAt(at)) == '-' || MatchText.foldChar(r.charAt(at)) == ' ')) {
          at++;
        }
        if (!MatchText.foldedStartsWith(r, at, "kinh gui")) {
          continue;
        }
        String f = l.fold();
        int p = at + 8;
        while (p < f.length() && (f.charAt(p) == ':' || f.charAt(p) == ' ' || f.charAt(p) == '*')) {
          p++;
        }
        readRecipients(i, p);
        return;
      }
    }

    private void readRecipients(int i, int from) {
      List<int[]> items = new ArrayList<>(); // [start, end] offsets in text
      boolean dashed = false;
      int spanStart = lines.get(i).start() + from;
      int spanEnd = lines.get(i).end();
      // the rest of the Kính gửi line
      TextLine head = lines.get(i);
      String rest = head.clean().substring(Math.min(from, head.clean().length()));
      if (!rest.isBlank()) {
        int s = from;
        if (rest.trim().startsWith("-") || rest.trim().startsWith("–")) {
          dashed = true;
          s = head.clean().indexOf(rest.trim().charAt(0), from) + 1;
        }
        items.add(new int[] {head.start() + s, head.end()});
      }
      boolean blankBefore = false;
      int lastLine = i;
      for (int k = i + 1; k < lines.size() && k < i + 40; k++) {
        TextLine l = lines.get(k);
        if (skip.get(k)) {
          continue;
        }
        if (l.blank()) {
          blankBefore = true;
          continue;
        }
        String c = l.clean();
        int at = l.indent();
        char first = c.charAt(at);
        boolean dash = first == '-' || first == '–' || first == '+' || first == '•';
        if (dash) {
          if (MatchText.foldedStartsWith(c, MatchText.foldedTrimStart(c, at + 1, c.length()), "can cu")) {
            break;
          }
          dashed = true;
          items.add(new int[] {l.start() + at + 1, l.end()});
          spanEnd = l.end();
          lastLine = k;
          blankBefore = false;
          continue;
        }
        if (l.length() > BODY_LINE) {
          break;
        }
        boolean prevClosed = items.isEmpty() || endsClosed(items.get(items.size() - 1));
        if (dashed) {
          if (blankBefore) {
            break;
          }
          if (prevClosed) {
            items.add(new int[] {l.start() + at, l.end()});
          } else {
            items.get(items.size() - 1)[1] = l.end();
          }
        } else {
          if (blankBefore && !items.isEmpty()) {
            break;
          }
          if (items.isEmpty()) {
            items.add(new int[] {l.start() + at, l.end()});
          } else {
            items.get(items.size() - 1)[1] = l.end();
          }
        }
        spanEnd = l.end();
        lastLine = k;
        blankBefore = false;
      }
      List<String> out = new ArrayList<>();
      for (int[] it : items) {
        String s = MatchText.collapse(text.substring(it[0], it[1]));
        if (!dashed) {
          for (String part : s.split(";")) {
            addRecipient(out, part);
          }
        } else {
          addRecipient(out, s);
        }
      }
      recipients = out;
      if (!out.isEmpty()) {
        spans.put(Field.RECIPIENTS, Span.in(text, spanStart, Math.max(spanStart, spanEnd)));
        headerEnd = Math.max(headerEnd, lines.get(lastLine).end());
      }
    }

    private boolean endsClosed(int[] item) {
      String s = text.substring(item[0], item[1]).stripTrailing();
      return s.endsWith(",") || s.endsWith(";") || s.endsWith(".");
    }

    private static void addRecipient(List<String> out, String s) {
      String t = s.trim();
      while (!t.isEmpty() && "-–•+*".indexOf(t.charAt(0)) >= 0) {
        t = t.substring(1).trim();
      }
      while (!t.isEmpty() && ";,. ".indexOf(t.charAt(t.length() - 1)) >= 0) {
        t = t.substring(0, t.length() - 1);
      }
      t = t.trim();
      if (!t.isEmpty()) {
        out.add(t);
      }
    }

    // ---------------------------------------------------------------- issuer

    void findIssuerLines() {
      int anchor = issuerAnchor();
      if (anchor < 0) {
        return;
      }
      List<TextLine> got = new ArrayList<>();
      List<String> parts = new ArrayList<>();
      // where the issuer's words end on the last of its lines (a flattened line goes on past them)
      int issuerEnd = -1;
      for (int k = anchor; k >= 0 && got.size() < 4; k--) {
        TextLine l = lines.get(k);
        if (skip.get(k)) {
          if (!got.isEmpty()) {
            break;
          }
          continue;
        }
        String c = l.clean();
        int cut = c.length();
        int motto = mottoAt(l);
        if (motto >= 0) {
          cut = Math.min(cut, motto);
        }
        if (k == numberLine) {
          cut = Math.min(cut, Math.max(0, numberSo));
        }
        if (k == anchor && k == numberLine && cut <= l.indent()) {
          continue;
        }
        String part = c.substring(0, cut).trim();
        if (part.isEmpty() || isRule(part)) {
          if (!got.isEmpty() && l.blank()) {
            break;
          }
          continue;
        }
        if (isDateLine(l) && k != numberLine && part.length() == c.trim().length()) {
          continue;
        }
        if (!MatchText.upper(part, 1) || part.length() > 120 || isNumberLine(MatchText.fold(part).trim())) {
          break;
        }
        if (got.isEmpty()) {
          issuerEnd = l.start() + c.substring(0, cut).stripTrailing().length();
        }
        got.add(0, l);
        parts.add(0, MatchText.collapse(part));
      }
      if (!got.isEmpty() && numberLine >= 0 && lines.get(numberLine).length() > BODY_LINE
          && got.get(got.size() - 1) == lines.get(numberLine) && spans.containsKey(Field.NUMBER)) {
        Beside between = issuerBesideNumber();
        if (between != null) {
          parts.add(between.words());
          issuerEnd = between.end();
        }
      }
      if (!got.isEmpty()) {
        setIssuer(got, parts, issuerEnd);
      }
    }

    /**
     * The line the issuer's lines stand above: the number line or the first one the motto
     * opens, or -1.
     */
    private int issuerAnchor() {
      int limit = Math.min(lines.size(), firstBody + 1);
      for (int i = 0; i < limit; i++) {
        TextLine l = lines.get(i);
        int motto = i == numberLine ? -1 : mottoAt(l);
        if (i == numberLine || motto >= 0 && motto <= l.indent() + 1) {
          return i;
        }
      }
      return -1;
    }

    /** The issuer's words written beside the number, and the offset where they end. */
    private record Beside(String words, int end) {}

    /**
     * In a flattened two-column header ({@code BAN CHẤP HÀNH TRUNG ƯƠNG *** Số: 367-QĐ/…
     * ĐOÀN TNCS HỒ CHÍ MINH Hà Nội, ngày …}) the issuer's words between the number and the
     * place or date, or null.
     */
    private Beside issuerBesideNumber() {
      TextLine l = lines.get(numberLine);
      int from = spans.get(Field.NUMBER).end() - l.start();
      Span stop = spans.containsKey(Field.PLACE) ? spans.get(Field.PLACE) : spans.get(Field.DATE);
      int to = stop != null && stop.start() > l.start() ? stop.start() - l.start() : -1;
      if (to > from && to - from < 120) {
        String c = l.clean();
        to = Math.min(to, c.length());
        String between = MatchText.collapse(c.substring(from, to));
        String bf = MatchText.fold(between);
        if (MatchText.upper(between, 3) && !bf.contains("cong hoa") && !bf.contains("cong san") && !bf.contains("doc lap")) {
          while (to > from && c.charAt(to - 1) == ' ') {
            to--;
          }
          return new Beside(between, l.start() + to);
        }
      }
      return null;
    }

    /**
     * Records the issuer written on the lines {@code got} (one {@code part} each, and more),
     * whose words end at {@code end} on the last of them. A flattened line (a web copy that
     * lost its line breaks) goes on past the issuer with the rest of the header and the body:
     * the issuer, and the header, end where its words end, not where that line does.
     */
    private void setIssuer(List<TextLine> got, List<String> parts, int end) {
      issuerMention = String.join("\n", parts);
      TextLine a = got.get(0);
      TextLine z = got.get(got.size() - 1);
      int s = a.start() + a.indent();
      String zc = z.clean();
      int motto = mottoAt(z);
      int e = z.start() + (motto >= 0 ? zc.substring(0, motto).stripTrailing().length() : zc.stripTrailing().length());
      boolean flat = z.length() > BODY_LINE && end > s && end <= z.end();
      if (flat) {
        e = end;
      }
      if (e > s) {
        spans.put(Field.ISSUER, Span.in(text, s, e));
      }
      headerEnd = Math.max(headerEnd, flat ? e : z.end());
    }


    private boolean isDateLine(TextLine l) {
      int j = MatchText.findWord(l.fold(), "ngay", 0, l.fold().length());
      return j >= 0 && MatchText.commaBefore(l.clean(), j);
    }

    private static boolean isRule(String s) {
      for (int i = 0; i < s.length(); i++) {
        char ch = s.charAt(i);
        if (Character.isLetterOrDigit(ch)) {
          return false;
        }
      }
      return true;
    }
  }

  /**
   * {@code s} without the white space and punctuation ({@code [\\s.;,]}) that end it: what
   * {@code s.replaceAll("[\\s.;,]+$", "")} gives, without a regex. As there, a line terminator
   * outside that class ({@code U+0085}, {@code U+2028}, {@code U+2029}) that ends {@code s} stays,
   * and the run before it goes.
   */
  static String withoutTrailingPunctuation(String s) {
    int end = s.length();
    if (end > 0 && (s.charAt(end - 1) == '\u0085' || s.charAt(end - 1) == '\u2028' || s.charAt(end - 1) == '\u2029')) {
      end--;
    }
    int e = end;
    while (e > 0 && isTrailingPunctuation(s.charAt(e - 1))) {
      e--;
    }
    return e == end ? s : s.substring(0, e) + s.substring(end);
  }

  /** Whether {@code c} is in the regex class {@code [\\s.;,]}. */
  private static boolean isTrailingPunctuation(char c) {
    return isRegexSpace(c) || c == '.' || c == ';' || c == ',';
  }

  /**
   * Whether a folded issuer-line part is a number line ({@code số: 12/…}): what the regex
   * {@code so[:\\s]*\\d.*} matches whole, without a regex (the dot takes no line terminator).
   */
  static boolean isNumberLine(String f) {
    if (!f.startsWith("so")) {
      return false;
    }
    int p = 2;
    while (p < f.length() && (f.charAt(p) == ':' || isRegexSpace(f.charAt(p)))) {
      p++;
    }
    if (p >= f.length() || f.charAt(p) < '0' || f.charAt(p) > '9') {
      return false;
    }
    for (int k = p + 1; k < f.length(); k++) {
      char c = f.charAt(k);
      if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code c} is in the regex class {@code \\s}: a space, tab, line feed, vertical tab, form feed or carriage return. */
  private static boolean isRegexSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
  }

  /** {@code s} without a leading {@code V/v}, {@code Về việc} or {@code Về} and colon. */
  static String stripLead(String s) {
    String t = s.trim();
    for (int round = 0; round < 2; round++) {
      // the leads are read from the first eight characters: fold no more
      String f = MatchText.fold(t, 0, Math.min(t.length(), 8));
      for (String lead : new String[] {"v/v", "ve viec", "ve"}) {
        if (f.startsWith(lead) && (t.length() == lead.length() || !Character.isLetter(f.charAt(lead.length())))) {
          t = t.substring(lead.length()).trim();
          while (!t.isEmpty() && (t.charAt(0) == ':' || t.charAt(0) == '.')) {
            t = t.substring(1).trim();
          }
          break;
        }
      }
    }
    return t;
  }

  /** Where the national or Party motto begins in the line, or -1. */
  static int mottoAt(TextLine l) {
    // every motto phrase below holds "cong", "chu nghia" or "doc lap": looked for in the raw
    // line, which is folded only when it holds one
    String r = l.raw();
    if (!DOC_LAP.in(r) && !CONG.in(r) && !CHU_NGHIA.in(r)) {
      return -1;
    }
    String f = l.fold();
    int best = -1;
    for (String m : new String[] {"cong hoa xa", "chu nghia viet nam", "doc lap - tu do", "doc lap – tu do",
        "doc lap - tu", "dang cong san viet nam", "doc lap"}) {
      int j = f.indexOf(m);
      if (j >= 0 && (!m.equals("doc lap") || f.contains("hanh phuc") || f.contains("tu do"))) {
        best = best < 0 ? j : Math.min(best, j);
      }
    }
    return best;
  }
}
