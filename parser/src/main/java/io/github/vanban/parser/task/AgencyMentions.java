package io.github.vanban.parser.task;

import com.google.common.collect.ImmutableList;
import io.github.vanban.core.Agency;
import io.github.vanban.core.text.Fold;
import io.github.vanban.parser.agency.AgencyMention;
import io.github.vanban.parser.agency.AgencyResolver;
import io.github.vanban.parser.agency.Locality;
import io.github.vanban.parser.segment.DocumentContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The {@link MentionFinder} of a document: the agency resolver of its context, searching
 * running text in the locality of the document's header. Three readings of the prose are added
 * on top of the gazetteer's: a distributive list after a plural head is one body per item
 * ({@code các Bộ: Kế hoạch và Đầu tư, Tài chính, Nội vụ} → three ministries; {@code Giám đốc
 * các Sở: Tư pháp, Y tế}), the verb {@code báo cáo} is never the newspaper {@code Báo}, and a
 * short name the text defines stands for its body ({@link ShortNames}).
 */
final class AgencyMentions implements MentionFinder {
  private static final int MAX_ITEMS = 30;
  private static final int MAX_PIECES = 3;

  private final AgencyResolver resolver;
  private final Locality locality;
  /** The head noun by which the issuer names itself, if it is a department or ministry. */
  private final Optional<ShortNames.Own> own;

  private AgencyMentions(AgencyResolver resolver, Locality locality, Optional<ShortNames.Own> own) {
    this.resolver = resolver;
    this.locality = locality;
    this.own = own;
  }

  /** The finder for the document of {@code context}. */
  static MentionFinder of(DocumentContext context) {
    return new AgencyMentions(context.agencies(), context.header().locality(),
        ShortNames.ownOf(context.header().issuer()));
  }

  @Override
  public ImmutableList<Mention> find(String text, int from, int to) {
    List<Mention> found = new ArrayList<>();
    int last = from;
    for (AgencyMention m : resolver.find(text, from, to, locality)) {
      int s = m.span().start();
      int e = m.span().end();
      if (s < last || e <= s || reportVerb(text, s, e)) {
        continue;
      }
      ImmutableList<Agency> named = m.agencies();
      int cut = swallowedReportVerb(text, s, e);
      if (cut > s) {
        e = cut; // "các bộ, cơ quan và địa phương, báo | cáo Thủ tướng"
        named = named.stream().filter(a -> !a.key().equals("bao"))
            .collect(ImmutableList.toImmutableList());
      }
      Mention split = splitTail(text, s, e, to);
      if (split != null) {
        if (split.start() > s) {
          found.add(new Mention(s, trimEnd(text, s, tailStart(text, s, split.start())),
              ImmutableList.of()));
        }
        found.add(split);
        last = split.end();
      } else {
        Mention extended = continued(text, s, e, to, named);
        found.add(extended);
        last = extended.end();
      }
    }
    found = ShortNames.addUses(text, from, to, found, resolver, locality, own);
    List<Mention> out = new ArrayList<>();
    for (int i = 0; i < found.size(); i++) {
      Mention m = found.get(i);
      Mention list = distributive(text, m, to);
      if (list != null) {
        out.add(list);
        while (i + 1 < found.size() && found.get(i + 1).start() < list.end()) {
          i++;
        }
      } else {
        out.add(m);
      }
    }
    return ImmutableList.copyOf(out);
  }

  /**
   * A mention whose last word is a capitalised head that opens a longer name ({@code các cơ
   * quan, đơn vị, Sở | Kế hoạch và Đầu tư}): the longer name, from that word; else null.
   */
  private Mention splitTail(String text, int s, int e, int to) {
    int w = e;
    while (w > s && Character.isLetter(text.charAt(w - 1))) {
      w--;
    }
    if (w <= s || w == e || !Character.isUpperCase(text.charAt(w))) {
      return null;
    }
    int sep = w;
    while (sep > s && !Character.isLetterOrDigit(text.charAt(sep - 1))) {
      sep--;
    }
    if (sep == w || text.substring(sep, w).indexOf(',') < 0) {
      return null; // only a list member after a comma is split off
    }
    var longer = resolver.matchAt(text, w, locality);
    if (longer.isEmpty() || longer.get().span().end() <= e || longer.get().span().end() > to
        || longer.get().agencies().isEmpty()) {
      return null;
    }
    return new Mention(w, longer.get().span().end(), longer.get().agencies());
  }

  /** The end of the words before the comma that precedes {@code w}. */
  private static int tailStart(String text, int s, int w) {
    int i = w;
    while (i > s && !Character.isLetterOrDigit(text.charAt(i - 1))) {
      i--;
    }
    return i;
  }

  /**
   * Where a list name ends when its last word is the {@code báo} of a following {@code báo
   * cáo}: before that word and its comma; -1 when it is not.
   */
  private static int swallowedReportVerb(String text, int s, int e) {
    int w = e;
    while (w > s && Character.isLetter(text.charAt(w - 1))) {
      w--;
    }
    if (w <= s || !reportVerb(text, w, e)) {
      return -1;
    }
    int c = w;
    while (c > s && !Character.isLetterOrDigit(text.charAt(c - 1))) {
      c--;
    }
    return c;
  }

  /**
   * The mention with a collective noun that continues it without a comma ({@code các sở, ban
   * | ngành}), read again as a whole; the mention itself when none follows or the whole does
   * not read.
   */
  private Mention continued(String text, int s, int e, int to, ImmutableList<Agency> named) {
    if (named.size() != 1) {
      return new Mention(s, e, named);
    }
    int p = skip(text, e, to);
    int q = Math.min(to, p + 12);
    String next = mayFoldFrom(text, p, q, "nd") ? Fold.fold(text.substring(p, q)) : "";
    String word = next.startsWith("nganh") ? "nganh" : next.startsWith("doan the") ? "doan the"
        : null;
    if (word == null || p == e) {
      return new Mention(s, e, named);
    }
    int end = p + (word.equals("nganh") ? 5 : 8);
    if (end > to || end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
      return new Mention(s, e, named);
    }
    // "ban ngành" is "ban, ngành" written without its comma
    ImmutableList<Agency> whole = resolver.resolveAll(
        text.substring(s, e) + ", " + text.substring(p, end), locality);
    return whole.size() == 1 && !whole.equals(named) ? new Mention(s, end, whole)
        : new Mention(s, e, named);
  }

  /** {@code báo cáo}, {@code thông báo}: the word báo here is no newspaper. */
  private static boolean reportVerb(String text, int s, int e) {
    if (!mayFoldFrom(text, s, e, "b")) {
      return false; // the folded word cannot begin with "bao"
    }
    String folded = Fold.fold(text.substring(s, e));
    if (folded.equals("bao") && Character.isLowerCase(text.charAt(s))) {
      return true;
    }
    if (!folded.startsWith("bao")) {
      return false;
    }
    int j = e;
    while (j < text.length() && Folded.isSpace(text.charAt(j))) {
      j++;
    }
    return Fold.fold(text.substring(j, Math.min(text.length(), j + 3))).equals("cao")
        && (j + 3 >= text.length() || !Character.isLetterOrDigit(text.charAt(j + 3)));
  }

  /**
   * The list after {@code m} when {@code m} is a plural head followed by a colon ({@code các
   * Bộ:}, {@code Giám đốc các Sở, ngành:}): one body per item, each the head's noun with the
   * item's words; null when {@code m} is no such head.
   */
  private Mention distributive(String text, Mention m, int to) {
    int p = skip(text, m.end(), to);
    if (p >= to || text.charAt(p) != ':') {
      return null;
    }
    String head = head(text, m);
    if (head == null) {
      return null;
    }
    p = skip(text, p + 1, to);
    List<Agency> agencies = new ArrayList<>();
    int end = -1;
    int misses = 0;
    for (int item = 0; item < MAX_ITEMS && p < to; item++) {
      List<int[]> pieces = pieces(text, p, to);
      if (pieces.isEmpty()) {
        break;
      }
      Accepted accepted = null;
      for (int n = Math.min(MAX_PIECES, pieces.size()); n >= 1 && accepted == null; n--) {
        accepted = accept(text.substring(p, pieces.get(n - 1)[1]), head, p, n == 1);
      }
      for (int n = Math.min(2, pieces.size()); n >= 1 && accepted == null; n--) {
        accepted = unglued(text, head, p, pieces.get(n - 1)[1]);
      }
      int next;
      if (accepted == null) {
        // an item the gazetteer does not know: pass over it, not over two in a row
        if (agencies.isEmpty() || ++misses > 2) {
          break;
        }
        next = pieces.get(0)[1];
      } else {
        misses = 0;
        agencies.addAll(accepted.agencies());
        end = accepted.end();
        next = end;
      }
      int q = skip(text, next, to);
      if (q < to && text.charAt(q) == ',') {
        p = skip(text, q + 1, to);
      } else if (text.regionMatches(true, q, "và ", 0, 3)) {
        p = skip(text, q + 3, to);
      } else {
        break;
      }
    }
    if (agencies.size() < 2) {
      return null;
    }
    return new Mention(m.start(), end, ImmutableList.copyOf(agencies));
  }

  /** A list item that names a body: where it ends, and the bodies. */
  private record Accepted(int end, ImmutableList<Agency> agencies) {}

  /**
   * The body the item {@code piece} (at {@code p}) names with the head's noun before it, or
   * by itself ({@code Công an tỉnh}); with {@code prefix}, a body at the item's start whose
   * words end before the piece does is accepted too (the last item runs into the predicate).
   * Null if none.
   */
  private Accepted accept(String piece, String head, int p, boolean prefix) {
    for (int withHead = 1; withHead >= 0; withHead--) {
      String candidate = withHead == 1 ? head + " " + piece : piece;
      int offset = withHead == 1 ? head.length() + 1 : 0;
      ImmutableList<AgencyMention> ms = resolver.find(candidate, locality);
      if (ms.isEmpty() || ms.get(0).span().start() != 0 || ms.get(0).agencies().isEmpty()) {
        continue;
      }
      int e = ms.get(0).span().end();
      String rest = Fold.fold(candidate.substring(e));
      if (rest.equals("tinh") || rest.equals("thanh pho") || rest.equals("huyen")) {
        e = candidate.length(); // Đài Phát thanh Truyền hình | tỉnh
      }
      if (e == candidate.length() || prefix && e > offset) {
        return new Accepted(p + Math.min(piece.length(), e - offset), ms.get(0).agencies());
      }
    }
    return null;
  }

  /**
   * The item read with one word split in two where a copy glued them ({@code Giaothông vận
   * tải} → {@code Giao thông vận tải}); null when no split names a body.
   */
  private Accepted unglued(String text, String head, int p, int pe) {
    String piece = text.substring(p, pe);
    int w = 0;
    while (w < piece.length()) {
      int s = w;
      while (w < piece.length() && Character.isLetter(piece.charAt(w))) {
        w++;
      }
      if (w - s >= 6 && w - s <= 14) {
        for (int cut = s + 2; cut <= w - 2; cut++) {
          String fixed = piece.substring(0, cut) + " " + piece.substring(cut);
          Accepted a = accept(fixed, head, p, false);
          if (a != null) {
            return new Accepted(pe, a.agencies());
          }
        }
      }
      w = Math.max(w, s + 1);
    }
    return null;
  }

  /** The comma-separated pieces from {@code p}, up to a sentence mark. */
  private static List<int[]> pieces(String text, int p, int to) {
    to = Math.min(to, p + 300);
    List<int[]> out = new ArrayList<>();
    int s = p;
    for (int i = p; i < to && out.size() < MAX_PIECES; i++) {
      char c = text.charAt(i);
      if (c == ',' || c == ';' || c == '.' || c == '(' || c == ':' || c == '\n' && i + 1 < to
          && text.charAt(i + 1) == '\n') {
        if (i > s) {
          out.add(new int[] {s, trimEnd(text, s, i)});
        }
        if (c != ',') {
          return out;
        }
        s = skip(text, i + 1, to);
        i = s - 1;
      }
    }
    if (out.size() < MAX_PIECES && s < to) {
      out.add(new int[] {s, trimEnd(text, s, to)});
    }
    return out;
  }

  /** The noun of a plural head ({@code các Bộ} → {@code Bộ}), or null. */
  private static String head(String text, Mention m) {
    String f = Fold.fold(text.substring(m.start(), m.end()));
    int k = f.lastIndexOf("cac ");
    if (k < 0) {
      return null;
    }
    String rest = f.substring(k + 4);
    if (rest.equals("bo") || rest.startsWith("bo ")) {
      return "Bộ";
    }
    if (rest.equals("so") || rest.startsWith("so ")) {
      return "Sở";
    }
    return null;
  }

  /**
   * Whether {@link Fold#fold} of {@code [s, e)} may begin with one of the lower-case ASCII
   * {@code letters}: false only when its first letter or digit is plain ASCII and none of
   * them, which folds to itself, or a Latin letter beyond ASCII ({@code Ủ}, {@code đ}) whose
   * fold ({@link #foldedFirst}) is none of them; any other character is left to the fold.
   */
  static boolean mayFoldFrom(String text, int s, int e, String letters) {
    for (int i = s; i < e; i++) {
      char c = text.charAt(i);
      if (c >= 0x80) {
        char f = foldedFirst(c);
        return f == 0 || letters.indexOf(f) >= 0;
      }
      if (Character.isLetterOrDigit(c)) {
        return letters.indexOf(Character.toLowerCase(c)) >= 0;
      }
    }
    return false;
  }

  /** The Latin letters beyond ASCII that {@link #foldedFirst} knows: up to U+1EFF. */
  private static final char[] FOLDED_FIRST = foldedFirsts();

  /**
   * The first character of {@link Fold#fold} of a text whose first letter or digit is the
   * letter {@code c} (the fold of {@code Ủy ban} begins with the fold of {@code Ủ}), for the
   * letters of Latin-1, Latin Extended and Latin Extended Additional (Vietnamese); 0 for any
   * other character, whose fold is not foretold.
   */
  static char foldedFirst(char c) {
    return c < FOLDED_FIRST.length ? FOLDED_FIRST[c] : 0;
  }

  private static char[] foldedFirsts() {
    char[] t = new char[0x1F00];
    for (char c = 0xC0; c < t.length; c++) {
      boolean latin = c <= 0x024F || c >= 0x1E00;
      if (latin && Character.isLetter(c)) {
        String f = Fold.fold(String.valueOf(c));
        t[c] = f.isEmpty() ? 0 : f.charAt(0);
      }
    }
    return t;
  }

  private static int skip(String text, int p, int to) {
    while (p < to && Folded.isSpace(text.charAt(p))) {
      p++;
    }
    return p;
  }

  private static int trimEnd(String text, int s, int e) {
    while (e > s && Folded.isSpace(text.charAt(e - 1))) {
      e--;
    }
    return e;
  }
}
