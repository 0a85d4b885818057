package io.github.vanban.parser.task;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.vanban.core.Agency;
import io.github.vanban.core.text.Fold;
import io.github.vanban.parser.agency.AgencyMention;
import io.github.vanban.parser.agency.AgencyResolver;
import io.github.vanban.parser.agency.Locality;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Short names a text gives a body it names in full: {@code Liên hiệp các tổ chức hữu nghị
 * Việt Nam (Liên hiệp)} makes every later capitalised {@code Liên hiệp} that body, and with a
 * body before it that the gazetteer composes with the full name ({@code Đảng đoàn Liên hiệp}
 * → {@code Đảng đoàn Liên hiệp các tổ chức hữu nghị Việt Nam}). A short name is the leading
 * words of the full one, written in brackets right after it. A department or ministry that
 * issues a document names itself the same way by its bare head noun ({@code Văn phòng Sở},
 * {@code Giám đốc Sở} in a letter of the Sở Tư pháp). The text is read once for the
 * definitions and once for the uses of each (at most {@value #MAX_NAMES} and the issuer's),
 * never past the end of the range read; every look-up runs on a window of a few words.
 */
final class ShortNames {
  private static final int MAX_NAMES = 6;
  private static final int MAX_SHORT = 40;
  private static final int MAX_WORDS = 4;
  /** Characters before a use searched for a body that governs it ({@code Ban cán sự đảng}). */
  private static final int PREFIX = 40;

  private ShortNames() {}

  /** The head nouns by which a department or ministry names itself ({@code Văn phòng Sở}). */
  private static final ImmutableSet<String> OWN_HEADS = Lexicon.section("own_head");
  /** Words before a head noun that make it plural: then it is not the issuer. */
  private static final ImmutableSet<String> PLURAL = Lexicon.section("own_head_before");
  /** Words that begin with a head noun but name no body ({@code Sở dĩ}, {@code Bộ phận}). */
  private static final ImmutableList<String> NOT_OWN = Lexicon.longestFirst(Lexicon.section("not_own_head"));

  /**
   * A short name and the body it stands for, defined at {@code after}; {@code own} when it is
   * the head noun by which the issuer names itself.
   */
  private record Name(String written, Agency agency, int after, boolean own) {}

  /**
   * The mentions of {@code found} (gazetteer mentions of {@code [from, to)}, in order, not
   * overlapping) with the uses of the short names the text defines added, in order, and the
   * uses of the bare head noun by which a department or ministry that issued the document
   * names itself ({@code Văn phòng Sở}, {@code Giám đốc Sở} in a letter of the Sở Tư pháp).
   */
  static List<Mention> addUses(String text, int from, int to, List<Mention> found,
      AgencyResolver resolver, Locality locality, Optional<Own> own) {
    List<Name> names = definitions(text, from, to, found);
    own.ifPresent(o -> names.add(new Name(o.head(), o.issuer(), from, true)));
    if (names.isEmpty()) {
      return found;
    }
    List<Mention> out = new ArrayList<>(found);
    for (Name n : names) {
      for (int p = indexOf(text, n.written(), n.after(), to); p >= 0;
          p = indexOf(text, n.written(), p + n.written().length(), to)) {
        int e = p + n.written().length();
        if (p > 0 && Character.isLetterOrDigit(text.charAt(p - 1))
            || e < text.length() && Character.isLetterOrDigit(text.charAt(e))
            || n.own() && !bareHead(text, from, p, e, to)) {
          continue;
        }
        int at = insertionPoint(out, p);
        if (at > 0 && out.get(at - 1).end() > p || at < out.size() && out.get(at).start() < e) {
          continue; // inside a name the gazetteer read
        }
        int floor = at > 0 ? Math.max(from, out.get(at - 1).end()) : from;
        out.add(at, use(text, p, e, floor, n.agency(), resolver, locality));
      }
    }
    return out;
  }

  /**
   * The bare head noun by which a department or ministry that issued a document names itself
   * in it ({@code Sở} of {@code Sở Tư pháp tỉnh …}), as printed in the issuer's name.
   */
  record Own(String head, Agency issuer) {}

  /** The {@link Own head noun} of {@code issuer}, if it is a department or ministry; read once per document. */
  static Optional<Own> ownOf(Optional<Agency> issuer) {
    if (issuer.isEmpty()) {
      return Optional.empty();
    }
    String name = issuer.get().name();
    int sp = name.indexOf(' ');
    return sp > 0 && OWN_HEADS.contains(Fold.fold(name.substring(0, sp)))
        ? Optional.of(new Own(name.substring(0, sp), issuer.get())) : Optional.empty();
  }

  /**
   * Whether the head noun at {@code [p, e)} stands alone for the issuer: inside a sentence
   * (after a word, not after a plural word such as {@code các}), and followed by no
   * capitalised word that would name another body ({@code Sở Y tế}) or by a punctuation mark.
   */
  private static boolean bareHead(String text, int from, int p, int e, int to) {
    int b = p;
    while (b > from && text.charAt(b - 1) == ' ') {
      b--;
    }
    if (b == p || b == from || !Character.isLetter(text.charAt(b - 1))) {
      return false; // at the start of a sentence, a line or a clause: "Bộ phận …", "Sở dĩ …"
    }
    int w = wordStart(text, from, b);
    String before = Fold.fold(text.substring(w, b));
    if (PLURAL.contains(before)) {
      return false;
    }
    int b2 = w; // the word before that one, for two-word entries ("một số")
    while (b2 > from && text.charAt(b2 - 1) == ' ') {
      b2--;
    }
    int w2 = wordStart(text, from, b2);
    if (w2 < b2 && b2 < w && PLURAL.contains(Fold.fold(text.substring(w2, b2)) + " " + before)) {
      return false;
    }
    int q = e;
    while (q < to && text.charAt(q) == ' ') {
      q++;
    }
    if (q < to && Character.isUpperCase(text.charAt(q))) {
      return false;
    }
    String after = Fold.fold(text.substring(p, Math.min(to, p + 16)));
    for (String n : NOT_OWN) {
      if (after.startsWith(n) && (after.length() == n.length() || !Character.isLetter(after.charAt(n.length())))) {
        return false;
      }
    }
    return true;
  }

  /** Where the letters that end at {@code end} begin (at most eight of them, not before {@code from}). */
  private static int wordStart(String text, int from, int end) {
    int w = end;
    while (w > from && w > end - 8 && Character.isLetter(text.charAt(w - 1))) {
      w--;
    }
    return w;
  }

  /** The place in {@code ms} (ordered) where a mention starting at {@code p} goes. */
  private static int insertionPoint(List<Mention> ms, int p) {
    int lo = 0;
    int hi = ms.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (ms.get(mid).start() < p) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /**
   * The use {@code [p, e)} of a short name for {@code agency}, with the body before it that
   * governs it when the gazetteer reads that body with the full name.
   */
  private static Mention use(String text, int p, int e, int floor, Agency agency,
      AgencyResolver resolver, Locality locality) {
    int ws = p;
    int limit = Math.max(floor, p - PREFIX);
    while (ws > limit && isWordOrSpace(text.charAt(ws - 1))) {
      ws--;
    }
    while (ws < p && !Character.isLetter(text.charAt(ws))) {
      ws++;
    }
    if (ws < p) {
      String candidate = text.substring(ws, p) + agency.name();
      for (AgencyMention m : resolver.find(candidate, locality)) {
        if (m.span().end() == candidate.length() && m.span().start() < p - ws
            && m.agencies().size() == 1) {
          return new Mention(ws + m.span().start(), e, m.agencies());
        }
      }
    }
    return new Mention(p, e, ImmutableList.of(agency));
  }

  private static boolean isWordOrSpace(char c) {
    return Character.isLetter(c) || c == ' ';
  }

  /**
   * The short names defined in {@code [from, to)}: {@code <full name> (<leading words>)}, the
   * full name one of the mentions {@code found} (in order, not overlapping). Only the bracket
   * right after each mention is looked at, so the text between the mentions is not read.
   */
  private static List<Name> definitions(String text, int from, int to, List<Mention> found) {
    List<Name> names = new ArrayList<>();
    for (int k = 0; k < found.size() && names.size() < MAX_NAMES; k++) {
      Mention full = found.get(k);
      int open = bracketAfter(text, full.end(), to);
      if (open < 0 || full.agencies().size() != 1) {
        continue;
      }
      int close = closing(text, open, Math.min(to, open + MAX_SHORT + 1));
      if (close < 0) {
        continue;
      }
      String written = text.substring(open + 1, close).strip();
      if (!shortOf(written, text.substring(full.start(), full.end()))) {
        continue;
      }
      names.add(new Name(written, full.agencies().get(0), close + 1, false));
    }
    return names;
  }

  /**
   * The {@code (} that follows {@code end} after spaces only, before {@code to}, or -1; and
   * -1 when a space ends the words before {@code end} too (the bracket is then not right after
   * them).
   */
  private static int bracketAfter(String text, int end, int to) {
    if (end > 0 && text.charAt(end - 1) == ' ') {
      return -1;
    }
    int open = end;
    while (open < to && text.charAt(open) == ' ') {
      open++;
    }
    return open < to && text.charAt(open) == '(' ? open : -1;
  }

  /**
   * The first index of {@code s} lying whole in {@code text[from, to)}, or -1: a search that
   * stops at the end of the document, so that a file of many documents is not read to its end
   * for each of them.
   */
  static int indexOf(String text, String s, int from, int to) {
    char first = s.charAt(0);
    for (int i = Math.max(0, from); i + s.length() <= to; i++) {
      if (text.charAt(i) == first && text.startsWith(s, i)) {
        return i;
      }
    }
    return -1;
  }

  /** The {@code )} that closes the bracket at {@code open} before {@code limit}, or -1. */
  private static int closing(String text, int open, int limit) {
    for (int i = open + 1; i < limit; i++) {
      char c = text.charAt(i);
      if (c == ')') {
        return i;
      }
      if (c == '(' || c == '\n') {
        return -1;
      }
    }
    return -1;
  }

  /**
   * Whether {@code written} is a short name of {@code full}: capitalised words of letters, at
   * most {@value #MAX_WORDS}, that are the leading words of the full name but not all of them.
   */
  static boolean shortOf(String written, String full) {
    if (written.isEmpty() || !Character.isUpperCase(written.charAt(0))) {
      return false;
    }
    int words = 1;
    for (int i = 0; i < written.length(); i++) {
      char c = written.charAt(i);
      if (c == ' ') {
        words++;
      } else if (!Character.isLetter(c)) {
        return false;
      }
    }
    if (words > MAX_WORDS) {
      return false;
    }
    String w = Fold.fold(written);
    String f = Fold.fold(full);
    return f.length() > w.length() && f.startsWith(w) && f.charAt(w.length()) == ' ';
  }
}
