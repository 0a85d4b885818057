package io.github.vanban.parser.agency;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.CharMatcher;
import com.google.common.collect.ImmutableList;
import io.github.vanban.core.Agency;
import io.github.vanban.core.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Resolves the way a text names a body to its canonical {@link Agency}: abbreviations written
 * out, the document's {@link Locality} filled into relative names, a head standing for the
 * body, lists split into one agency per body and catch-alls left out. Thread-safe.
 *
 * <p>Names are matched on folded words (case, diacritics, {@code ủy}/{@code uỷ}, punctuation
 * inside a name), so header lines in capitals ({@code ỦY BAN NHÂN DÂN / TỈNH KIÊN GIANG}),
 * text that lost its marks ({@code UY BAN NHAN DAN TINH}) and running text all give the same
 * properly cased canonical name. The data comes from the bundled {@link Gazetteer}.
 *
 * <p>Four verbs: {@link #resolve} (one body from a mention), {@link #resolveAll} (every body
 * of a list), {@link #localityOf} (the place that issuer lines or a date line name), and the
 * finders {@link #find} and {@link #matchAt} for mentions in running text. Each runs in time
 * linear in the length of its text.
 */
public final class AgencyResolver {
  /** A mention longer than this is not a name: only its beginning is read. */
  private static final int MAX_MENTION = 4_000;
  /** How far past its start {@link #matchAt} reads. */
  private static final int MATCH_WINDOW = 800;
  /** How much of a long text {@link #find} tokenises at once. */
  private static final int CHUNK = 1 << 16;

  private static final class Holder {
    static final AgencyResolver STANDARD = new AgencyResolver(Gazetteer.standard());
  }

  private final Gazetteer gazetteer;
  private final MentionParser parser;

  private AgencyResolver(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
    this.parser = new MentionParser(gazetteer);
  }

  /** The resolver over the bundled gazetteer (loaded once, shared). */
  public static AgencyResolver standard() {
    return Holder.STANDARD;
  }

  /** A resolver over {@code gazetteer}. */
  public static AgencyResolver over(Gazetteer gazetteer) {
    return new AgencyResolver(checkNotNull(gazetteer, "gazetteer"));
  }

  /** The gazetteer this resolver matches against. */
  public Gazetteer gazetteer() {
    return gazetteer;
  }

  /**
   * The agency {@code mention} names in {@code locality}; empty if it names no body (a
   * catch-all, or no words). Header lines name the parent first and the body below it
   * ({@code UBND TỈNH ĐỒNG NAI / SỞ TƯ PHÁP} → {@code Sở Tư pháp tỉnh Đồng Nai}); a place
   * named in the mention wins over {@code locality}. A name the gazetteer does not know comes
   * back as printed, its spacing tidied.
   */
  public Optional<Agency> resolve(String mention, Locality locality) {
    checkNotNull(locality, "locality");
    return reading(mention).resolve(locality);
  }

  /**
   * {@code mention} read once (its words and the place it names itself), for its {@link
   * Reading#locality locality} and for resolving it in one or more localities: a header's
   * issuer lines give the document's locality and the issuer in it, with no word read twice.
   */
  public Reading reading(String mention) {
    checkNotNull(mention, "mention");
    String m = cap(mention);
    List<Token> toks = gazetteer.tokenizer().tokens(m, 0, m.length());
    return new Reading(m, toks,
        parser.locality(new MentionParser.Context(m, toks, place(Locality.NONE))));
  }

  /**
   * A mention whose words were read once ({@link #reading}): the locality it names
   * ({@link #localityOf(String)} of the mention) and the agency it names in a locality
   * ({@link #resolve}). Immutable; it holds its resolver.
   */
  public final class Reading {
    private final String mention;
    private final List<Token> tokens;
    private final Locality named;

    private Reading(String mention, List<Token> tokens, Locality named) {
      this.mention = mention;
      this.tokens = tokens;
      this.named = named;
    }

    /** The locality the mention names itself, as {@link AgencyResolver#localityOf(String)} reads it. */
    public Locality locality() {
      return named;
    }

    /** The agency the mention names in {@code locality}, as {@link AgencyResolver#resolve} resolves it. */
    public Optional<Agency> resolve(Locality locality) {
      checkNotNull(locality, "locality");
      if (CharMatcher.whitespace().trimFrom(mention).isEmpty()) {
        return Optional.empty();
      }
      MentionParser.Context c = in(locality);
      List<Found> found = scan(c);
      if (found.isEmpty()) {
        return fallback(mention);
      }
      boolean lines = false;
      for (int k = 1; k < found.size(); k++) {
        lines |= c.tokens().get(found.get(k).from()).lineStart();
      }
      Optional<Agency> composed = composeTail(c, found.get(found.size() - 1));
      if (composed.isPresent()) {
        return composed;
      }
      Found pick = lines ? found.get(found.size() - 1) : found.get(0);
      if (pick.parse().agencies().isEmpty()) {
        for (int k = found.size() - 1; k >= 0; k--) {
          if (!found.get(k).parse().agencies().isEmpty() && lines) {
            return Optional.of(found.get(k).parse().agencies().get(0));
          }
        }
        return Optional.empty();
      }
      return Optional.of(pick.parse().agencies().get(0));
    }

    /** The words read in the place the mention names itself, else in {@code locality}. */
    private MentionParser.Context in(Locality locality) {
      return new MentionParser.Context(mention, tokens, place(merge(named, locality)));
    }
  }

  /**
   * Every body a list names ({@code Báo Đồng Nai, Đài Phát thanh và Truyền hình Đồng Nai} →
   * two; {@code Sở Nội vụ, Sở Tài chính và Sở Tư pháp} → three), a collective kept whole
   * ({@code các sở, ban, ngành, đoàn thể} → one group), catch-alls left out, each body once.
   * The whole of {@code mention} must be such a list: every word belongs to a name, apart
   * from the {@code và}, {@code cùng}, {@code với} that join them; otherwise (a name followed
   * by other words, an unknown name) the list is empty. To find names inside running text,
   * use {@link #find} or {@link #matchAt}.
   */
  public ImmutableList<Agency> resolveAll(String mention, Locality locality) {
    checkNotNull(mention, "mention");
    checkNotNull(locality, "locality");
    MentionParser.Context c = reading(mention).in(locality);
    List<Found> found = scan(c);
    if (found.isEmpty() || !covered(c, found)) {
      return ImmutableList.of();
    }
    ImmutableList.Builder<Agency> out = ImmutableList.builder();
    Set<String> seen = new HashSet<>();
    for (Found f : found) {
      for (Agency a : f.parse().agencies()) {
        if (seen.add(a.key())) {
          out.add(a);
        }
      }
    }
    return out.build();
  }

  /**
   * The locality issuer lines name ({@code UBND TỈNH ĐỒNG NAI} → province Đồng Nai;
   * {@code THÀNH ỦY CẦN THƠ} → city Cần Thơ; {@code ĐẢNG BỘ TỈNH THÁI NGUYÊN}; {@code UBND
   * TX. ĐỒNG XOÀI} → district {@code thị xã Đồng Xoài}), or a place name alone (the date line
   * {@code Đồng Nai, ngày …}); {@link Locality#NONE} if none. The first province named wins.
   * A central body's date line names its seat ({@code Hà Nội}): callers should take the place
   * of the date line only for local issuers.
   */
  public Locality localityOf(String issuerLines) {
    checkNotNull(issuerLines, "issuerLines");
    return reading(issuerLines).locality();
  }

  /**
   * The locality of a resolved agency ({@code Sở Tư pháp tỉnh Đồng Nai} → province Đồng Nai;
   * {@code Thành ủy Cần Thơ} → city Cần Thơ), with the city flag from the gazetteer;
   * {@link Locality#NONE} for a national body.
   */
  public Locality localityOf(Agency agency) {
    checkNotNull(agency, "agency");
    return agency.locality().map(name -> gazetteer.province(name).map(Province::locality)
        .orElse(Locality.province(name))).orElse(Locality.NONE);
  }

  /**
   * Every agency mention in {@code text[from, to)}, left to right, each the longest that
   * starts where it starts, none overlapping. Catch-alls are returned too, with no agencies,
   * so that a caller sees the subject of a clause even when it names no body. A list of
   * collectives of different tiers is one mention per collective ({@code các sở, ban ngành,
   * | các cơ quan trung ương trên địa bàn tỉnh}).
   */
  public ImmutableList<AgencyMention> find(CharSequence text, int from, int to, Locality locality) {
    checkNotNull(text, "text");
    checkNotNull(locality, "locality");
    checkArgument(0 <= from && from <= to && to <= text.length(),
        "range [%s, %s) outside text of length %s", from, to, text.length());
    ImmutableList.Builder<AgencyMention> out = ImmutableList.builder();
    MentionParser.Place place = place(locality);
    Map<MentionParser.RenderKey, Agency> rendered = new HashMap<>(); // one place: shared by the chunks
    int s = from;
    while (s < to) {
      int e = chunkEnd(text, s, to);
      MentionParser.Context c = new MentionParser.Context(text,
          gazetteer.tokenizer().tokens(text, s, e), place, rendered);
      for (Found f : scan(c)) {
        out.add(mention(c, f));
      }
      s = e;
    }
    return out.build();
  }

  /**
   * Where to end a chunk of a long text that begins at s: at a mark no name runs across
   * (a semicolon, a blank line, a full stop after a lower-case word) near {@link #CHUNK}
   * characters on, so that a long text is read in pieces of bounded memory.
   */
  private static int chunkEnd(CharSequence text, int s, int to) {
    if (to - s <= CHUNK) {
      return to;
    }
    int limit = s + CHUNK;
    for (int i = limit; i > s + CHUNK / 2; i--) {
      char ch = text.charAt(i - 1);
      if (ch == ';' || ch == '\n' && text.charAt(i - 2) == '\n'
          || ch == '.' && Character.isLowerCase(text.charAt(i - 2)) && Character.isWhitespace(text.charAt(i))) {
        return i;
      }
    }
    return limit;
  }

  /** Every agency mention in {@code text}; see {@link #find(CharSequence, int, int, Locality)}. */
  public ImmutableList<AgencyMention> find(CharSequence text, Locality locality) {
    return find(text, 0, text.length(), locality);
  }

  /**
   * The longest agency mention that starts at {@code offset} (white space before it is
   * passed over), if one does: {@code Sở Ngoại vụ thực hiện …} → {@code Sở Ngoại vụ};
   * {@code UBND các huyện, thành phố Biên Hòa, Long Khánh …} → the district People's
   * Committees, span to {@code Long Khánh}. Of a list of collectives of different tiers,
   * the first collective.
   */
  public Optional<AgencyMention> matchAt(CharSequence text, int offset, Locality locality) {
    checkNotNull(text, "text");
    checkNotNull(locality, "locality");
    checkArgument(0 <= offset && offset <= text.length(),
        "offset %s outside text of length %s", offset, text.length());
    int to = Math.min(text.length(), offset + MATCH_WINDOW);
    MentionParser.Context c = context(text, offset, to, locality);
    if (c.size() == 0) {
      return Optional.empty();
    }
    MentionParser.Parse p = parser.parseAt(c, 0);
    if (p == null) {
      return Optional.empty();
    }
    if (!p.pieces().isEmpty()) { // the first of several collectives
      MentionParser.Piece q = p.pieces().get(0);
      p = new MentionParser.Parse(q.end(), q.agencies(), p.priority());
    }
    return Optional.of(mention(c, new Found(0, p)));
  }

  // ---------------------------------------------------------------- internals

  private record Found(int from, MentionParser.Parse parse) {}

  private MentionParser.Context context(CharSequence text, int from, int to, Locality locality) {
    List<Token> toks = gazetteer.tokenizer().tokens(text, from, to);
    return new MentionParser.Context(text, toks, place(locality));
  }

  private MentionParser.Place place(Locality l) {
    Optional<Province> p = l.province().map(name -> gazetteer.province(name)
        .filter(pr -> pr.city() == l.city() || !l.city())
        .orElse(new Province(name, l.city(), Province.Validity.BOTH, Optional.empty(), name)));
    Optional<String> word = Optional.empty();
    Optional<String> name = l.district();
    if (l.district().isPresent()) {
      String d = l.district().get();
      for (String w : List.of("thành phố ", "thị xã ", "huyện ", "quận ")) {
        if (d.startsWith(w)) {
          word = Optional.of(w.trim());
          name = Optional.of(d.substring(w.length()));
          break;
        }
      }
    }
    return new MentionParser.Place(p, word, name);
  }

  private List<Found> scan(MentionParser.Context c) {
    List<Found> out = new ArrayList<>();
    int i = 0;
    int n = c.size();
    while (i < n) {
      Token t = c.tok(i);
      if (!t.word() || (i > 0 && c.tok(i - 1).start() == t.start()) || !parser.mayParseAt(c, i)) {
        i++;
        continue;
      }
      MentionParser.Parse p = parser.parseAt(c, i);
      if (p == null) {
        i++;
        continue;
      }
      if (p.pieces().isEmpty()) {
        out.add(new Found(i, p));
      } else { // a list of several collectives: one mention each
        for (MentionParser.Piece q : p.pieces()) {
          out.add(new Found(q.from() < 0 ? i : q.from(),
              new MentionParser.Parse(q.end(), q.agencies(), p.priority())));
        }
      }
      int end = c.tok(p.end() - 1).end();
      i = p.end();
      while (i < n && c.tok(i).start() < end) {
        i++;
      }
    }
    return out;
  }

  /** Whether every word of the context lies in a found mention or is a joining word. */
  private static boolean covered(MentionParser.Context c, List<Found> found) {
    int f = 0;
    for (int i = 0; i < c.size(); i++) {
      Token t = c.tok(i);
      while (f < found.size() && found.get(f).parse().end() <= i) {
        f++;
      }
      boolean inside = f < found.size() && found.get(f).from() <= i && i < found.get(f).parse().end();
      if (inside || !t.word()) {
        continue;
      }
      if (i > 0 && c.tok(i - 1).start() == t.start() && c.tok(i - 1).word()) {
        continue; // later words of an abbreviation whose first word was judged
      }
      if (!(t.is("va") || t.is("cung") || t.is("voi"))) {
        return false;
      }
    }
    return true;
  }

  private static AgencyMention mention(MentionParser.Context c, Found f) {
    int start = c.tok(f.from()).start();
    int end = c.tok(f.parse().end() - 1).end();
    return new AgencyMention(Span.in(c.text(), start, end), f.parse().agencies());
  }

  /** A sub-body named alone on the last header line ({@code VĂN PHÒNG} under {@code UBND TỈNH …}). */
  private Optional<Agency> composeTail(MentionParser.Context c, Found last) {
    int after = last.parse().end();
    if (after >= c.size() || last.parse().agencies().size() != 1) {
      return Optional.empty();
    }
    return parser.prefixBelow(c, after, last.parse().agencies().get(0));
  }

  private static Locality merge(Locality own, Locality given) {
    if (own.province().isPresent()) {
      return new Locality(own.province(), own.city(),
          own.district().or(() -> given.province().equals(own.province()) ? given.district()
              : Optional.empty()));
    }
    return new Locality(given.province(), given.city(), own.district().or(given::district));
  }

  private static Optional<Agency> fallback(String m) {
    String s = CharMatcher.whitespace().trimAndCollapseFrom(m, ' ');
    s = CharMatcher.anyOf("-–—•*;:,.+").trimFrom(s).trim();
    if (s.isEmpty() || s.chars().noneMatch(Character::isLetter)) {
      return Optional.empty();
    }
    if (s.chars().filter(Character::isLetter).allMatch(Character::isUpperCase)) {
      s = Character.toUpperCase(s.charAt(0)) + s.substring(1).toLowerCase(java.util.Locale.ROOT);
    }
    return Optional.of(Agency.of(s));
  }

  private static String cap(String s) {
    return s.length() > MAX_MENTION ? s.substring(0, MAX_MENTION) : s;
  }
}
