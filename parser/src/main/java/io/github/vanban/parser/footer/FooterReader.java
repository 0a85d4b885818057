package io.github.vanban.parser.footer;

import com.google.common.collect.ImmutableList;
import io.github.vanban.core.Authority;
import io.github.vanban.core.Signer;
import io.github.vanban.core.Span;
import io.github.vanban.parser.segment.Segment;
import io.github.vanban.parser.text.MatchText;
import io.github.vanban.parser.text.TextLine;
import io.github.vanban.parser.text.Titles;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the footer of a document: {@code Nơi nhận} and the signature block (authority,
 * title, name), ignoring scribbles and page numbers. The signature is the last block in the
 * document that opens with an authority ({@code TM.}, {@code T/M}, {@code KT.}, {@code K/T},
 * {@code TL.}, {@code T/L}, {@code TUQ.}, {@code Q.}, or the words {@code THAY MẶT}, {@code KÝ
 * THAY}, {@code THỪA LỆNH}) or with a known title ({@code CHỦ TỊCH}), followed within a few
 * lines by a person's name. Thread-safe.
 */
public final class FooterReader {
  /** Characters at the end of a document searched for its footer. */
  static final int TAIL = 10_000;
  private static final int MAX_LINES = 250;
  private static final int NAME_LOOKAHEAD = 30;

  /** The footer of the document in {@code segment} of {@code text}. */
  public Footer read(String text, Segment segment) {
    return read(text, segment, tailLines(text, segment));
  }

  /**
   * Where the stretch searched for the footer of {@code segment} begins: the start of the
   * first whole line of its last {@value #TAIL} characters, or the segment's start.
   */
  private static int tailStart(String text, Segment segment) {
    int from = Math.max(segment.start(), segment.end() - TAIL);
    if (from > segment.start()) {
      int nl = text.indexOf('\n', from);
      from = nl < 0 || nl >= segment.end() ? from : nl + 1;
    }
    return from;
  }

  /** The lines searched for the footer of {@code segment}: from the first whole line of its last {@value #TAIL} characters on. */
  public static ImmutableList<TextLine> tailLines(String text, Segment segment) {
    return TextLine.of(text, tailStart(text, segment), segment.end(), Integer.MAX_VALUE);
  }

  /**
   * The footer of the document in {@code segment} of {@code text}, given {@code all}, its
   * {@link #tailLines}: a caller that has them already need not split them again.
   */
  public Footer read(String text, Segment segment, List<TextLine> all) {
    List<TextLine> lines = all.size() > MAX_LINES ? all.subList(all.size() - MAX_LINES, all.size()) : all;
    int footerStart = segment.end();

    // Nơi nhận
    int noiNhan = -1;
    for (int i = lines.size() - 1; i >= 0; i--) {
      if (lines.get(i).length() < 200 && opensDistribution(lines.get(i))) {
        noiNhan = i;
        break;
      }
    }
    ImmutableList<String> distribution = ImmutableList.of();
    if (noiNhan >= 0) {
      footerStart = Math.min(footerStart, lines.get(noiNhan).start());
      distribution = distribution(lines, noiNhan);
    }

    // the signature
    Optional<Signer> signer = Optional.empty();
    for (int i = lines.size() - 1; i >= 0; i--) {
      TextLine l = lines.get(i);
      Optional<Block> block = blockAt(l);
      if (block.isEmpty()) {
        continue;
      }
      Optional<Signer> s = signer(text, lines, i, block.get());
      if (s.isPresent()) {
        // a title line may stand under its authority line: "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"
        int top = i;
        Block b = block.get();
        for (int k = i - 1; k >= 0 && k >= i - 6 && b.titleOnly; k--) {
          TextLine up = lines.get(k);
          if (up.blank()) {
            continue;
          }
          Optional<Block> ub = blockAt(up);
          if (ub.isPresent() && ub.get().authority != null) {
            Optional<Signer> s2 = signer(text, lines, k, ub.get());
            if (s2.isPresent()) {
              s = s2;
              top = k;
              b = ub.get();
            }
            break;
          }
          if (!up.upper(2)) {
            break;
          }
        }
        signer = s;
        footerStart = Math.min(footerStart, lines.get(top).start() + b.offset);
        break;
      }
    }
    if (signer.isEmpty()) {
      Optional<Inline> in = inline(text, lines);
      if (in.isPresent()) {
        signer = Optional.of(in.get().signer);
        footerStart = Math.min(footerStart, in.get().start);
      }
    }
    if (signer.isEmpty()) {
      // an authority line with no name after it still closes the body
      for (int i = lines.size() - 1; i >= 0 && i >= lines.size() - 40; i--) {
        Optional<Block> block = blockAt(lines.get(i));
        if (block.isPresent() && block.get().authority != null) {
          footerStart = Math.min(footerStart, lines.get(i).start());
          break;
        }
      }
    }
    return new Footer(signer, distribution, Math.max(segment.start(), footerStart));
  }

  /** The opening of a signature block found on a line. */
  private record Block(Authority authority, int offset, int bodyOffset, boolean titleOnly) {}

  private static final String[][] WORD_AUTHORITIES = {
      {"thay mat", "TM"}, {"ky thay", "KT"}, {"thua lenh", "TL"}, {"thua uy quyen", "TUQ"},
      {"quyen", "Q"}, {"ky", "KT"}};

  private static Optional<Block> blockAt(TextLine l) {
    if (l.blank() || l.length() > 160) {
      return Optional.empty();
    }
    String c = l.clean();
    int at = l.indent();
    // codes: TM. T/M T.M KT. K/T TL. T/L TUQ. Q.
    int p = at;
    StringBuilder code = new StringBuilder();
    while (p < c.length() && code.length() < 5 && (Character.isUpperCase(c.charAt(p)) || c.charAt(p) == '/'
        || c.charAt(p) == '.')) {
      code.append(c.charAt(p));
      p++;
    }
    String cs = code.toString();
    boolean marked = cs.contains(".") || cs.contains("/");
    if (marked && p < c.length() && c.charAt(p) == ' ' || marked && cs.endsWith(".")) {
      Optional<Authority> a = Authority.parse(cs);
      int q = p;
      while (q < c.length() && c.charAt(q) == ' ') {
        q++;
      }
      if (a.isPresent() && q < c.length() && Character.isUpperCase(c.charAt(q)) && l.upper(3)) {
        return Optional.of(new Block(a.get(), at, q, false));
      }
    }
    if (!l.upper(3)) {
      return Optional.empty();
    }
    String f = l.fold();
    for (String[] w : WORD_AUTHORITIES) {
      if (MatchText.wordAt(f, at, w[0])) {
        int q = at + w[0].length();
        while (q < f.length() && (f.charAt(q) == ' ' || f.charAt(q) == '.' || f.charAt(q) == ':')) {
          q++;
        }
        if (q < f.length() && Titles.at(f, q).isPresent() || q < f.length() && startsBody(f, q)) {
          return Optional.of(new Block(Authority.valueOf(w[1]), at, q, false));
        }
      }
    }
    Optional<Titles.Title> t = Titles.at(f, at);
    if (t.isPresent() && f.trim().length() <= t.get().folded().length() + 40) {
      return Optional.of(new Block(null, at, at, true));
    }
    return Optional.empty();
  }

  private record Inline(Signer signer, int start) {}

  /** A signature inside a flattened line: "… VT-LT. TM. BAN BÍ THƯ … (đã ký) Phan Văn Mãi …". */
  private static Optional<Inline> inline(String text, List<TextLine> lines) {
    for (int i = lines.size() - 1; i >= 0; i--) {
      TextLine l = lines.get(i);
      if (l.length() <= 160) {
        continue;
      }
      String c = l.clean();
      for (String code : new String[] {" TM. ", " T/M ", " KT. ", " K/T ", " TL. ", " T/L ", " TUQ. ", " Q. "}) {
        int j = c.lastIndexOf(code);
        if (j < 0) {
          continue;
        }
        int p = j + code.length();
        int limit = Math.min(c.length(), p + 160);
        // skip the upper-case title, then read the name: two to five words in title case
        String[] words = c.substring(p, limit).split(" ");
        int offset = p;
        List<String> name = new ArrayList<>();
        int nameStart = -1;
        for (String w : words) {
          boolean title = w.length() >= 2 && Character.isUpperCase(w.charAt(0))
              && w.chars().skip(1).allMatch(Character::isLowerCase);
          if (title) {
            if (name.isEmpty()) {
              nameStart = offset;
            }
            name.add(w);
          } else if (!name.isEmpty()) {
            break;
          }
          offset += w.length() + 1;
        }
        if (name.size() >= 2 && name.size() <= 5) {
          var b = Signer.builder().name(String.join(" ", name));
          Authority.parse(code.trim()).ifPresent(b::authority);
          int s = l.start() + j + 1;
          int e = l.start() + nameStart + String.join(" ", name).length();
          return Optional.of(new Inline(b.span(Span.in(text, s, Math.min(e, l.end()))).build(), s));
        }
      }
    }
    return Optional.empty();
  }

  private static boolean startsBody(String f, int q) {
    for (String b : new String[] {"uy ban", "ban ", "bo ", "so ", "thuong truc", "dang uy", "tinh uy",
        "thanh uy", "huyen uy", "hoi dong", "chinh phu", "thu tuong", "chu tich", "giam doc"}) {
      if (f.startsWith(b, q)) {
        return true;
      }
    }
    return false;
  }

  private static Optional<Signer> signer(String text, List<TextLine> lines, int i, Block block) {
    List<TextLine> upper = new ArrayList<>();
    upper.add(lines.get(i));
    boolean inList = false;
    for (int k = i + 1; k < lines.size() && k <= i + NAME_LOOKAHEAD; k++) {
      TextLine l = lines.get(k);
      if (l.blank()) {
        inList = false;
        continue;
      }
      String c = l.collapsed();
      if (opensDistribution(l)) {
        inList = true;
        continue;
      }
      boolean name = looksLikeName(c); // asked once, for both tests
      if (c.startsWith("-") || c.startsWith("–") || c.startsWith("+") || c.startsWith("(") || c.startsWith("[")
          || inList && !name) {
        continue;
      }
      if (name) {
        var b = Signer.builder().name(c);
        if (block.authority != null) {
          b.authority(block.authority);
        }
        title(upper, block).ifPresent(b::title);
        int s = lines.get(i).start() + block.offset;
        return Optional.of(b.span(Span.in(text, s, l.end())).build());
      }
      if (l.upper(2) && c.length() < 100) {
        upper.add(l);
        continue;
      }
      if (c.length() <= 3) {
        continue; // a page number or a stray mark
      }
      return Optional.empty();
    }
    return Optional.empty();
  }

  private static Optional<String> title(List<TextLine> upper, Block block) {
    if (block.titleOnly) {
      return Optional.of(Titles.sentenceCase(upper.get(upper.size() - 1).clean()))
          .filter(s -> !s.isEmpty());
    }
    if (upper.size() < 2) {
      return Optional.empty();
    }
    String last = upper.get(upper.size() - 1).collapsed();
    if (MatchText.fold(last).contains("da ky")) {
      return Optional.empty();
    }
    return Optional.of(Titles.sentenceCase(last)).filter(s -> !s.isEmpty());
  }

  /** A person's name: two to five words in title case, nothing else. */
  static boolean looksLikeName(String c) {
    if (c.length() > 40) {
      return false; // too long for a name: no need to split it into words
    }
    // the words of c.trim().split(" "), read in place: trim leaves no space at either end, so
    // every word (an empty one between two spaces too) lies between two spaces or an end
    int from = 0;
    int to = c.length();
    while (from < to && c.charAt(from) <= ' ') {
      from++;
    }
    while (to > from && c.charAt(to - 1) <= ' ') {
      to--;
    }
    int words = 0;
    for (int s = from; s <= to; ) {
      int e = c.indexOf(' ', s);
      if (e < 0 || e > to) {
        e = to;
      }
      if (++words > 5 || !titleCaseWord(c, s, e)) {
        return false;
      }
      s = e + 1;
    }
    return words >= 2;
  }

  /** Whether {@code c} from {@code s} to {@code e} is a word of two letters or more in title case ({@code Nguyễn}). */
  private static boolean titleCaseWord(String c, int s, int e) {
    if (e - s < 2 || !Character.isUpperCase(c.charAt(s))) {
      return false;
    }
    for (int k = s + 1; k < e; k++) {
      if (!Character.isLowerCase(c.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  private static ImmutableList<String> distribution(List<TextLine> lines, int noiNhan) {
    ImmutableList.Builder<String> out = ImmutableList.builder();
    TextLine head = lines.get(noiNhan);
    String hc = head.clean();
    int colon = hc.indexOf(':');
    if (colon >= 0 && !hc.substring(colon + 1).isBlank() && hc.length() < 200) {
      add(out, hc.substring(colon + 1));
    }
    boolean blank = false;
    for (int k = noiNhan + 1; k < lines.size() && k < noiNhan + 40; k++) {
      TextLine l = lines.get(k);
      if (l.blank()) {
        blank = true;
        continue;
      }
      String c = l.collapsed();
      boolean dash = c.startsWith("-") || c.startsWith("–") || c.startsWith("+");
      if (!dash && (blank || l.upper(3) || looksLikeName(c))) {
        break;
      }
      add(out, c);
      blank = false;
    }
    return out.build();
  }

  private static void add(ImmutableList.Builder<String> out, String s) {
    String t = s.trim();
    while (!t.isEmpty() && "-–+•*".indexOf(t.charAt(0)) >= 0) {
      t = t.substring(1).trim();
    }
    while (!t.isEmpty() && ";,. ".indexOf(t.charAt(t.length() - 1)) >= 0) {
      t = t.substring(0, t.length() - 1);
    }
    if (!t.isEmpty()) {
      out.add(t);
    }
  }

  /** Whether the line opens the distribution list: {@code Nơi nhận}, after dashes and stars. */
  private static boolean opensDistribution(TextLine l) {
    // the raw line is read, folding only the characters compared: the line is not folded whole
    String r = l.raw();
    int i = 0;
    while (i < r.length() && isDistributionLead(MatchText.foldChar(r.charAt(i)))) {
      i++;
    }
    return MatchText.foldedStartsWith(r, i, "noi nhan");
  }

  /** Whether a folded character may stand before {@code Nơi nhận}: a space, a dash or a star. */
  private static boolean isDistributionLead(char f) {
    return f == ' ' || f == '-' || f == '*';
  }
}
