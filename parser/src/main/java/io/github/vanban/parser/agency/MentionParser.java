package io.github.vanban.parser.agency;

import com.google.common.base.CharMatcher;
import com.google.common.collect.ImmutableList;
import io.github.vanban.core.Agency;
import io.github.vanban.core.AgencyKind;
import io.github.vanban.core.Level;
import io.github.vanban.parser.agency.Gazetteer.Central;
import io.github.vanban.parser.agency.Gazetteer.LocalRow;
import io.github.vanban.parser.agency.Gazetteer.Member;
import io.github.vanban.parser.agency.Gazetteer.Parent;
import io.github.vanban.parser.agency.Gazetteer.Prefix;
import io.github.vanban.parser.agency.Gazetteer.Scope;
import io.github.vanban.parser.agency.Gazetteer.Tier;
import io.github.vanban.parser.text.WordMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The grammar of an agency mention, applied at one token of a tokenised text:
 *
 * <pre>
 * mention := head* (body | group)
 * head    := Chủ tịch | Giám đốc ["(" Thủ trưởng ")"] | …            (heads.tsv)
 * body    := central-name                                             (central.tsv)
 *          | local-name [unit-word] [place-name]                      (local.tsv)
 *          | prefix body | prefix group | prefix                      (prefixes.tsv)
 *          | local-name group                                         (UBND các huyện …)
 * group   := "các" member (("," | "và") ["các"] member)* qualifier*   (groups.tsv)
 * </pre>
 *
 * Every alternative is tried and the longest wins, so a mention ends exactly where its name
 * ends. Work per call is bounded by the length of the longest name, so scanning a text is
 * linear. Holds no mutable state; one {@link Context} per call carries the text and place.
 */
final class MentionParser {
  private static final int MAX_NAME_WORDS = 4;
  private static final int MAX_MEMBERS = 16;
  private static final int MAX_PARENT_DEPTH = 4;
  private static final CharMatcher WHITE = CharMatcher.whitespace();
  /** How the words of the unit words are spelled with their marks ("tỉnh", not "Tịnh" of Sơn Tịnh). */
  private static final java.util.Set<String> UNIT_SPELLINGS =
      java.util.Set.of("tỉnh", "thành", "phố", "huyện", "quận", "thị", "xã", "trấn", "phường");

  /**
   * A parse: the index after its last token and the bodies it names (empty: a catch-all);
   * when it reads a list of several collectives, one {@link Piece} each, in order.
   */
  record Parse(int end, ImmutableList<Agency> agencies, int priority, ImmutableList<Piece> pieces) {
    Parse(int end, ImmutableList<Agency> agencies, int priority) {
      this(end, agencies, priority, ImmutableList.of());
    }

    boolean betterThan(Parse o) {
      return beats(end, priority, o);
    }
  }

  /**
   * One collective of a list that names several: the token it begins at (-1: where the
   * mention begins, with its heads), the index after its last token, and its bodies.
   */
  record Piece(int from, int end, ImmutableList<Agency> agencies) {}

  /** The place a mention is read in, with what the gazetteer knows of it. */
  record Place(Optional<Province> province, Optional<String> districtWord,
      Optional<String> districtName) {}

  /**
   * What one call works on; {@code rendered} keeps the local bodies rendered during the call,
   * since a text names the same bodies again and again.
   */
  record Context(CharSequence text, List<Token> tokens, Place place,
      java.util.Map<RenderKey, Agency> rendered) {
    Context(CharSequence text, List<Token> tokens, Place place) {
      this(text, tokens, place, new java.util.HashMap<>());
    }

    Token tok(int i) {
      return tokens.get(i);
    }

    int size() {
      return tokens.size();
    }

    boolean wordIs(int i, String fold) {
      return i >= 0 && i < tokens.size() && tokens.get(i).word() && tokens.get(i).is(fold);
    }

    /** Whether a wide gap (a table column, three spaces or a tab) comes before token i. */
    boolean gapBefore(int i) {
      if (i == 0) {
        return false;
      }
      int a = tokens.get(i - 1).end();
      int b = tokens.get(i).start();
      if (b - a >= 3) {
        return true;
      }
      for (int k = a; k < b; k++) {
        if (text.charAt(k) == '\t') {
          return true;
        }
      }
      return false;
    }
  }

  /** A unit (province, district or commune) named after a local body. */
  private record Unit(Tier tier, String word, String name, Province province, int end) {
    boolean explicit() {
      return province != null || name != null;
    }
  }

  private final Gazetteer g;
  /**
   * The agency of every national body, rendered once for each depth of its parent chain
   * ({@code central(c, depth)}): the gazetteer alone determines it.
   */
  private final java.util.IdentityHashMap<Central, Agency[]> centrals = new java.util.IdentityHashMap<>();

  /**
   * Every word that begins a key of the tries a mention can start with (national and local
   * bodies, prefixes, heads), and {@code các}: a word that is none of them, nor two of them
   * glued, starts no mention (see {@link #mayStart}).
   */
  private final WordMap<Boolean> firstWords = new WordMap<>();
  /** Whether every word of {@link #firstWords} is in the vocabulary: then an unknown word is none. */
  private final boolean firstWordsKnown;
  /** The {@link Token#startFlag start flags} of the tries whose keys {@link #firstWords} begin. */
  private final int mentionStartFlags;
  /** The first two words of the keys of the tries a mention can start with (see {@link #mayParseAt}). */
  private final KeyStarts keyStarts;

  MentionParser(Gazetteer g) {
    this.g = g;
    java.util.function.Consumer<String> first = w -> firstWords.put(w, Boolean.TRUE);
    g.central().forEachFirstWord(first);
    g.local().forEachFirstWord(first);
    g.prefixes().forEachFirstWord(first);
    g.heads().forEachFirstWord(first);
    firstWords.put("cac", Boolean.TRUE);
    boolean[] known = {true};
    firstWords.forEachKey(w -> known[0] &= g.tokenizer().knows(w));
    firstWordsKnown = known[0];
    mentionStartFlags = g.central().startFlag() | g.local().startFlag() | g.prefixes().startFlag()
        | g.heads().startFlag();
    keyStarts = new KeyStarts(List.of(g.heads(), g.central(), g.local(), g.prefixes()));
    g.central().forEachValue(c -> {
      if (!centrals.containsKey(c)) {
        Agency[] byDepth = new Agency[MAX_PARENT_DEPTH + 1];
        for (int d = 0; d <= MAX_PARENT_DEPTH; d++) {
          byDepth[d] = renderCentral(c, d);
        }
        centrals.put(c, byDepth);
      }
    });
  }

  /**
   * Whether a mention may begin at token i: false only when {@link #parseAt} would surely
   * find none, its first word beginning no key, even split in two as glued words are
   * ({@link TokenTrie}); a quick test that spares the walks of most words of running text.
   */
  boolean mayStart(Context c, int i) {
    if (i >= c.size() || !c.tok(i).word()) {
      return false;
    }
    Token t = c.tok(i);
    String w = t.fold();
    if (t.startsMarked()) {
      // its marks say whether it begins a key of the mention tries, whole or glued (as the
      // lookups below would); "các" is the one first word no trie holds
      return !t.beginsNoKey(mentionStartFlags) || t.mayBeCollective() && collective(w);
    }
    if ((t.known() || !firstWordsKnown) && firstWords.get(w) != null) {
      return true;
    }
    if (!TokenTrie.mayBeGlued(w)) {
      return false;
    }
    int h = 31 * w.charAt(0) + w.charAt(1); // the hash of w[0, MIN_HALF)
    for (int p = TokenTrie.MIN_HALF; p <= w.length() - TokenTrie.MIN_HALF; p++) {
      if (firstWords.mayHoldLength(p) && firstWords.get(w, 0, p, h) != null) {
        return true;
      }
      h = 31 * h + w.charAt(p); // the hash of w[0, p + 1)
    }
    return false;
  }

  /**
   * Whether a mention may begin at token i, its first two words read: {@link #mayStart}, and
   * then some key of the national, local, prefix or head names matches from there
   * ({@link KeyStarts}), or the word is {@code các}. False only when {@link #parseAt} would
   * surely find none; it spares the walks of the capitalised words of running text that
   * begin a name but are followed by no word of one ({@code Ủy | quyền}).
   */
  boolean mayParseAt(Context c, int i) {
    return mayStart(c, i) && (c.tok(i).mayBeCollective() && collective(c.tok(i).fold())
        || keyStarts.mayMatch(c.tokens(), i, namesAlone(c, i) ? KeyStarts.ALL : HEADS_ALONE));
  }

  /**
   * The tries of {@link #keyStarts} (their bits) whose keys of one word may match at a word
   * that is no name alone ({@link #namesAlone}): the heads only, which are read before a body
   * whatever its case ({@link #skipHeads}); a body needs three words there ({@link #nameEnd}).
   */
  private static final int HEADS_ALONE = 1;

  /**
   * Whether the folded word {@code w} is {@code các} or begins with it glued to the next word
   * ({@code cácsở}), as {@link #mayStart} reads first words; most words are refused by their
   * first letter.
   */
  static boolean collective(String w) {
    return !w.isEmpty() && w.charAt(0) == 'c' && w.startsWith("cac")
        && (w.length() == 3 || w.length() >= 3 + TokenTrie.MIN_HALF && TokenTrie.mayBeGlued(w));
  }

  /** The longest mention beginning at token {@code i}, or null. */
  Parse parseAt(Context c, int i) {
    if (i >= c.size() || !c.tok(i).word()) {
      return null;
    }
    Parse best = bestBody(c, i, 0);
    if (c.wordIs(i, "cac")) {
      best = better(best, group(c, i, null, null));
    }
    int h = skipHeads(c, i);
    if (h > i && h < c.size()) {
      best = better(best, bestBody(c, h, 0));
      if (c.wordIs(h, "cac")) {
        best = better(best, group(c, h, null, null));
      }
    }
    return best;
  }

  /** Whether a parse ending at {@code end} with {@code priority} would beat {@code best}. */
  private static boolean beats(int end, int priority, Parse best) {
    return best == null || end > best.end() || (end == best.end() && priority > best.priority());
  }

  private static Parse better(Parse a, Parse b) {
    if (b == null) {
      return a;
    }
    return b.betterThan(a) ? b : a;
  }

  /** The index after the head titles at i ({@code Giám đốc (Thủ trưởng)}), i if none. */
  int skipHeads(Context c, int i) {
    int j = i;
    for (int n = 0; n < 3; n++) {
      TokenTrie.Hit<String> h = g.heads().longest(c.tokens(), j);
      if (h == null) {
        break;
      }
      j = h.end();
      if (j < c.size() && (c.tok(j).is("(") || c.tok(j).is("/"))) {
        TokenTrie.Hit<String> h2 = g.heads().longest(c.tokens(), j + 1);
        if (h2 != null) {
          j = h2.end();
          if (j < c.size() && c.tok(j).is(")")) {
            j++;
          }
        }
      }
    }
    return j;
  }

  /** The best body (not a bare group) at i. */
  private Parse bestBody(Context c, int i, int depth) {
    Parse best = null;
    // the local reading that is best so far, rendered only if it still is when all are read
    // (a longer name read after it would leave its rendering unused)
    Unrendered local = null;
    if (c.wordIs(i - 1, "phi")) {
      return null; // "phi chính phủ": non-governmental
    }
    int minEnd = nameEnd(c, i);
    if (minEnd == NO_NAME) {
      return null; // no key read from i can be a name: spare the walks
    }
    List<TokenTrie.Hit<Central>> centralHits = g.central().matches(c.tokens(), i, minEnd);
    for (int q = 0; q < centralHits.size(); q++) { // indexed: no iterator per word
      TokenTrie.Hit<Central> h = centralHits.get(q);
      best = better(best, new Parse(h.end(), ImmutableList.of(central(h.values().get(0))), 2));
    }
    List<TokenTrie.Hit<LocalRow>> localHits = g.local().matches(c.tokens(), i, minEnd);
    for (int q = 0; q < localHits.size(); q++) {
      TokenTrie.Hit<LocalRow> h = localHits.get(q);
      for (LocalRow row : h.values()) {
        Unit u = unit(c, row, h.end());
        if (row.anchored() && u.end() == h.end()) {
          continue; // "Báo cáo …" is not a newspaper: "Báo" needs its place
        }
        int prio = u.explicit() ? 3 : relativePriority(c, row, i);
        if (beats(u.end(), prio, best)) {
          local = new Unrendered(row, u, new Parse(u.end(), ImmutableList.of(), prio));
          best = local.parse();
        }
        if (u.end() == h.end() && c.wordIs(h.end(), "cac")) {
          best = better(best, group(c, h.end(), row.baseName(), row));
        }
      }
    }
    if (depth < 2) {
      List<TokenTrie.Hit<Prefix>> prefixHits = g.prefixes().matches(c.tokens(), i, minEnd);
      for (int q = 0; q < prefixHits.size(); q++) {
        TokenTrie.Hit<Prefix> h = prefixHits.get(q);
        Prefix p = h.values().get(0);
        Parse inner = bestBody(c, h.end(), depth + 1);
        if (inner != null && inner.agencies().size() == 1) {
          if (beats(inner.end(), 1, best)) {
            best = new Parse(inner.end(), ImmutableList.of(compose(p, inner.agencies().get(0))), 1);
          }
        } else if (c.wordIs(h.end(), "cac")) {
          best = better(best, group(c, h.end(), p.name(), null));
        } else if (!p.standalone().isEmpty()) {
          best = better(best, new Parse(h.end(), ImmutableList.of(standalone(c, p)), 0));
        }
      }
    }
    if (local != null && best == local.parse()) {
      best = new Parse(best.end(), ImmutableList.of(render(c, local.row(), local.unit(), i, 0)),
          best.priority());
    }
    return best;
  }

  /**
   * A local body's reading that is the best so far, its agency not rendered yet: {@code parse}
   * holds where it ends and its priority, all that the readings after it are weighed by.
   */
  private record Unrendered(LocalRow row, Unit unit, Parse parse) {}

  /**
   * Whether the word at i is a name by itself: capitalised, or an abbreviation (several words
   * over its range); then a key of that word alone may be read as a name.
   */
  private static boolean namesAlone(Context c, int i) {
    Token t = c.tok(i);
    return t.capital() || t.upper() || (i + 1 < c.size() && c.tok(i + 1).start() == t.start());
  }

  /** {@link #nameEnd} when no key read from a token can be a name. */
  private static final int NO_NAME = Integer.MAX_VALUE;

  /**
   * The least end such that tokens [i, end) read as a name rather than common words, or
   * {@link #NO_NAME}: a name is capitalised, an abbreviation, or three words or more ({@code
   * ủy ban nhân dân}); so {@code báo cáo}, {@code thanh tra} and {@code chính phủ} in lower
   * case are not bodies. Since no key runs across a hard mark, a lower-case start with fewer
   * than three words before one can begin no name. Keys ending before this end are not
   * collected, so most lower-case words of running text are refused without building hits.
   */
  private static int nameEnd(Context c, int i) {
    if (i >= c.size() || !c.tok(i).word()) {
      return NO_NAME; // no key begins at a mark or past the end
    }
    if (namesAlone(c, i)) {
      return i + 1;
    }
    int words = 0;
    int lastStart = -1;
    for (int k = i; k < c.size(); k++) {
      Token w = c.tok(k);
      if (w.hard()) {
        break;
      }
      if (w.word() && w.start() != lastStart) {
        words++;
        lastStart = w.start();
        if (words == 3) {
          return k + 1;
        }
      }
    }
    return NO_NAME;
  }

  /**
   * A sub-body named alone on the line below its body ({@code VĂN PHÒNG} under {@code UBND
   * TỈNH KIÊN GIANG}), when the prefix is all that is left from token k.
   */
  Optional<Agency> prefixBelow(Context c, int k, Agency body) {
    if (k >= c.size() || !c.tok(k).lineStart()) {
      return Optional.empty();
    }
    TokenTrie.Hit<Prefix> h = g.prefixes().longest(c.tokens(), k);
    if (h == null || h.end() != c.size()) {
      return Optional.empty();
    }
    return Optional.of(compose(h.values().get(0), body));
  }

  /** Among equal relative readings, the one that fits the place ({@code Thành ủy} in Cần Thơ). */
  private static int relativePriority(Context c, LocalRow row, int i) {
    Optional<Province> province = c.place().province();
    boolean city = province.isPresent() && province.get().city();
    if (row.defaultTier() == Tier.PROVINCE) {
      return city || !c.wordIs(i, "thanh") ? 1 : 0;
    }
    return city ? 0 : 1;
  }

  // ---------------------------------------------------------------- units and names

  private Unit unit(Context c, LocalRow row, int k) {
    if (!row.takesUnitWord()) {
      Tier t = row.defaultTier();
      if (t == Tier.PROVINCE) {
        ProvinceAt p = provinceAt(c, k);
        return p != null ? new Unit(t, null, null, p.province, p.end) : new Unit(t, null, null, null, k);
      }
      NameAt n = properNameAt(c, k);
      return n != null ? new Unit(t, null, n.name, null, n.end) : new Unit(t, null, null, null, k);
    }
    TokenTrie.Hit<Tier> w = g.unitWords().longest(c.tokens(), k);
    if (w != null) {
      String word = unitWord(c, k, w.end());
      boolean thanhPho = w.values().size() > 1;
      int e = w.end();
      if (row.allows(Tier.PROVINCE) && w.values().contains(Tier.PROVINCE)) {
        ProvinceAt p = provinceAt(c, e);
        if (p != null && (!thanhPho || p.province.city() || !row.allows(Tier.DISTRICT))) {
          return new Unit(Tier.PROVINCE, word, null, p.province, p.end);
        }
      }
      for (Tier t : w.values()) {
        if (t != Tier.PROVINCE && row.allows(t)) {
          NameAt n = properNameAt(c, e);
          if (n != null) {
            return new Unit(t, word, n.name, null, n.end);
          }
        }
      }
      Optional<Province> province = c.place().province();
    boolean city = province.isPresent() && province.get().city();
      if (thanhPho) {
        if ((city || !row.allows(Tier.DISTRICT)) && row.allows(Tier.PROVINCE)) {
          return new Unit(Tier.PROVINCE, word, null, null, e);
        }
        if (row.allows(Tier.DISTRICT)) {
          return new Unit(Tier.DISTRICT, word, null, null, e);
        }
      } else {
        Tier t = w.values().get(0);
        if (row.allows(t)) {
          return new Unit(t, word, null, null, e);
        }
      }
    }
    if (row.allows(Tier.PROVINCE)) {
      ProvinceAt p = provinceAt(c, k);
      if (p != null) {
        return new Unit(Tier.PROVINCE, null, null, p.province, p.end);
      }
    }
    return new Unit(row.defaultTier(), null, null, null, k);
  }

  private record ProvinceAt(Province province, int end) {}

  private ProvinceAt provinceAt(Context c, int k) {
    k = skipDots(c, k);
    if (k >= c.size() || !c.tok(k).word()) {
      return null;
    }
    Token t = c.tok(k);
    if (!t.capital() && !t.upper()) {
      return null;
    }
    TokenTrie.Hit<Province> h = g.provinceTrie().longest(c.tokens(), k);
    if (h == null) {
      return null;
    }
    Province p = preferred(h.values());
    if (!p.bareName().equals(p.name()) && !afterUnitWord(c, k) && !c.wordIs(k, "thanh")
        && !c.wordIs(k, "tphcm") && !c.wordIs(k, "hcm")) {
      return null; // "Hồ Chí Minh" alone is the man (tư tưởng Hồ Chí Minh), not the city
    }
    return new ProvinceAt(p, h.end());
  }

  /** Whether a unit word ({@code tỉnh}, {@code thành phố}, {@code TP.}) ends just before k. */
  private static boolean afterUnitWord(Context c, int k) {
    int j = k - 1;
    while (j >= 0 && c.tok(j).is(".") && c.tok(j).soft()) {
      j--;
    }
    return c.wordIs(j, "tinh") || (c.wordIs(j, "pho") && c.wordIs(j - 1, "thanh"));
  }

  private static Province preferred(List<Province> ps) {
    return ps.get(ps.size() - 1);
  }

  private record NameAt(String name, int end) {}

  /** A proper name ({@code Đại Từ}, {@code Biên Hòa}, {@code 5}) at k: capitalised words. */
  private NameAt properNameAt(Context c, int k) {
    k = skipDots(c, k);
    if (k >= c.size() || !c.tok(k).word()) {
      return null;
    }
    Token first = c.tok(k);
    if (first.number()) {
      return new NameAt(c.text().subSequence(first.start(), first.end()).toString(), k + 1);
    }
    if (!first.capital() || reserved(c, k)) {
      return null;
    }
    boolean upperMode = first.upper();
    int j = k;
    int words = 0;
    int end = k;
    while (j < c.size() && words < MAX_NAME_WORDS) {
      Token t = c.tok(j);
      if (!t.word()) {
        if (t.is("-") && words > 0 && j + 1 < c.size() && c.tok(j + 1).word()
            && c.tok(j + 1).capital() && !reserved(c, j + 1)) {
          j++;
          continue;
        }
        break;
      }
      if (words > 0 && (!t.capital() || t.is("va") || reserved(c, j)
          || (upperMode && (t.lineStart() || !t.upper())) || c.gapBefore(j)
          || t.number())) {
        break;
      }
      if (words > 0 && t.start() == c.tok(j - 1).start()) {
        j++; // more words of one abbreviation
        end = j;
        continue;
      }
      j++;
      words++;
      end = j;
    }
    if (words == 0) {
      return null;
    }
    String surface = c.text().subSequence(first.start(), c.tok(end - 1).end()).toString();
    return new NameAt(titleCase(surface, upperMode), end);
  }

  /** Past the full stop of an abbreviation ({@code TX.} Đồng Xoài). */
  private static int skipDots(Context c, int k) {
    while (k < c.size() && c.tok(k).is(".") && c.tok(k).soft()) {
      k++;
    }
    return k;
  }

  /** Whether a name of the gazetteer (not a place) begins at i. */
  private boolean reserved(Context c, int i) {
    return c.wordIs(i, "cac")
        || g.central().longest(c.tokens(), i) != null
        || localName(c, i)
        || g.prefixes().longest(c.tokens(), i) != null
        || g.heads().longest(c.tokens(), i) != null
        || g.unitWords().longest(c.tokens(), i) != null && spelledAsUnit(c, i)
        || isMotto(c, i);
  }

  /**
   * Whether a local body's name begins at i, its first word spelled with that name's marks when
   * it has marks: "Báo Đồng Nai" is a newspaper, the "Bảo" of the district Bảo Thắng is not.
   */
  private boolean localName(Context c, int i) {
    TokenTrie.Hit<LocalRow> hit = g.local().longest(c.tokens(), i);
    if (hit == null) {
      return false;
    }
    Token t = c.tok(i);
    String w = c.text().subSequence(t.start(), t.end()).toString().toLowerCase(Locale.ROOT);
    if (w.equals(t.fold())) {
      return true;
    }
    for (LocalRow row : hit.values()) {
      String first = row.template().split(" ", 2)[0].toLowerCase(Locale.ROOT);
      if (first.equals(w) || !g.key(first).equals(t.fold())) {
        return true; // spelled as the name, or matched through an alias
      }
    }
    return false;
  }

  /**
   * Whether a word that folds to a unit word is written as one: a word with marks must carry
   * the unit word's marks ("TỈNH", not the "TỊNH" of the district Sơn Tịnh); a word without
   * marks (OCR) may be either.
   */
  private static boolean spelledAsUnit(Context c, int i) {
    Token t = c.tok(i);
    String w = c.text().subSequence(t.start(), t.end()).toString().toLowerCase(Locale.ROOT);
    return w.equals(t.fold()) || UNIT_SPELLINGS.contains(w);
  }

  private static boolean isMotto(Context c, int i) {
    return (c.wordIs(i, "cong") && c.wordIs(i + 1, "hoa"))
        || (c.wordIs(i, "doc") && c.wordIs(i + 1, "lap"))
        || (c.wordIs(i, "dang") && c.wordIs(i + 1, "cong") && c.wordIs(i + 2, "san"));
  }

  static String titleCase(String s, boolean upper) {
    String collapsed = WHITE.trimAndCollapseFrom(s, ' ');
    if (!upper) {
      return collapsed;
    }
    StringBuilder b = new StringBuilder(collapsed.length());
    boolean start = true;
    for (int i = 0; i < collapsed.length(); i++) {
      char ch = collapsed.charAt(i);
      if (Character.isLetter(ch)) {
        b.append(start ? Character.toUpperCase(ch) : Character.toLowerCase(ch));
        start = false;
      } else {
        b.append(ch);
        start = !Character.isDigit(ch) && Character.getType(ch) != Character.NON_SPACING_MARK;
      }
    }
    return b.toString();
  }

  /** The unit word of tokens [from, to) as a name writes it: {@code TP.} → {@code thành phố}. */
  private static String unitWord(Context c, int from, int to) {
    StringBuilder f = new StringBuilder();
    for (int i = from; i < to; i++) {
      if (c.tok(i).word()) {
        f.append(f.length() == 0 ? "" : " ").append(c.tok(i).fold());
      }
    }
    return switch (f.toString()) {
      case "tinh" -> "tỉnh";
      case "thanh pho" -> "thành phố";
      case "huyen" -> "huyện";
      case "quan" -> "quận";
      case "thi xa" -> "thị xã";
      case "xa" -> "xã";
      case "phuong" -> "phường";
      case "thi tran" -> "thị trấn";
      default -> surfaceLower(c, from, to);
    };
  }

  /** The words of tokens [from, to) as printed, white space collapsed, capitals lowered. */
  private static String surfaceLower(Context c, int from, int to) {
    String s = WHITE.trimAndCollapseFrom(
        c.text().subSequence(c.tok(from).start(), c.tok(to - 1).end()), ' ');
    return lettersUpper(s) ? s.toLowerCase(Locale.ROOT) : s;
  }

  /** Whether every letter of {@code s} is upper case (true when it has none). */
  private static boolean lettersUpper(String s) {
    for (int k = 0; k < s.length(); k++) {
      char ch = s.charAt(k);
      if (Character.isLetter(ch) && !Character.isUpperCase(ch)) {
        return false;
      }
    }
    return true;
  }

  // ---------------------------------------------------------------- rendering

  private Agency central(Central c) {
    return central(c, 0);
  }

  private Agency central(Central c, int depth) {
    Agency[] byDepth = centrals.get(c);
    return byDepth != null && depth <= MAX_PARENT_DEPTH ? byDepth[depth] : renderCentral(c, depth);
  }

  private Agency renderCentral(Central c, int depth) {
    var b = Agency.builder().name(c.name()).kind(c.kind()).level(Level.CENTRAL);
    if (!c.parent().isEmpty() && depth < MAX_PARENT_DEPTH) {
      g.centralNamed(c.parent()).ifPresent(p -> b.parent(central(p, depth + 1)));
    }
    return b.build();
  }

  /**
   * All that {@link #render} reads of its arguments, within one place ({@link Context#place}).
   * Its equality is written out: the generated one of a record of seven components costs a
   * chain of method handles per lookup, and rows and provinces are the gazetteer's own
   * instances, which {@link Objects#equals} tells apart by reference first.
   */
  record RenderKey(LocalRow row, Tier tier, String word, String name, Province province,
      boolean thanh, int depth) {
    @Override
    public boolean equals(Object o) {
      return o instanceof RenderKey k && row == k.row && tier == k.tier && thanh == k.thanh
          && depth == k.depth && Objects.equals(word, k.word) && Objects.equals(name, k.name)
          && Objects.equals(province, k.province);
    }

    @Override
    public int hashCode() {
      int h = System.identityHashCode(row);
      h = 31 * h + tier.ordinal();
      h = 31 * h + Objects.hashCode(word);
      h = 31 * h + Objects.hashCode(name);
      h = 31 * h + (province == null ? 0 : province.name().hashCode());
      return 31 * (31 * h + (thanh ? 1 : 0)) + depth;
    }
  }

  private Agency render(Context c, LocalRow row, Unit u, int aliasStart, int depth) {
    RenderKey key = renderKey(c, row, u, aliasStart, depth);
    Agency done = c.rendered().get(key);
    if (done == null) {
      done = renderAnew(c, row, u, aliasStart, depth);
      c.rendered().put(key, done);
    }
    return done;
  }

  /**
   * The {@link RenderKey} of a rendering, holding only what {@link #renderAnew} reads: the
   * province the body is in (named, else the place's); of a province-tier body in a known
   * province, nothing else of its unit; the alias ({@code Thành ủy}) only where no province
   * is known. So {@code Sở Tư pháp} and {@code Sở Tư pháp tỉnh X} in a document of X are
   * rendered once.
   */
  private static RenderKey renderKey(Context c, LocalRow row, Unit u, int aliasStart, int depth) {
    Province p = u.province() != null ? u.province() : c.place().province().orElse(null);
    boolean provinceOnly = u.tier() == Tier.PROVINCE && p != null;
    return new RenderKey(row, u.tier(), provinceOnly ? null : u.word(),
        provinceOnly ? null : u.name(), p, p == null && c.wordIs(aliasStart, "thanh"), depth);
  }

  private Agency renderAnew(Context c, LocalRow row, Unit u, int aliasStart, int depth) {
    Place place = c.place();
    Province p = u.province() != null ? u.province() : place.province().orElse(null);
    String loc;
    String n;
    String up;
    switch (u.tier()) {
      case PROVINCE:
        if (p != null) {
          loc = p.tierWord() + " " + p.name();
          n = p.bareName();
        } else {
          loc = u.word() == null ? "" : u.word();
          n = "";
        }
        up = "";
        break;
      default:
        String name = u.name();
        String word = u.word();
        if (name == null && u.tier() == Tier.DISTRICT && place.districtName().isPresent()
            && (word == null || word.equals(place.districtWord().orElse(null)))) {
          name = place.districtName().get();
          word = place.districtWord().orElse(word);
        }
        if (word == null) {
          word = u.tier() == Tier.DISTRICT ? place.districtWord().orElse("huyện") : "xã";
        }
        loc = name == null ? word : word + " " + name;
        n = name == null ? "" : name;
        String provPhrase = p == null ? "" : p.tierWord() + " " + p.name();
        if (u.tier() == Tier.COMMUNE && place.districtName().isPresent()) {
          up = place.districtWord().orElse("huyện") + " " + place.districtName().get();
        } else {
          up = provPhrase;
        }
        break;
    }
    String committee = p != null ? p.partyCommittee()
        : c.wordIs(aliasStart, "thanh") ? "Thành ủy" : "Tỉnh ủy";
    String name = row.nameTemplate().fill(loc, n, committee, p == null ? "" : p.bareName(), up);
    Level level = u.tier() == Tier.PROVINCE ? row.level()
        : u.tier() == Tier.DISTRICT ? Level.DISTRICT : Level.COMMUNE;
    var b = Agency.builder().name(name).kind(row.kind()).level(level);
    if (p != null) {
      b.locality(p.name());
    }
    if (depth < MAX_PARENT_DEPTH) {
      Optional<Agency> parent = parentOf(c, row, u, p, name, depth);
      if (parent.isPresent()) {
        b.parent(parent.get());
      }
    }
    return b.build();
  }

  /**
   * The body above a local body, from its row's parent (read once by the gazetteer): a
   * national body by name, or a local row at the same tier ({@code {loc}}), the tier above ({@code {up}}) or the
   * province ({@code {U}}, {@code {P}}).
   */
  private Optional<Agency> parentOf(Context c, LocalRow row, Unit u, Province p, String own,
      int depth) {
    Parent parent = u.tier() == Tier.PROVINCE ? row.parentTop() : row.parentLow();
    if (parent.none()) {
      return Optional.empty();
    }
    if (parent.named()) {
      return Optional.of(parent.national() != null ? central(parent.national(), depth + 1)
          : Agency.of(parent.template()));
    }
    Unit target;
    if (parent.namesProvince() || (parent.namesUp() && (u.tier() == Tier.DISTRICT
        || c.place().districtName().isEmpty()))) {
      if (p == null) {
        return Optional.empty();
      }
      target = new Unit(Tier.PROVINCE, null, null, p, 0);
    } else if (parent.namesUp()) {
      target = new Unit(Tier.DISTRICT, c.place().districtWord().orElse("huyện"),
          c.place().districtName().get(), null, 0);
    } else {
      target = u;
    }
    LocalRow parentRow = g.localRow(parent.rowTemplate()).orElse(null);
    if (parentRow == null || parentRow == row && target == u) {
      return Optional.empty();
    }
    Agency rendered = render(c, parentRow, target, -1, depth + 1);
    return rendered.name().equals(own) ? Optional.empty() : Optional.of(rendered);
  }

  private Agency compose(Prefix p, Agency inner) {
    AgencyKind kind;
    boolean party = inner.kind() == AgencyKind.PARTY_COMMITTEE || inner.kind() == AgencyKind.PARTY_BOARD;
    if (p.kind().equals("AUTO")) {
      kind = party ? AgencyKind.PARTY_BOARD : AgencyKind.DEPARTMENT;
    } else {
      kind = AgencyKind.valueOf(p.kind());
    }
    Level level = p.sameLevel() ? inner.level() : below(inner.level());
    var b = Agency.builder().name(p.name() + " " + inner.name()).kind(kind).level(level)
        .parent(inner);
    if (inner.locality().isPresent()) {
      b.locality(inner.locality().get());
    }
    return b.build();
  }

  private static Level below(Level l) {
    return l == Level.PROVINCIAL ? Level.DEPARTMENT : l;
  }

  private Agency standalone(Context c, Prefix p) {
    Optional<Province> prov = c.place().province();
    AgencyKind kind = p.kind().equals("AUTO") ? AgencyKind.PARTY_BOARD : AgencyKind.valueOf(p.kind());
    if (prov.isEmpty()) {
      return Agency.builder().name(p.name()).kind(kind).build();
    }
    Province pr = prov.get();
    String name = NameTemplate.of(p.standalone())
        .fill("", pr.bareName(), pr.partyCommittee(), pr.bareName(), "");
    String committeeName = pr.partyCommittee() + " " + pr.bareName();
    Agency committee = Agency.builder().name(committeeName).kind(AgencyKind.PARTY_COMMITTEE)
        .level(Level.PROVINCIAL).locality(pr.name())
        .parent(central(g.centralNamed("Ban Chấp hành Trung ương Đảng").orElseThrow()))
        .build();
    return Agency.builder().name(name).kind(kind)
        .level(p.sameLevel() ? Level.PROVINCIAL : Level.DEPARTMENT).locality(pr.name())
        .parent(committee).build();
  }

  // ---------------------------------------------------------------- localities

  /** The first province or city and the first district that the tokens name. */
  Locality locality(Context c) {
    Province province = null;
    String districtWord = null;
    String districtName = null;
    for (int i = 0; i < c.size() && (province == null || districtName == null); i++) {
      if (!c.tok(i).word()) {
        continue;
      }
      TokenTrie.Hit<Central> central = g.central().longest(c.tokens(), i);
      if (central != null) {
        i = central.end() - 1; // "Đoàn TNCS Hồ Chí Minh" names no place
        continue;
      }
      int e;
      String word = null;
      if ((e = phrase(c, i, "huyen", "uy")) > 0) {
        word = "huyện";
      } else if ((e = phrase(c, i, "quan", "uy")) > 0) {
        word = "quận";
      } else if ((e = phrase(c, i, "thi", "uy")) > 0) {
        word = "thị xã";
      } else if ((e = phrase(c, i, "thanh", "uy")) > 0) {
        word = "thành phố";
      }
      if (word != null) {
        ProvinceAt p = provinceAt(c, e);
        if (p != null) {
          province = province == null ? p.province : province;
          i = p.end - 1;
          continue;
        }
        NameAt n = properNameAt(c, e);
        if (n != null && districtName == null) {
          districtWord = word;
          districtName = n.name;
          i = n.end - 1;
        }
        continue;
      }
      TokenTrie.Hit<Tier> w = g.unitWords().longest(c.tokens(), i);
      if (w != null) {
        boolean thanhPho = w.values().size() > 1;
        if (w.values().contains(Tier.PROVINCE)) {
          ProvinceAt p = provinceAt(c, w.end());
          if (p != null && (!thanhPho || p.province.city() || province == null)) {
            province = province == null ? p.province : province;
            i = p.end - 1;
            continue;
          }
        }
        if (w.values().contains(Tier.DISTRICT)) {
          NameAt n = properNameAt(c, w.end());
          if (n != null) {
            if (districtName == null) {
              districtWord = unitWord(c, i, w.end());
              districtName = n.name;
            }
            i = n.end - 1;
            continue;
          }
        }
        i = w.end() - 1;
        continue;
      }
      ProvinceAt p = provinceAt(c, i);
      if (p != null) {
        province = province == null ? p.province : province;
        i = p.end - 1;
      }
    }
    Optional<String> district = districtName == null ? Optional.empty()
        : Optional.of(districtWord + " " + districtName);
    if (province == null) {
      return new Locality(Optional.empty(), false, district);
    }
    return new Locality(Optional.of(province.name()), province.city(), district);
  }

  // ---------------------------------------------------------------- groups

  /**
   * A member of a list: its words [from, to), the separator before it, the token its item
   * opens at ({@code các} or a head before the words) and the end of its item (after the
   * place names of {@code huyện Biên Hòa, Long Khánh}).
   */
  private record MemberAt(Member member, int from, int to, String sep, int open, int end) {}

  /** A member's words found at {@code from} (past the head titles before them) by {@code hit}. */
  private record MemberHit(int from, TokenTrie.Hit<Member> hit) {}

  /**
   * The member at j, or after the head titles at j ({@code các Giám đốc | Sở}); null if none.
   */
  private MemberHit memberAt(Context c, int j) {
    TokenTrie.Hit<Member> h = g.members().longest(c.tokens(), j);
    if (h != null) {
      return new MemberHit(j, h);
    }
    int jj = skipHeads(c, j);
    h = jj == j ? null : g.members().longest(c.tokens(), jj); // no head: same walk, same miss
    return h == null ? null : new MemberHit(jj, h);
  }

  /**
   * A collective at k ({@code các sở, ban, ngành}), after an optional prefix body name
   * ({@code Ủy ban nhân dân} các huyện, thành phố). A list that goes on from the bodies of one
   * tier to those of another ({@code các sở, ban ngành, các cơ quan trung ương trên địa bàn
   * tỉnh}) names one collective per tier, each a {@link Piece} of the parse; the words after
   * the list qualify its last collective, and a province they name is every collective's.
   */
  private Parse group(Context c, int k, String prefixName, LocalRow prefixRow) {
    if (!c.wordIs(k, "cac")) {
      return null;
    }
    List<MemberAt> ms = new ArrayList<>();
    int last = -1;
    int open = k;
    String sep = null;
    MemberHit next = memberAt(c, k + 1);
    while (next != null && ms.size() < MAX_MEMBERS) {
      int jj = next.from();
      TokenTrie.Hit<Member> h = next.hit();
      Member m = h.values().get(0);
      if (ms.isEmpty() && prefixName == null) {
        Parse listed = enumerated(c, jj, h.end());
        if (listed != null) {
          return listed;
        }
      }
      if (prefixRow != null && !placeMember(m)) {
        break; // UBND các huyện, thành phố | và các hội …
      }
      if (h.end() == jj + 1 && c.wordIs(jj, "bao") && c.wordIs(h.end(), "cao")) {
        break; // các bộ, ngành và địa phương, | báo cáo: the verb, not the press
      }
      if (m.ambiguous() && h.end() < c.size() && c.tok(h.end()).word() && !c.tok(h.end()).capital()
          && phrase(c, h.end(), "truc", "thuoc") < 0) {
        break; // "các thị trường", "các quan điểm": words, not units
      }
      last = h.end();
      if (m.scope() == Scope.DISTRICT || m.scope() == Scope.COMMUNE) {
        last = skipNames(c, last);
      }
      ms.add(new MemberAt(m, jj, h.end(), sep, open, last));
      int s = last;
      sep = null;
      if (s < c.size() && c.tok(s).soft() && !c.tok(s).is(".")) {
        sep = ",";
        s++;
      }
      if (c.wordIs(s, "va")) {
        sep = "và";
        s++;
      }
      if (sep == null) {
        break;
      }
      open = s;
      if (c.wordIs(s, "cac")) {
        s++;
      }
      next = memberAt(c, s); // read once: the next member, or the end of the list
    }
    if (ms.isEmpty() || ms.size() == 1 && ms.get(0).member().ambiguous()) {
      return null;
    }
    List<Integer> starts = prefixName == null ? collectives(c, ms) : List.of(0);
    List<MemberAt> tail = ms.subList(starts.get(starts.size() - 1), ms.size());
    Scope scope = scopeOf(tail);
    int end = last;
    // qualifiers
    StringBuilder kept = new StringBuilder();
    Province explicit = null;
    boolean located = false;
    boolean owned = false;
    String bareUnit = null; // "trên địa bàn tỉnh" where no province is named
    for (int n = 0; n < 3 && !owned; n++) {
      int e;
      if ((e = phrase(c, end, "truc", "thuoc", "trung", "uong")) > 0
          || (e = phrase(c, end, "thuoc", "trung", "uong")) > 0) {
        int at = e - 2;
        Parse body = bestBody(c, at, 1);
        if (body != null && body.end() > e && body.agencies().size() == 1) {
          kept.append(c.wordIs(end, "truc") ? " trực thuộc " : " thuộc ")
              .append(body.agencies().get(0).name());
          end = body.end();
          owned = true;
        } else {
          kept.append(" trực thuộc Trung ương");
          end = e;
        }
      } else if ((e = phrase(c, end, "trung", "uong")) > 0) {
        kept.append(" Trung ương");
        end = e;
      } else if ((e = phrase(c, end, "cap", "tinh")) > 0 || (e = phrase(c, end, "cap", "huyen")) > 0
          || (e = phrase(c, end, "cap", "xa")) > 0 || (e = phrase(c, end, "co", "lien", "quan")) > 0
          || (e = phrase(c, end, "lien", "quan")) > 0) {
        end = e;
      } else if ((e = phrase(c, end, "tren", "dia", "ban")) > 0) {
        int[] ue = new int[1];
        Province pr = provinceUnit(c, e, ue);
        if (ue[0] == e) {
          TokenTrie.Hit<Tier> w = g.unitWords().longest(c.tokens(), e);
          NameAt district = w == null || w.values().contains(Tier.PROVINCE) && w.values().size() == 1
              ? null : properNameAt(c, w.end());
          if (district == null) {
            break;
          }
          kept.append(" trên địa bàn ").append(unitWord(c, e, w.end())).append(' ')
              .append(district.name);
          end = district.end;
          owned = true;
          continue;
        }
        kept.append(" trên địa bàn");
        bareUnit = pr == null && ue[0] > e ? unitWord(c, e, ue[0]) : null;
        end = ue[0];
        explicit = pr != null ? pr : explicit;
        located = true;
      } else if ((e = phrase(c, end, "truc", "thuoc")) > 0 || (e = phrase(c, end, "thuoc")) > 0
          || (e = phrase(c, end, "cua")) > 0) {
        String word = c.wordIs(end, "cua") ? "của" : c.wordIs(end, "truc") ? "trực thuộc" : "thuộc";
        Parse body = c.wordIs(e, "cac") ? null : bestBody(c, e, 1);
        int[] ue = new int[1];
        Province pr = provinceUnit(c, e, ue);
        if (body != null && body.agencies().size() == 1 && body.end() > ue[0]) {
          kept.append(' ').append(word).append(' ').append(body.agencies().get(0).name());
          end = body.end();
          owned = true;
        } else if (ue[0] > e) {
          end = ue[0];
          explicit = pr != null ? pr : explicit;
          located = true;
        } else if (!word.equals("của")) {
          kept.append(' ').append(word);
          end = e;
        } else {
          break;
        }
      } else if (scope == Scope.SUBUNIT) {
        Parse body = bestBody(c, end, 1);
        if (body == null || body.agencies().size() != 1) {
          break;
        }
        kept.append(' ').append(body.agencies().get(0).name());
        end = body.end();
        owned = true;
      } else {
        int[] ue = new int[1];
        Province pr = provinceUnit(c, end, ue);
        if (ue[0] > end) {
          end = ue[0];
          explicit = pr != null ? pr : explicit;
          located = true;
        } else {
          break;
        }
      }
    }
    if (scope == Scope.CATCHALL && prefixName == null) {
      return new Parse(end, ImmutableList.of(), 1);
    }
    ImmutableList<Agency> lastNamed = collective(c, tail, scope, prefixName,
        kept.toString(), explicit, located, owned, bareUnit);
    List<Piece> pieces = new ArrayList<>(starts.size() + 1);
    for (int q = 0; q + 1 < starts.size(); q++) {
      List<MemberAt> part = ms.subList(starts.get(q), starts.get(q + 1));
      ImmutableList<Agency> named = collective(c, part, scopeOf(part), null, "", explicit,
          false, false, null);
      addPieces(pieces, part, named, q == 0 ? -1 : part.get(0).open(), part.get(part.size() - 1).end());
    }
    addPieces(pieces, tail, lastNamed, starts.size() == 1 ? -1 : tail.get(0).open(), end);
    if (pieces.size() == 1) {
      return new Parse(end, lastNamed, 1);
    }
    ImmutableList.Builder<Agency> all = ImmutableList.builder();
    for (Piece q : pieces) {
      all.addAll(q.agencies());
    }
    return new Parse(end, all.build(), 1, ImmutableList.copyOf(pieces));
  }

  /**
   * The pieces of one collective [from, end) that {@link #collective} named: one, or two when
   * it named the localities after national members apart ({@code các Bộ, ngành | và địa
   * phương}), split where {@code địa phương} is written.
   */
  private static void addPieces(List<Piece> pieces, List<MemberAt> part, ImmutableList<Agency> named,
      int from, int end) {
    int d = 0;
    while (d < part.size() && !part.get(d).member().localities()) {
      d++;
    }
    if (named.size() == 2 && d > 0 && d < part.size()) {
      pieces.add(new Piece(from, part.get(d - 1).end(), named.subList(0, 1)));
      pieces.add(new Piece(part.get(d).open(), end, named.subList(1, 2)));
    } else {
      pieces.add(new Piece(from, end, named));
    }
  }

  /**
   * Where each collective of a list begins, as indexes into {@code ms}: 0, and every member
   * that starts another, either
   * <ul>
   *   <li>a member that names bodies of one tier only ({@code sở}, {@code bộ}) when the last
   *       such member before it names another tier's ({@code các sở, ban ngành, cơ quan trung
   *       ương}); the members both tiers have ({@code ban, ngành}) stay with the collective
   *       they follow ({@code các Bộ, ngành});
   *   <li>or a member after a repeated {@code các} whose scope differs from the collective
   *       before it ({@code các tỉnh, thành đoàn, đoàn trực thuộc, | các ban, đơn vị thuộc
   *       Trung ương Đoàn}); a catch-all word on either side starts none ({@code các cơ quan,
   *       đơn vị, các sở} is the departments).
   * </ul>
   */
  private static List<Integer> collectives(Context c, List<MemberAt> ms) {
    List<Integer> starts = new ArrayList<>(2);
    starts.add(0);
    Scope tier = null;
    Scope scope = Scope.CATCHALL; // the widest scope of the collective read so far
    for (int i = 0; i < ms.size(); i++) {
      MemberAt at = ms.get(i);
      Member m = at.member();
      boolean cut = m.tierOnly() && tier != null && m.scope() != tier
          || i > 0 && c.wordIs(at.open(), "cac") && m.scope() != Scope.CATCHALL
          && scope != Scope.CATCHALL && m.scope() != scope;
      if (cut) {
        starts.add(i);
        scope = Scope.CATCHALL;
      }
      if (m.tierOnly()) {
        tier = m.scope();
      }
      if (m.scope().compareTo(scope) > 0) {
        scope = m.scope();
      }
    }
    return starts;
  }

  /** The widest scope among the members. */
  private static Scope scopeOf(List<MemberAt> ms) {
    Scope scope = Scope.CATCHALL;
    for (MemberAt m : ms) {
      if (m.member().scope().compareTo(scope) > 0) {
        scope = m.member().scope();
      }
    }
    return scope;
  }

  /**
   * The bodies one collective names: the group under its members' words with what qualifies
   * it ({@code kept}) and its place, and {@code Các địa phương} after national members.
   */
  private ImmutableList<Agency> collective(Context c, List<MemberAt> ms, Scope scope,
      String prefixName, String kept, Province explicit, boolean located, boolean owned,
      String bareUnit) {
    boolean localPlaces = false;
    for (MemberAt m : ms) {
      localPlaces |= m.member().localities();
    }
    StringBuilder members = new StringBuilder();
    for (MemberAt m : ms) {
      if (scope != Scope.CATCHALL && m.member().scope() == Scope.CATCHALL && !owned) {
        continue;
      }
      if (members.length() > 0) {
        members.append("và".equals(m.sep()) ? " và " : ", ");
      }
      boolean abbreviation = m.to() - m.from() > 1
          && c.tok(m.from()).start() == c.tok(m.to() - 1).start();
      members.append(m.member().fixed() || abbreviation ? m.member().name()
          : surfaceLower(c, m.from(), m.to()));
    }
    Province p = explicit != null ? explicit : c.place().province().orElse(null);
    boolean withPlace = !owned && (located || scope == Scope.DEPARTMENT
        || scope == Scope.DISTRICT || scope == Scope.COMMUNE);
    StringBuilder name = new StringBuilder();
    name.append(prefixName == null ? "Các " : prefixName + " các ").append(members).append(kept);
    if (withPlace && explicit == null && scope == Scope.COMMUNE
        && c.place().districtName().isPresent()) {
      // the communes of a district document are that district's: "UBND các xã, thị trấn huyện X"
      name.append(' ').append(c.place().districtWord().orElse("huyện")).append(' ')
          .append(c.place().districtName().get());
    } else if (withPlace && p != null) {
      name.append(' ').append(p.tierWord()).append(' ').append(p.name());
    } else if (located && bareUnit != null) {
      name.append(' ').append(bareUnit); // "trên địa bàn tỉnh" of a province not named
    }
    Level level = switch (scope) {
      case CENTRAL -> Level.CENTRAL;
      case PROVINCE -> Level.PROVINCIAL;
      case DISTRICT -> Level.DISTRICT;
      case COMMUNE -> Level.COMMUNE;
      case DEPARTMENT -> Level.DEPARTMENT;
      case CATCHALL, SUBUNIT -> Level.UNKNOWN;
    };
    var b = Agency.builder().name(name.toString()).kind(AgencyKind.GROUP).level(level);
    if (withPlace && p != null) {
      b.locality(p.name());
    }
    ImmutableList.Builder<Agency> out = ImmutableList.builder();
    out.add(b.build());
    if (localPlaces && scope == Scope.CENTRAL && prefixName == null) {
      out.add(Agency.builder().name("Các địa phương").kind(AgencyKind.GROUP)
          .level(Level.PROVINCIAL).build());
    }
    return out.build();
  }

  /**
   * Ministries or departments listed after their common word: {@code các Bộ: Kế hoạch và Đầu
   * tư, Tài chính, Y tế} → three ministries; {@code các Sở: Nội vụ, Tư pháp} → two
   * departments. Null unless at least two items name bodies.
   */
  private Parse enumerated(Context c, int wordAt, int k) {
    String first = c.tok(wordAt).fold();
    if (!(first.equals("bo") || first.equals("so")) || k >= c.size()) {
      return null;
    }
    int j = k;
    if (c.tok(j).is(":")) {
      j++;
    }
    ImmutableList.Builder<Agency> out = ImmutableList.builder();
    int items = 0;
    int end = -1;
    int skipped = 0;
    for (int guard = 0; guard < 40 && j < c.size(); guard++) {
      Parse item = c.tok(j).word() && c.tok(j).capital() ? listedItem(c, first, j) : null;
      if (item != null) {
        out.addAll(item.agencies());
        items++;
        end = item.end();
        j = item.end();
      } else {
        int s = j; // an item the gazetteer does not know ("Giaothông vận tải"): passed over
        while (s < c.size() && c.tok(s).word() && !c.wordIs(s, "va") && s - j < 8) {
          s++;
        }
        if (items == 0 || s == j || ++skipped > 3 || s >= c.size()
            || !(c.tok(s).is(",") || c.wordIs(s, "va"))) {
          break;
        }
        j = s;
      }
      if (j < c.size() && c.tok(j).soft() && c.tok(j).is(",")) {
        j++;
      }
      if (c.wordIs(j, "va")) {
        j++;
      }
      if (j == end) {
        break;
      }
    }
    return items >= 2 ? new Parse(end, out.build(), 2) : null;
  }

  private Parse listedItem(Context c, String first, int j) {
    Parse best = null;
    if (first.equals("bo")) {
      for (TokenTrie.Hit<Central> h : g.central().matchesAfter(first, c.tokens(), j)) {
        best = better(best, new Parse(h.end(), ImmutableList.of(central(h.values().get(0))), 2));
      }
    } else {
      for (TokenTrie.Hit<LocalRow> h : g.local().matchesAfter(first, c.tokens(), j)) {
        LocalRow row = h.values().get(0);
        Unit u = new Unit(row.defaultTier(), null, null, null, h.end());
        best = better(best, new Parse(h.end(), ImmutableList.of(render(c, row, u, j, 0)), 1));
      }
    }
    return best;
  }

  /** Whether a member names places, as the members after {@code Ủy ban nhân dân các} must. */
  private static boolean placeMember(Member m) {
    return m.scope() == Scope.PROVINCE || m.scope() == Scope.DISTRICT
        || m.scope() == Scope.COMMUNE || m.name().equals("cấp");
  }

  /** After "thành phố", "huyện" in a collective: the names that follow ({@code Biên Hòa, Long Khánh}). */
  private int skipNames(Context c, int k) {
    NameAt n = properNameAt(c, k);
    if (n == null) {
      return k;
    }
    int end = n.end;
    for (int guard = 0; guard < 12; guard++) {
      int s = end;
      if (s < c.size() && c.tok(s).soft()) {
        s++;
      }
      if (c.wordIs(s, "va")) {
        s++;
      }
      if (s == end) {
        break;
      }
      NameAt m = properNameAt(c, s);
      if (m == null || provinceAt(c, s) != null) {
        break;
      }
      end = m.end;
    }
    return end;
  }

  /** "tỉnh" / "thành phố" with an optional province name at k; out[0] is the end (k if none). */
  private Province provinceUnit(Context c, int k, int[] out) {
    out[0] = k;
    TokenTrie.Hit<Tier> w = g.unitWords().longest(c.tokens(), k);
    if (w == null || !w.values().contains(Tier.PROVINCE)) {
      ProvinceAt p = provinceAt(c, k);
      if (p != null) {
        out[0] = p.end;
        return p.province;
      }
      return null;
    }
    ProvinceAt p = provinceAt(c, w.end());
    if (p != null) {
      out[0] = p.end;
      return p.province;
    }
    if (w.values().size() == 1 || c.place().province().map(Province::city).orElse(false)) {
      out[0] = w.end();
    }
    return null;
  }

  /** The index after the words {@code folds} at k (commas between them allowed), or -1. */
  private static int phrase(Context c, int k, String... folds) {
    int j = k;
    for (String f : folds) {
      while (j < c.size() && c.tok(j).soft() && j > k) {
        j++;
      }
      if (!c.wordIs(j, f)) {
        return -1;
      }
      j++;
    }
    return j;
  }
}
