package io.github.vanban.parser.agency;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.CharMatcher;
import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableCollection;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.vanban.core.AgencyKind;
import io.github.vanban.core.Level;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The bundled data the agency resolver matches against, loaded once from the resource files
 * beside this class: {@code provinces.tsv} (the 63 provinces and cities before 1 July 2025
 * and the 34 after), {@code central.tsv} (national Party and State bodies and mass
 * organisations), {@code local.tsv} (bodies of a province, district or commune, named
 * relative to the place), {@code prefixes.tsv} (sub-bodies named before their body),
 * {@code heads.tsv} (titles of heads), {@code groups.tsv} (words of collectives) and
 * {@code abbreviations.tsv}. Immutable and thread-safe.
 */
public final class Gazetteer {

  /** A national body. */
  record Central(String name, AgencyKind kind, String parent) {}

  /**
   * The body above a local body as its row writes it ({@code Chính phủ}, {@code Ủy ban nhân
   * dân {up}}), with what the template alone says, read once when the gazetteer is built: the
   * national body it names ({@code national}, null where it names a local row or an unknown
   * body), the template of the local row it names ({@code {up}} read as {@code {loc}},
   * {@code {P}} as {@code {N}}; null where it names no local row) and whether it names the
   * province ({@code {U}}, {@code {P}}) or the unit above ({@code {up}}).
   */
  record Parent(String template, Central national, String rowTemplate, boolean namesProvince,
      boolean namesUp) {
    /** No parent: the empty template. */
    static final Parent NONE = new Parent("", null, null, false, false);

    /** The parent written {@code template}, its national body looked up in {@code centralNamed}. */
    static Parent of(String template, Function<String, Optional<Central>> centralNamed) {
      if (template.isEmpty()) {
        return NONE;
      }
      if (template.indexOf('{') < 0) {
        return new Parent(template, centralNamed.apply(template).orElse(null), null, false, false);
      }
      return new Parent(template, null, template.replace("{up}", "{loc}").replace("{P}", "{N}"),
          template.contains("{U}") || template.contains("{P}"), template.contains("{up}"));
    }

    /** Whether there is no parent. */
    boolean none() {
      return template.isEmpty();
    }

    /** Whether the template names a body by name, not a local row. */
    boolean named() {
      return rowTemplate == null;
    }
  }

  /**
   * A local body: its name template (as written and read into its pieces), the tiers it exists
   * at and its parent at the province tier ({@code parentTop}) and below it ({@code parentLow}).
   */
  record LocalRow(String template, AgencyKind kind, Level level, String tiers, Parent parentTop,
      Parent parentLow, NameTemplate nameTemplate) {
    boolean allows(Tier t) {
      return tiers.indexOf(t.code) >= 0;
    }

    Tier defaultTier() {
      return Tier.of(tiers.charAt(0));
    }

    /** Whether a mention must name the place (tiers marked {@code !}): {@code Báo Đồng Nai}. */
    boolean anchored() {
      return tiers.indexOf('!') >= 0;
    }

    /** The template takes a unit word and name ({@code {loc}}), not just a name ({@code {N}}). */
    boolean takesUnitWord() {
      return template.contains("{loc}");
    }

    /** The name with no locality: {@code Ủy ban nhân dân}. */
    String baseName() {
      return template.replace("{loc}", "").replace("{N}", "").replace("{U}", "Tỉnh ủy")
          .replace("{P}", "").trim();
    }
  }

  /** A sub-body named before the body it belongs to ({@code Ban Thường vụ} Tỉnh ủy). */
  record Prefix(String name, String kind, boolean sameLevel, String standalone) {}

  /**
   * A word of a collective and the scope of bodies it names; a fixed member writes its name,
   * not the words printed ({@code Bộ trưởng} → {@code Bộ}); a {@code tierOnly} member names
   * bodies of its scope's tier only ({@code sở}, {@code bộ}), so a list that goes on from it to
   * such a word of another tier names another collective.
   */
  record Member(String name, Scope scope, boolean fixed, boolean ambiguous, boolean tierOnly) {
    /** Whether the member is {@code địa phương}: the localities, named apart after national members. */
    boolean localities() {
      return name.equals("địa phương");
    }
  }

  /** The tiers of local government. */
  enum Tier {
    PROVINCE('P'), DISTRICT('D'), COMMUNE('C');

    final char code;

    Tier(char code) {
      this.code = code;
    }

    static Tier of(char c) {
      for (Tier t : values()) {
        if (t.code == c) {
          return t;
        }
      }
      throw new IllegalArgumentException("tier " + c);
    }
  }

  /** What a collective's members are. */
  enum Scope {
    CATCHALL, SUBUNIT, COMMUNE, DISTRICT, DEPARTMENT, PROVINCE, CENTRAL
  }

  private static final Splitter TAB = Splitter.on('\t');
  private static final Splitter SEMI = Splitter.on(';').trimResults().omitEmptyStrings();

  private static final class Holder {
    static final Gazetteer STANDARD = load();
  }

  private final Tokenizer tokenizer;
  private final ImmutableList<Province> provinces;
  private final ImmutableMap<String, Province> provinceByFold;
  /** {@link #province} of each canonical province name, worked out once: localities name them. */
  private final ImmutableMap<String, Province> provinceByName;
  private final TokenTrie<Province> provinceTrie;
  private final TokenTrie<Central> central;
  private final ImmutableMap<String, Central> centralByFold;
  /** {@link #centralNamed} of the names the data itself uses (names, parents), worked out once. */
  private final ImmutableMap<String, Central> centralByName;
  private final TokenTrie<LocalRow> local;
  private final ImmutableMap<String, LocalRow> localByTemplate;
  private final TokenTrie<Prefix> prefixes;
  private final TokenTrie<String> heads;
  private final TokenTrie<Member> members;
  private final TokenTrie<Tier> unitWords;

  private Gazetteer(Map<String, String> files) {
    ImmutableMap.Builder<String, ImmutableList<String>> abbr = ImmutableMap.builder();
    for (List<String> r : rows(files.get("abbreviations.tsv"))) {
      abbr.put(r.get(0), ImmutableList.copyOf(Splitter.on(' ').split(r.get(1))));
    }
    tokenizer = new Tokenizer(abbr.buildOrThrow());

    List<Province> ps = new ArrayList<>();
    Map<String, Province> byFold = new LinkedHashMap<>();
    provinceTrie = new TokenTrie<>(tokenizer, 0);
    for (List<String> r : rows(files.get("provinces.tsv"))) {
      Province p = new Province(r.get(0), r.get(1).equals("city"), validity(r.get(2)),
          Optional.of(r.get(3)).filter(s -> !s.isEmpty()), r.get(4).isEmpty() ? r.get(0) : r.get(4));
      ps.add(p);
      byFold.putIfAbsent(key(p.name()), p);
      provinceTrie.put(p.name(), p);
      for (String a : SEMI.split(field(r, 5))) {
        provinceTrie.put(a, p);
        byFold.putIfAbsent(key(a), p);
      }
    }
    provinces = ImmutableList.copyOf(ps);
    provinceByFold = ImmutableMap.copyOf(byFold);
    Map<String, Province> byName = new LinkedHashMap<>();
    for (Province p : ps) {
      byName.putIfAbsent(p.name(), provinceByFold.get(key(p.name())));
    }
    provinceByName = ImmutableMap.copyOf(byName);

    central = new TokenTrie<>(tokenizer, 1);
    Map<String, Central> cByFold = new LinkedHashMap<>();
    for (List<String> r : rows(files.get("central.tsv"))) {
      Central c = new Central(r.get(0), AgencyKind.valueOf(r.get(1)), field(r, 3));
      central.put(c.name(), c);
      cByFold.put(key(c.name()), c);
      for (String a : SEMI.split(field(r, 2))) {
        central.put(a, c);
      }
    }
    centralByFold = ImmutableMap.copyOf(cByFold);
    Map<String, Central> cByName = new LinkedHashMap<>();
    for (Central c : cByFold.values()) {
      cByName.putIfAbsent(c.name(), cByFold.get(key(c.name())));
      if (!c.parent().isEmpty() && cByFold.containsKey(key(c.parent()))) {
        cByName.putIfAbsent(c.parent(), cByFold.get(key(c.parent())));
      }
    }

    local = new TokenTrie<>(tokenizer, 2);
    // centralNamed as it will answer: the names it knows are keyed by their fold too
    Function<String, Optional<Central>> centralByFoldIn =
        name -> Optional.ofNullable(centralByFold.get(key(name)));
    Map<String, LocalRow> byTemplate = new LinkedHashMap<>();
    for (List<String> r : rows(files.get("local.tsv"))) {
      String parent = field(r, 5);
      int bar = parent.indexOf('|');
      LocalRow row = new LocalRow(r.get(0), AgencyKind.valueOf(r.get(1)), Level.valueOf(r.get(2)),
          r.get(3), Parent.of(bar < 0 ? parent : parent.substring(0, bar), centralByFoldIn),
          Parent.of(bar < 0 ? parent : parent.substring(bar + 1), centralByFoldIn),
          NameTemplate.of(r.get(0)));
      for (String a : SEMI.split(field(r, 4))) {
        local.put(a, row);
      }
      byTemplate.putIfAbsent(row.template(), row);
    }
    localByTemplate = ImmutableMap.copyOf(byTemplate);
    for (LocalRow row : byTemplate.values()) {
      for (String parent : List.of(row.parentTop().template(), row.parentLow().template())) {
        if (!parent.isEmpty() && parent.indexOf('{') < 0 && cByFold.containsKey(key(parent))) {
          cByName.putIfAbsent(parent, cByFold.get(key(parent)));
        }
      }
    }
    centralByName = ImmutableMap.copyOf(cByName);

    prefixes = new TokenTrie<>(tokenizer, 3);
    for (List<String> r : rows(files.get("prefixes.tsv"))) {
      Prefix p = new Prefix(r.get(0), r.get(1), r.get(2).equals("SAME"), field(r, 4));
      prefixes.put(p.name(), p);
      for (String a : SEMI.split(field(r, 3))) {
        prefixes.put(a, p);
      }
    }

    heads = new TokenTrie<>(tokenizer, 4);
    for (List<String> r : rows(files.get("heads.tsv"))) {
      heads.put(r.get(0), r.get(0));
    }

    members = new TokenTrie<>(tokenizer, 5);
    for (List<String> r : rows(files.get("groups.tsv"))) {
      boolean fixed = r.get(0).startsWith("=");
      boolean ambiguous = r.get(1).endsWith("?");
      boolean tierOnly = r.get(1).endsWith("!");
      Member m = new Member(fixed ? r.get(0).substring(1) : r.get(0),
          Scope.valueOf(CharMatcher.anyOf("?!").removeFrom(r.get(1))), fixed, ambiguous, tierOnly);
      if (!fixed) {
        members.put(m.name(), m);
      }
      for (String a : SEMI.split(field(r, 2))) {
        members.put(a, m);
      }
    }

    unitWords = new TokenTrie<>(tokenizer, 6);
    unitWords.put("tỉnh", Tier.PROVINCE);
    unitWords.put("thành phố", Tier.PROVINCE);
    unitWords.put("thành phố", Tier.DISTRICT);
    unitWords.put("huyện", Tier.DISTRICT);
    unitWords.put("quận", Tier.DISTRICT);
    unitWords.put("thị xã", Tier.DISTRICT);
    unitWords.put("xã", Tier.COMMUNE);
    unitWords.put("phường", Tier.COMMUNE);
    unitWords.put("thị trấn", Tier.COMMUNE);
    for (List<String> r : rows(files.getOrDefault("common-words.txt", ""))) {
      tokenizer.learnCommon(r.get(0).strip());
    }
    tokenizer.markStarts(List.of(provinceTrie, central, local, prefixes, heads, members, unitWords));
  }

  /** The bundled gazetteer, loaded on first use. */
  public static Gazetteer standard() {
    return Holder.STANDARD;
  }

  /** Every province and centrally-run city, before and after 2025. */
  public ImmutableList<Province> provinces() {
    return provinces;
  }

  /** The province or city of that name ({@code "đồng nai"}, {@code "TP HCM"}), if known. */
  public Optional<Province> province(String name) {
    checkNotNull(name, "name");
    Province named = provinceByName.get(name);
    return Optional.ofNullable(named != null ? named : provinceByFold.get(key(name)));
  }

  /** The canonical names of all national bodies. */
  public ImmutableList<String> centralNames() {
    return centralByFold.values().stream().map(Central::name).collect(ImmutableList.toImmutableList());
  }

  Tokenizer tokenizer() {
    return tokenizer;
  }

  TokenTrie<Province> provinceTrie() {
    return provinceTrie;
  }

  TokenTrie<Central> central() {
    return central;
  }

  Optional<Central> centralNamed(String name) {
    Central known = centralByName.get(name);
    return known != null ? Optional.of(known) : Optional.ofNullable(centralByFold.get(key(name)));
  }

  TokenTrie<LocalRow> local() {
    return local;
  }

  Optional<LocalRow> localRow(String template) {
    return Optional.ofNullable(localByTemplate.get(template));
  }

  /** Every local row, one for each template. */
  ImmutableCollection<LocalRow> localRows() {
    return localByTemplate.values();
  }

  TokenTrie<Prefix> prefixes() {
    return prefixes;
  }

  TokenTrie<String> heads() {
    return heads;
  }

  TokenTrie<Member> members() {
    return members;
  }

  TokenTrie<Tier> unitWords() {
    return unitWords;
  }

  /** The key a phrase is looked up by: its folded words, {@code và} and punctuation left out. */
  String key(String phrase) {
    StringBuilder b = new StringBuilder();
    for (Token t : tokenizer.tokens(phrase, 0, phrase.length())) {
      if (t.word() && !t.is("va")) {
        if (b.length() > 0) {
          b.append(' ');
        }
        b.append(t.fold());
      }
    }
    return b.toString();
  }

  private static Province.Validity validity(String s) {
    switch (s) {
      case "before":
        return Province.Validity.BEFORE_2025;
      case "after":
        return Province.Validity.AFTER_2025;
      default:
        return Province.Validity.BOTH;
    }
  }

  private static String field(List<String> r, int i) {
    return i < r.size() ? r.get(i).trim() : "";
  }

  private static List<List<String>> rows(String text) {
    List<List<String>> out = new ArrayList<>();
    for (String line : Splitter.on('\n').split(text)) {
      String l = line.strip();
      if (l.isEmpty() || l.startsWith("#")) {
        continue;
      }
      out.add(TAB.splitToList(line.replace("\r", "")));
    }
    return out;
  }

  private static Gazetteer load() {
    Map<String, String> files = new LinkedHashMap<>();
    for (String f : List.of("abbreviations.tsv", "provinces.tsv", "central.tsv", "local.tsv",
        "prefixes.tsv", "heads.tsv", "groups.tsv", "common-words.txt")) {
      try (InputStream in = Gazetteer.class.getResourceAsStream(f)) {
        if (in == null) {
          throw new IllegalStateException("missing gazetteer resource " + f);
        }
        files.put(f, new String(in.readAllBytes(), StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return new Gazetteer(files);
  }
}
