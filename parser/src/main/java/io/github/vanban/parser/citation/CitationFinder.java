package io.github.vanban.parser.citation;

import com.google.common.collect.ImmutableList;
import io.github.vanban.core.Citation;
import io.github.vanban.core.Document;
import io.github.vanban.core.DocumentType;
import io.github.vanban.core.Relation;
import io.github.vanban.core.Span;
import io.github.vanban.parser.segment.DocumentContext;
import io.github.vanban.parser.segment.Segment;
import io.github.vanban.parser.text.MatchText;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds every document named in a document's header and body, by number or by type and
 * date, resolves short forms to their full form, and decides the relation (IMPLEMENTS,
 * BASIS, COPY_OF, REFERENCES). Thread-safe.
 *
 * <p>Relations follow the language of the documents: a document named in the subject line,
 * or at the head of the opening clause that states the purpose ({@code Thực hiện …}, {@code Để
 * thực hiện tốt …}, {@code Triển khai …}, {@code Về ý kiến chỉ đạo … tại …}, {@code … nhận được
 * Văn bản số …}, {@code Căn cứ …} outside a decision) is implemented; the {@code Căn cứ} lines of
 * a decision's preamble are its basis; a document named inside the description of another
 * ({@code Văn bản số 8485 … về triển khai Chỉ thị số 38 …}), or in an opening clause that
 * looks back ({@code …, sau hơn 10 năm, …}, {@code …, Ban Thường vụ Tỉnh ủy đã …}) is only
 * referenced, as is every other mention. The {@code Nơi nhận} list lies outside the body and
 * is never read.
 */
public final class CitationFinder {
  private static final Set<DocumentType> DECISIONS = Set.of(DocumentType.QUYET_DINH, DocumentType.NGHI_QUYET,
      DocumentType.NGHI_DINH, DocumentType.THONG_TU, DocumentType.LUAT, DocumentType.PHAP_LENH,
      DocumentType.QUY_DINH, DocumentType.QUY_CHE);

  /** The citations of the document, once each, in order of first mention. */
  public ImmutableList<Citation> find(DocumentContext context) {
    String text = context.text();
    Segment segment = context.segment();
    int from = context.bodyStart();
    Span subject = context.header().spans().get(Document.Field.SUBJECT);
    if (subject != null && subject.start() >= segment.start() && subject.start() < from) {
      from = subject.start();
    }
    int to = context.bodyEnd();
    if (to <= from) {
      return ImmutableList.of();
    }
    char[] foldedChars = MatchText.foldChars(text, from, to);
    String folded = new String(foldedChars);
    List<Mention> mentions = MentionScanner.scan(text, from, folded, foldedChars);
    if (mentions.isEmpty()) {
      return ImmutableList.of(); // nothing to relate: the opening is not read
    }
    String self = context.header().number().map(n -> n.key()).orElse(null);
    boolean decision = DECISIONS.contains(context.header().type());
    Relations relations = new Relations(text, from, to, folded, subject, decision,
        context.header().reported() || segment.kind() == Segment.Kind.REPORT && context.header().number().isEmpty()
            || context.header().reported());
    Map<String, Citation> out = new LinkedHashMap<>();
    for (int k = 0; k < mentions.size(); k++) {
      Mention m = mentions.get(k);
      String key = m.key();
      if (key.equals(self) || m.number().isEmpty() && m.date().isEmpty()) {
        continue;
      }
      Relation r = relations.of(mentions, k);
      Citation prev = out.get(key);
      if (prev == null) {
        var b = Citation.builder().type(m.type()).relation(r)
            .span(Span.in(text, m.start(), Math.max(m.start(), m.end())));
        m.number().ifPresent(b::number);
        m.date().ifPresent(b::date);
        m.issuer().flatMap(i -> context.agencies().resolve(i, context.header().locality()))
            .ifPresent(b::issuer);
        out.put(key, b.build());
      } else {
        var b = Citation.builder().from(prev);
        if (stronger(r, prev.relation())) {
          b.relation(r);
        }
        if (prev.date().isEmpty() && m.date().isPresent()) {
          b.date(m.date());
        }
        if (prev.issuer().isEmpty()) {
          m.issuer().flatMap(i -> context.agencies().resolve(i, context.header().locality()))
              .ifPresent(b::issuer);
        }
        out.put(key, b.build());
      }
    }
    return ImmutableList.copyOf(out.values());
  }

  private static boolean stronger(Relation a, Relation b) {
    return rank(a) > rank(b);
  }

  private static int rank(Relation r) {
    switch (r) {
      case COPY_OF:
        return 4;
      case IMPLEMENTS:
        return 3;
      case BASIS:
        return 2;
      default:
        return 1;
    }
  }

  /** Decides the relation of each mention from the words around it. */
  private static final class Relations {
    private static final int OPENING_REACH = 6000;
    final String text;
    final int from;
    final int to;
    final String f;
    final Span subject;
    final boolean decision;
    final boolean report;
    final int openingEnd;

    /** {@code folded} is the {@link MatchText#fold} of {@code [from, to)}; its opening is read. */
    Relations(String text, int from, int to, String folded, Span subject, boolean decision,
        boolean report) {
      this.text = text;
      this.from = from;
      this.to = to;
      // the fold maps char to char, so the fold of the opening is the opening of the fold
      this.f = folded.substring(0, Math.min(to, from + OPENING_REACH + 2000) - from);
      this.subject = subject;
      this.decision = decision;
      this.report = report;
      this.openingEnd = openingEnd();
    }

    /** Where the opening of the body ends: its first enumerated item ("1.", "I.", "Điều 1", "Thứ nhất"). */
    private int openingEnd() {
      int limit = Math.min(f.length(), OPENING_REACH);
      int lineStart = 0;
      while (lineStart < limit) {
        int nl = f.indexOf('\n', lineStart);
        int end = nl < 0 ? f.length() : nl;
        int k = lineStart;
        while (k < end && f.charAt(k) <= ' ') {
          k++; // what trim() drops
        }
        if (f.startsWith("dieu 1", k) || f.startsWith("thu nhat", k) || f.startsWith("1.", k)
            || f.startsWith("i.", k) || f.startsWith("quyet dinh:", k) || f.startsWith("a)", k)) {
          return lineStart;
        }
        if (nl < 0) {
          break;
        }
        lineStart = nl + 1;
      }
      return limit;
    }

    Relation of(List<Mention> all, int k) {
      Mention m = all.get(k);
      if (subject != null && m.start() < subject.end() && m.numberEnd() > subject.start()) {
        return Relation.IMPLEMENTS;
      }
      int rel = m.start() - from;
      if (rel >= f.length()) {
        return Relation.REFERENCES;
      }
      int para = Math.max(paragraphStart(rel), inlineItemStart(rel));
      String opener = opener(para);
      if (opener.startsWith("theo ") && rel - para > 40) {
        opener = "";
      }
      if (opener.startsWith("can cu") || opener.startsWith("can ") && isTypeAfter(para)) {
        if (decision || rel > openingEnd && decisionWordBefore(rel)) {
          return Relation.BASIS;
        }
        if (rel >= openingEnd) {
          return Relation.REFERENCES;
        }
        return headOrNested(all, k, para) ? Relation.IMPLEMENTS : Relation.REFERENCES;
      }
      if (rel < openingEnd && purpose(opener)) {
        if (looksBack(m, para)) {
          return Relation.REFERENCES;
        }
        return headOrNested(all, k, para) ? Relation.IMPLEMENTS : Relation.REFERENCES;
      }
      if (rel < openingEnd && receivedBefore(rel, para)) {
        return headOrNested(all, k, para) ? Relation.IMPLEMENTS : Relation.REFERENCES;
      }
      if (report && rel < 2500 && directVerbBefore(rel, para)) {
        return Relation.IMPLEMENTS;
      }
      return Relation.REFERENCES;
    }

    private boolean decisionWordBefore(int rel) {
      return false;
    }

    private boolean isTypeAfter(int para) {
      int p = para;
      while (p < f.length() && (f.charAt(p) == '-' || f.charAt(p) == ' ')) {
        p++;
      }
      p += 3;
      while (p < f.length() && f.charAt(p) == ' ') {
        p++;
      }
      return io.github.vanban.parser.text.TypeWords.at(f, p).isPresent();
    }

    /** The start of the paragraph or listed item holding {@code rel}. */
    private int paragraphStart(int rel) {
      int p = Math.min(rel, f.length());
      int floor = Math.max(0, rel - 3000);
      while (p > floor) {
        int nl = f.lastIndexOf('\n', p - 1);
        if (nl < floor) {
          return floor == 0 ? 0 : floor;
        }
        int lineStart = nl + 1;
        if (isParagraphStart(lineStart, nl)) {
          return lineStart;
        }
        p = nl;
      }
      return floor;
    }

    private boolean isParagraphStart(int lineStart, int nl) {
      int q = lineStart;
      while (q < f.length() && (f.charAt(q) == ' ' || f.charAt(q) == '-' || f.charAt(q) == '+')) {
        q++;
      }
      if (q >= f.length()) {
        return true;
      }
      if (Character.isDigit(f.charAt(q)) || f.charAt(q) == '\n') {
        return true;
      }
      // the line before is blank or ends a sentence or clause
      int e = nl;
      while (e > 0 && (f.charAt(e - 1) == ' ')) {
        e--;
      }
      if (e == 0) {
        return Character.isUpperCase(text.charAt(from + q));
      }
      if (f.charAt(e - 1) == '\n' || ".;:!?".indexOf(f.charAt(e - 1)) >= 0) {
        return Character.isUpperCase(text.charAt(from + q)) || f.charAt(e - 1) == '\n';
      }
      String w = f.substring(q, Math.min(f.length(), q + 16));
      return Character.isUpperCase(text.charAt(from + q)) && (w.startsWith("can cu") || w.startsWith("thuc hien")
          || w.startsWith("xet ") || w.startsWith("theo ") || w.startsWith("de ") || w.startsWith("trien khai"));
    }

    /** A dashed item inside a flattened line: "… năm 2020 -Căn cứ Hướng dẫn …", "…; - Căn cứ …". */
    private int inlineItemStart(int rel) {
      int floor = Math.max(0, rel - 1500);
      for (int p = rel - 1; p > floor; p--) {
        char c = f.charAt(p);
        if (c == '\n') {
          return -1;
        }
        if (c == '-' && f.charAt(p - 1) == ' ' && p + 1 < f.length()) {
          int q = p + 1;
          while (q < f.length() && f.charAt(q) == ' ') {
            q++;
          }
          if (q < rel && Character.isUpperCase(text.charAt(from + q))) {
            String w = f.substring(q, Math.min(f.length(), q + 12));
            if (w.startsWith("can") || w.startsWith("thuc hien") || w.startsWith("de ") || w.startsWith("xet")) {
              return p;
            }
          }
        }
      }
      return -1;
    }

    private String opener(int para) {
      int p = para;
      while (p < f.length() && (f.charAt(p) == ' ' || f.charAt(p) == '-' || f.charAt(p) == '+' || f.charAt(p) == '\n')) {
        p++;
      }
      return f.substring(p, Math.min(f.length(), p + 40));
    }

    private static boolean purpose(String o) {
      return o.startsWith("thuc hien") || o.startsWith("de thuc hien") || o.startsWith("de trien khai")
          || o.startsWith("trien khai") || o.startsWith("ve y kien chi dao") || o.startsWith("ve viec thuc hien")
          || o.startsWith("tiep tuc thuc hien") || o.startsWith("thuc thi")
          || o.startsWith("theo ") && !o.startsWith("theo de nghi") && !o.startsWith("theo do")
             && !o.startsWith("theo quy dinh") && !o.startsWith("theo bao cao") && !o.startsWith("theo to trinh");
    }

    /** Whether the mention heads its item of the clause, or is coordinate with the head. */
    private boolean headOrNested(List<Mention> all, int k, int para) {
      Mention m = all.get(k);
      int rel = m.start() - from;
      int itemStart = Math.max(para, f.lastIndexOf(';', rel - 1) + 1);
      Mention prev = null;
      for (int j = k - 1; j >= 0; j--) {
        Mention o = all.get(j);
        if (o.start() - from < itemStart) {
          break;
        }
        if (o.start() != m.start()) {
          prev = o;
          break;
        }
      }
      if (prev == null) {
        return true;
      }
      String gap = f.substring(Math.max(0, prev.numberEnd() - from), rel);
      int lastVa = Math.max(gap.lastIndexOf(" va "), gap.endsWith("va") || gap.endsWith("va ") ? gap.length() : -1);
      int lastVe = Math.max(lastWord(gap, "ve"), gap.lastIndexOf("veviec"));
      return lastVa > lastVe && lastVa >= 0 || gap.trim().isEmpty();
    }

    private static int lastWord(String s, String w) {
      int best = -1;
      for (int i = s.indexOf(w); i >= 0; i = s.indexOf(w, i + 1)) {
        if (MatchText.wordAt(s, i, w)) {
          best = i;
        }
      }
      return best;
    }

    /** "Thực hiện X …, sau hơn 10 năm, …", "Thực hiện X …, Ban Thường vụ Tỉnh ủy đã …". */
    private boolean looksBack(Mention m, int para) {
      int rel = m.numberEnd() - from;
      int end = sentenceEnd(rel);
      String sentence = f.substring(para, end);
      if (sentence.contains("sau hon") || sentence.contains("nhung nam qua") || sentence.contains("thoi gian qua")) {
        return true;
      }
      // the first comma after the mention that opens a main clause with a subject
      for (int c = f.indexOf(',', rel); c >= 0 && c < end; c = f.indexOf(',', c + 1)) {
        int q = c + 1;
        while (q < end && f.charAt(q) == ' ') {
          q++;
        }
        if (q < end && Character.isUpperCase(text.charAt(from + q))) {
          return saysDone(f.substring(q, Math.min(end, q + 60)));
        }
      }
      return false;
    }

    /**
     * The end of the sentence holding {@code rel}: the first full stop after it that is
     * followed by a space and not preceded by a digit; at most 800 characters on.
     */
    private int sentenceEnd(int rel) {
      int end = rel;
      while (end < f.length() && end - rel < 800) {
        if (f.charAt(end) == '.' && (end + 1 >= f.length() || Character.isWhitespace(f.charAt(end + 1)))
            && !(end > 0 && Character.isDigit(f.charAt(end - 1)))) {
          break;
        }
        end++;
      }
      return end;
    }

    /** Whether the first eight words of {@code clause} (as split(" ") cuts them) hold "đã" before any "và". */
    private static boolean saysDone(String clause) {
      int s = 0;
      for (int w = 0; w < 8 && s <= clause.length(); w++) {
        int e = clause.indexOf(' ', s);
        if (e < 0) {
          e = clause.length();
        }
        if (e - s == 2 && clause.startsWith("da", s)) {
          return true;
        }
        if (e - s == 2 && clause.startsWith("va", s)) {
          break;
        }
        s = e + 1;
      }
      return false;
    }

    /** "Sở Tư pháp nhận được Văn bản số …", "UBND tỉnh nhận được Công văn số …". */
    private boolean receivedBefore(int rel, int para) {
      int floor = Math.max(para, rel - 40);
      int j = f.lastIndexOf("nhan duoc", rel);
      return j >= floor && f.substring(j + 9, rel).trim().split(" ").length <= 2;
    }

    /** In a report: "triển khai thực hiện Chỉ thị …", "chỉ đạo việc triển khai thực hiện …". */
    private boolean directVerbBefore(int rel, int para) {
      int floor = Math.max(para, rel - 90);
      String before = f.substring(floor, rel);
      for (String v : new String[] {"thuc hien", "trien khai"}) {
        int j = before.lastIndexOf(v);
        if (j < 0) {
          continue;
        }
        String gap = before.substring(j + v.length()).trim();
        if (gap.isEmpty() || gap.startsWith("chi dao") && gap.endsWith(" tai") || gap.equals("thuc hien")) {
          return true;
        }
      }
      return false;
    }
  }
}
