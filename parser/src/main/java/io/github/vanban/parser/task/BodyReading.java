package io.github.vanban.parser.task;

import com.google.common.collect.ImmutableList;
import io.github.vanban.core.Agency;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The clause structure of a body: its blocks and sentences, and for each sentence who it
 * addresses. A sentence either assigns work ({@code Giao X …}, {@code Chủ tịch UBND tỉnh
 * yêu cầu X …}), has a subject of its own ({@code Sở Nội vụ hướng dẫn …}), or inherits
 * the bodies of the sentence before it in its block, of the item it belongs to, of the last
 * paragraph that addressed bodies, or the addressees of the document.
 */
final class BodyReading {
  private static final Phrases DIRECTIVE = Phrases.longestFirst(Lexicon.DIRECTIVE);
  private static final Phrases CONNECTIVE = Phrases.longestFirst(Lexicon.CONNECTIVE);
  private static final Phrases OPENER = Phrases.longestFirst(Lexicon.ADVERBIAL_OPENER);
  private static final Phrases FILLER = Phrases.longestFirst(Lexicon.OBJECT_FILLER);
  private static final Phrases CATCH_NOUN = Phrases.longestFirst(Lexicon.section("catch_all_noun"));
  private static final Phrases CATCH_HEAD = Phrases.longestFirst(Lexicon.section("catch_all_head"));
  private static final Phrases CATCH_TAIL = Phrases.longestFirst(Lexicon.section("catch_all_tail"));
  private static final Phrases JOINERS = Phrases.of("va", "cung", "cung voi",
      "tat ca", "&");
  private static final Phrases HEAD_TITLE = Phrases.longestFirst(Lexicon.section("head_title"));
  private static final Phrases PREDICATE_OPENERS = Phrases.longestFirst(Lexicon.section("predicate_opener"));
  private static final Phrases CONTINUATION = Phrases.longestFirst(Lexicon.section("name_continuation"));
  private static final Phrases SUPPORT = Phrases.longestFirst(Lexicon.SUPPORT);
  private static final int MAX_PAREN = 80;
  /** The longest preposed phrase before a subject that is looked through. */
  private static final int MAX_PREPOSED = 600;
  /** The most names one group joins. */
  private static final int MAX_MEMBERS = 40;
  /** The part subjects of a sentence of one part. */
  private static final ImmutableList<Optional<Group>> ONE_PART = ImmutableList.of(Optional.empty());

  /**
   * What one sentence says about who acts; {@code parts} are its parts split at semicolons
   * ({@link Layout#parts}), split once for every finder, and {@code partSubjects} the subject
   * each part opens with ({@link #subjectOf} at its words; never read for the first part),
   * read once for every finder.
   */
  record Sentence(int start, int end, int block, Optional<Group> subject, Optional<Group> objects,
      boolean directive, boolean intro, boolean headingOnly, ImmutableList<Agency> actors,
      ImmutableList<Agency> leads, int leadsEnd, ImmutableList<int[]> parts,
      ImmutableList<Optional<Group>> partSubjects) {

    /** The subject part {@code k > 0} opens with ({@code …; Sở Y phối hợp …}), or null. */
    Group partSubject(int k) {
      return partSubjects.get(k).orElse(null);
    }
  }

  final String text;
  final Folded f;
  final Layout layout;
  final ImmutableList<Mention> mentions;
  final ImmutableList<Block> blocks;
  final ImmutableList<Sentence> sentences;
  final Optional<Agency> issuer;
  final ImmutableList<Agency> addressees;

  private final int[] mentionStarts;

  BodyReading(String text, int from, int to, MentionFinder finder, Optional<Agency> issuer,
      ImmutableList<String> recipients) {
    this.text = text;
    this.f = new Folded(text, from, to);
    this.layout = new Layout(f);
    this.issuer = issuer;
    this.mentions = finder.find(text, from, to);
    this.mentionStarts = new int[mentions.size()];
    for (int i = 0; i < mentions.size(); i++) {
      mentionStarts[i] = mentions.get(i).start();
    }
    List<Agency> addr = new ArrayList<>();
    for (String r : recipients) {
      for (Mention m : finder.find(r, 0, r.length())) {
        addr.addAll(m.agencies());
      }
    }
    this.addressees = dedupe(addr);
    this.blocks = layout.blocks(from, to);
    this.sentences = readSentences();
  }

  // ---------------------------------------------------------------- sentences and inheritance

  private ImmutableList<Sentence> readSentences() {
    List<Sentence> out = new ArrayList<>();
    List<ImmutableList<Agency>> blockActors = new ArrayList<>();
    ImmutableList<Agency> addressed = ImmutableList.of();
    for (int b = 0; b < blocks.size(); b++) {
      Block block = blocks.get(b);
      ImmutableList<Agency> previous = null;
      ImmutableList<Agency> own = null;
      for (int[] s : layout.sentences(block.contentStart(), block.end())) {
        Sentence sentence = read(s[0], s[1], b, block, addressed, previous, blockActors);
        out.add(sentence);
        previous = sentence.actors();
        if (own == null) {
          own = sentence.actors();
        }
        if (sentence.directive() && block.marker() == Block.Marker.NONE
            && sentence.objects().isPresent() && !sentence.leads().isEmpty()) {
          addressed = sentence.leads();
        }
      }
      blockActors.add(own == null ? ImmutableList.of() : own);
    }
    return ImmutableList.copyOf(out);
  }

  private Sentence read(int s, int e, int b, Block block, ImmutableList<Agency> addressed,
      ImmutableList<Agency> previous, List<ImmutableList<Agency>> blockActors) {
    int w = wordsStart(s, e);
    Optional<Group> objects = Optional.empty();
    boolean directive = false;
    int[] dir = firstDirective(w, e); // {verb start, verb end, objects start or -1}
    int directiveAt = dir == null ? -1 : dir[0];
    if (dir != null) {
      directive = true;
      if (dir[2] >= 0) {
        objects = Optional.ofNullable(groupAt(dir[2], e, true));
        if (objects.isEmpty()) {
          List<Agency> known = new ArrayList<>(addressed);
          known.addAll(addressees);
          objects = Optional.ofNullable(antecedent(dir[2], e, known));
        }
      }
    }
    Group atWords = groupAt(w, e, true); // read once for the subject and for a heading
    Optional<Group> subject =
        Optional.ofNullable(subjectOf(atWords, w, directive ? directiveAt : e, e));
    boolean headingOnly = false;
    if (subject.isEmpty() && !directive) {
      Group g = atWords;
      if (g != null && onlyPunctuation(g.end(), e)) {
        subject = Optional.of(g);
        headingOnly = true;
      }
    }
    boolean intro = block.marker() == Block.Marker.NONE && endsWithColon(s, e);
    ImmutableList<Agency> inherited = inherited(previous, block, blockActors, addressed);
    ImmutableList<Agency> actors;
    ImmutableList<Agency> leads;
    int leadsEnd;
    if (directive) {
      leads = objects.map(Group::agencies).orElse(ImmutableList.of());
      actors = leads.isEmpty() ? (addressed.isEmpty() ? addressees : addressed) : leads;
      leadsEnd = objects.map(Group::end).orElse(dir[0]);
    } else if (subject.isPresent() && !subject.get().agencies().isEmpty()) {
      actors = subject.get().agencies();
      boolean issuerSpeaks = isIssuer(actors);
      if (issuerSpeaks && speaksTo(subject.get().end(), e)) {
        // the issuer asks someone the gazetteer did not name: "UBND tỉnh yêu cầu …"
        actors = addressed.isEmpty() ? addressees : addressed;
        leads = ImmutableList.of();
      } else {
        // the issuer's own acts are tasks only as items of its list
        leads = issuerSpeaks && block.marker() == Block.Marker.NONE ? ImmutableList.of() : actors;
      }
      leadsEnd = subject.get().end();
    } else {
      actors = inherited;
      leads = ImmutableList.of();
      leadsEnd = w;
    }
    ImmutableList<int[]> parts = layout.parts(s, e);
    return new Sentence(s, e, b, subject, objects, directive, intro, headingOnly, actors, leads,
        leadsEnd, parts, partSubjects(parts));
  }

  /** The subject each part after the first opens with; empty for the first part. */
  private ImmutableList<Optional<Group>> partSubjects(ImmutableList<int[]> parts) {
    if (parts.size() <= 1) {
      return parts.isEmpty() ? ImmutableList.of() : ONE_PART;
    }
    ImmutableList.Builder<Optional<Group>> out = ImmutableList.builder();
    out.add(Optional.empty());
    for (int k = 1; k < parts.size(); k++) {
      int[] p = parts.get(k);
      out.add(Optional.ofNullable(subjectOf(wordsStart(p[0], p[1]), p[1], p[1])));
    }
    return out.build();
  }

  private ImmutableList<Agency> inherited(ImmutableList<Agency> previous, Block block,
      List<ImmutableList<Agency>> blockActors, ImmutableList<Agency> addressed) {
    if (previous != null && !previous.isEmpty()) {
      return previous;
    }
    int p = block.parent();
    while (p >= 0) {
      if (p < blockActors.size() && !blockActors.get(p).isEmpty()) {
        return blockActors.get(p);
      }
      p = blocks.get(p).parent();
    }
    return addressed.isEmpty() ? addressees : addressed;
  }

  /** Whether a directive verb follows {@code end} within a few words (vừa có văn bản yêu cầu). */
  private boolean speaksTo(int end, int e) {
    int p = end;
    for (int words = 0; words < 5 && p < e; words++) {
      p = f.skipSpace(p, e);
      if (p < e && DIRECTIVE.matchAny(f, p, e) > 0) {
        return true;
      }
      int n = f.wordEnd(p, e);
      if (n == p) {
        return false;
      }
      p = n;
    }
    return false;
  }

  /** Whether every body of {@code agencies} is the issuer of the document. */
  boolean isIssuer(List<Agency> agencies) {
    if (issuer.isEmpty() || agencies.isEmpty()) {
      return false;
    }
    String key = bodyKey(issuer.get());
    for (Agency a : agencies) {
      if (!bodyKey(a).equals(key)) {
        return false;
      }
    }
    return true;
  }

  private static String bodyKey(Agency a) {
    String k = a.key();
    return k.startsWith("ban thuong vu ") ? k.substring("ban thuong vu ".length()) : k;
  }

  // ---------------------------------------------------------------- subjects and directives

  /** Where the words of a sentence begin: after an item marker and connectives. */
  int wordsStart(int s, int e) {
    int w = layout.afterMarker(s, e);
    for (int guard = 0; guard < 4; guard++) {
      w = skipNoise(w, e);
      int c = CONNECTIVE.matchAny(f, w, e);
      if (c < 0) {
        break;
      }
      w = c;
      w = f.skipSpace(w, e);
      if (w < e && f.at(w) == ',') {
        w++;
      }
    }
    return skipNoise(w, e);
  }

  private int skipNoise(int w, int e) {
    w = f.skipSpace(w, e);
    while (w < e && (f.at(w) == '*' || f.at(w) == '"' || f.at(w) == '“')) {
      w = f.skipSpace(w + 1, e);
    }
    return w;
  }

  /**
   * The subject of the clause that begins at {@code w}: a group at its start followed by a
   * predicate, or after a preposed phrase ({@code Theo chức năng, nhiệm vụ của mình, …},
   * {@code Trên cơ sở …, Sở X chủ trì …}) the first group after a comma followed by one.
   */
  Group subjectOf(int w, int before, int e) {
    return subjectOf(groupAt(w, e, true), w, before, e);
  }

  /**
   * {@link #subjectOf(int, int, int)} given {@code g}, the group at {@code w} ({@link #groupAt}
   * of {@code w, e, true}) its caller has read already.
   */
  private Group subjectOf(Group g, int w, int before, int e) {
    if (g != null) {
      return g.start() < before && predicateAfter(g.end(), e) ? g : null;
    }
    if (OPENER.matchAny(f, w, e) < 0 || dated(w, e)) {
      return null; // "Ngày 19/9/2019, Ban Bí thư ban hành …" tells what happened
    }
    int depth = 0;
    int commas = 0;
    for (int i = w; i < before && i < w + MAX_PREPOSED && commas < 12; i++) {
      char c = f.at(i);
      if (c == '(') {
        depth++;
      } else if (c == ')' && depth > 0) {
        depth--;
      } else if (c == ',' && depth == 0) {
        commas++;
        int q = f.skipSpace(i + 1, e);
        int c2 = CONNECTIVE.matchAny(f, q, e);
        if (c2 > 0) {
          q = f.skipSpace(c2, e);
        }
        Group h = groupAt(q, e, true);
        if (h != null && h.start() < before && predicateAfter(h.end(), e)
            && !continuesSupport(w, i)) {
          return h;
        }
      }
    }
    return null;
  }

  /** Whether the clause at {@code w} opens with a date: {@code Ngày 19/9/2019, …}. */
  private boolean dated(int w, int e) {
    int n = f.match(w, "ngay", e);
    return n > 0 && f.skipSpace(n, e) < e && Character.isDigit(f.at(f.skipSpace(n, e)));
  }

  /**
   * Whether the comma at {@code comma} continues a list of bodies that {@code phối hợp với}
   * opened ({@code Hàng năm, phối hợp với Mặt trận Tổ quốc, các tổ chức … mở các lớp}).
   */
  private boolean continuesSupport(int w, int comma) {
    int p = comma;
    for (int guard = 0; guard < 12 && p > w; guard++) {
      while (p > w && (Folded.isSpace(f.at(p - 1)) || f.at(p - 1) == ',')) {
        p--;
      }
      int m = p > w ? mentionCovering(p - 1) : -1;
      if (m >= 0) {
        p = mentions.get(m).start();
        continue;
      }
      if (f.endsWithAny(p, SUPPORT, w)) {
        return true;
      }
      if (f.endsWithAny(p, JOINERS, w)) {
        p = f.previousWordStart(p, w);
        if (p < 0) {
          return false;
        }
        continue;
      }
      return false;
    }
    return false;
  }

  /** Whether the words after {@code end} read as a predicate: not a preposition, not narrative. */
  boolean predicateAfter(int end, int e) {
    int p = skipParenthesis(f.skipSpace(end, e), e);
    if (p >= e) {
      return false;
    }
    String word = f.word(p, e);
    if (word.isEmpty()) {
      return false;
    }
    if (PREDICATE_OPENERS.matchAny(f, p, e) > 0) {
      return true;
    }
    return !(Lexicon.NON_PREDICATE.contains(word) && f.meant(p, p + word.length(), word));
  }

  /** The first directive verb in {@code [w, e)} outside names, or -1. */
  int directiveAt(int w, int e) {
    int[] found = firstDirective(w, e);
    return found == null ? -1 : found[0];
  }

  /**
   * The first directive verb in {@code [w, e)} outside names as {start, verb end, objects
   * start or -1} (see {@link #directive}), or null.
   */
  private int[] firstDirective(int w, int e) {
    for (int i = f.nextWordStart(w, e); i < e; i = f.nextWordStart(i + 1, e)) {
      int j = DIRECTIVE.matchAny(f, i, e);
      if (j < 0) {
        continue;
      }
      int m = mentionCovering(i); // looked up only where a verb stands: names are passed over
      if (m >= 0) {
        i = mentions.get(m).end() - 1;
        continue;
      }
      if (!f.endsWithAny(i, Lexicon.NOT_DIRECTIVE_BEFORE, w)) {
        int[] d = directive(j, e);
        if (d != null) {
          return new int[] {i, d[0], d[1]};
        }
      }
    }
    return null;
  }

  /**
   * {verb end, objects start or -1} when the directive verb that ends at {@code j} addresses
   * bodies, a catch-all or a colon; null when it does not read as a directive.
   */
  private int[] directive(int j, int e) {
    int q = f.skipSpace(j, e);
    int titled = mentionAt(q) == null ? afterHeadTitles(q, e) : -1;
    if (titled >= 0) {
      return new int[] {j, q}; // yêu cầu Giám đốc, Thủ trưởng các Sở …
    }
    for (int guard = 0; guard < 3; guard++) {
      int k = FILLER.matchAny(f, q, e);
      if (k < 0 || mentionAt(q) != null) {
        break;
      }
      q = f.skipSpace(k, e);
      if (q < e && f.at(q) == ':') {
        q = f.skipSpace(q + 1, e);
      }
    }
    if (q < e && f.at(q) == ':') {
      int r = f.skipSpace(q + 1, e);
      if (r >= e || mentionAt(r) == null) {
        return new int[] {j, -1};
      }
      q = r;
    }
    if (mentionAt(q) != null || anaphorEnd(q, e) > 0) {
      return new int[] {j, q};
    }
    if (catchAllEnd(q, e) > q) {
      return new int[] {j, -1};
    }
    return null;
  }

  /** The end of a short definite name at {@code q} ({@code các Trung tâm}), or -1. */
  private int anaphorEnd(int q, int e) {
    int c = f.match(q, "cac", e);
    if (c < 0) {
      return -1;
    }
    int w = f.skipSpace(c, e);
    return w < e && Character.isUpperCase(text.charAt(w)) ? f.wordEnd(w, e) : -1;
  }

  /**
   * The body a short definite name refers back to: {@code các Trung tâm} after {@code Trung
   * tâm TGPL các tỉnh, thành phố} was addressed. The name's words must open the body's name.
   */
  private Group antecedent(int q, int e, List<Agency> candidates) {
    int end = anaphorEnd(q, e);
    if (end < 0) {
      return null;
    }
    int w = f.skipSpace(f.match(q, "cac", e), e);
    String one = f.word(w, e);
    int w2 = f.skipSpace(end, e);
    String two = w2 < e && Folded.isWord(f.at(w2)) ? one + " " + f.word(w2, e) : null;
    for (String head : two == null ? List.of(one) : List.of(two, one)) {
      for (Agency a : candidates) {
        if (a.key().startsWith(head + " ")) {
          int stop = head.equals(one) ? end : f.wordEnd(w2, e);
          return new Group(q, stop, ImmutableList.of(new Mention(q, stop, ImmutableList.of(a))));
        }
      }
    }
    return null;
  }

  // ---------------------------------------------------------------- groups of names

  /** The mention that begins at {@code i} (after white space), or null. */
  Mention mentionAt(int i) {
    int k = java.util.Arrays.binarySearch(mentionStarts, i);
    return k >= 0 ? mentions.get(k) : null;
  }

  /** The index of the mention that covers offset {@code i}, or -1. */
  int mentionCovering(int i) {
    int k = java.util.Arrays.binarySearch(mentionStarts, i);
    if (k < 0) {
      k = -k - 2;
    }
    return k >= 0 && mentions.get(k).start() <= i && i < mentions.get(k).end() ? k : -1;
  }

  /**
   * The group of names that begins at {@code p}: names joined by commas, {@code và}, {@code
   * cùng}, head titles and short parentheses, with a trailing catch-all swallowed. Semicolons
   * join names only when {@code semicolons} (lists of subjects, not of recipients).
   */
  Group groupAt(int p, int e, boolean semicolons) {
    p = f.skipSpace(p, e);
    Mention first = mentionAt(p);
    if (first == null) {
      p = afterHeadTitles(p, e);
      first = p >= 0 ? mentionAt(p) : null;
    }
    if (first == null) {
      return null;
    }
    List<Mention> members = new ArrayList<>();
    members.add(first);
    int end = first.end();
    while (end < e && members.size() < MAX_MEMBERS) {
      int q = joinerEnd(end, e, semicolons);
      Mention next = q >= 0 ? mentionAt(q) : null;
      if (next != null && next.start() < e) {
        members.add(next);
        end = next.end();
        continue;
      }
      int t = trailingCatchAll(end, e);
      if (t > end) {
        end = t;
      } else if (members.get(members.size() - 1).agencies().isEmpty()) {
        int tail = CATCH_TAIL.matchAny(f, f.skipSpace(end, e), e);
        if (tail > 0) {
          end = tail; // các đơn vị | trực thuộc
        }
      }
      break;
    }
    return new Group(first.start(), Math.min(end, e), ImmutableList.copyOf(members));
  }

  /**
   * Where a name begins after head titles that the gazetteer left outside it ({@code Giám đốc
   * (Thủ trưởng) các sở}, {@code Giám đốc, Thủ trưởng các Sở}), or -1.
   */
  private int afterHeadTitles(int p, int e) {
    int q = p;
    boolean title = false;
    for (int guard = 0; guard < 4 && q < e; guard++) {
      if (title && mentionAt(q) != null) {
        return q;
      }
      int t = HEAD_TITLE.matchAny(f, q, e);
      if (t < 0) {
        break;
      }
      title = true;
      q = f.skipSpace(t, e);
      q = skipParenthesis(q, e);
      if (q < e && (f.at(q) == ',' || f.at(q) == '/')) {
        q = f.skipSpace(q + 1, e);
      }
    }
    return title && mentionAt(q) != null ? q : -1;
  }

  /** A name that begins after one or two capitalised words at {@code q}, or -1. */
  private int afterCapitalisedWords(int q, int e) {
    int p = q;
    for (int words = 0; words < 2; words++) {
      if (p >= e || !Character.isUpperCase(text.charAt(p))) {
        return -1;
      }
      p = f.skipSpace(f.wordEnd(p, e), e);
      if (mentionAt(p) != null) {
        return p;
      }
    }
    return -1;
  }

  /** Where the next name may begin after the joiner that follows {@code end}, or -1. */
  private int joinerEnd(int end, int e, boolean semicolons) {
    int q = end;
    boolean joined = false;
    // a collective noun the gazetteer left outside the name: "các sở, ban | ngành"
    int cont = CONTINUATION.matchAny(f, f.skipSpace(q, e), e);
    if (cont > 0 && mentionCovering(f.skipSpace(q, e)) < 0) {
      q = cont;
    }
    for (int guard = 0; guard < 6 && q < e; guard++) {
      q = f.skipSpace(q, e);
      if (q >= e) {
        return -1;
      }
      if (joined && mentionAt(q) != null) {
        return q;
      }
      char c = f.at(q);
      if (c == ',' || c == ';' && semicolons) {
        q++;
        joined = true;
        continue;
      }
      if (c == '(' ) {
        int r = closeParen(q, e);
        if (r < 0 || mentionAt(f.skipSpace(q + 1, e)) != null && joined) {
          return joined ? q : -1;
        }
        if (r - q > MAX_PAREN) {
          return -1;
        }
        q = r;
        continue;
      }
      int k = JOINERS.matchAny(f, q, e);
      if (k > 0) {
        q = k;
        joined = true;
        continue;
      }
      if (joined && afterHeadTitles(q, e) >= 0) {
        return afterHeadTitles(q, e);
      }
      int named = joined ? afterCapitalisedWords(q, e) : -1;
      if (named >= 0) {
        return named; // "…; Tuyên huấn | các Đảng ủy trực thuộc Tỉnh ủy": a unit word the gazetteer lacks
      }
      int cat = catchAllEnd(q, e);
      if (cat > q && joined) {
        q = cat;
        continue;
      }
      return joined ? q : -1;
    }
    return joined ? f.skipSpace(q, e) : -1;
  }

  /** The end of a catch-all after {@code end} joined by a comma or {@code và}, else {@code end}. */
  private int trailingCatchAll(int end, int e) {
    int q = f.skipSpace(end, e);
    if (q < e && (f.at(q) == ',' || f.at(q) == ';')) {
      q = f.skipSpace(q + 1, e);
    } else {
      int k = JOINERS.matchAny(f, q, e);
      if (k < 0) {
        return end;
      }
      q = f.skipSpace(k, e);
    }
    int c = catchAllEnd(q, e);
    return c > q ? c : end;
  }

  /** The end of a catch-all that names no body ({@code các cơ quan, đơn vị liên quan}) at {@code q}. */
  int catchAllEnd(int q, int e) {
    int p = f.skipSpace(q, e);
    int h = CATCH_HEAD.matchAny(f, p, e);
    if (h > 0) {
      p = f.skipSpace(h, e);
      int h2 = CATCH_HEAD.matchAny(f, p, e);
      if (h2 > 0) {
        p = f.skipSpace(h2, e);
      }
    }
    int n = CATCH_NOUN.matchAny(f, p, e);
    if (n < 0 || mentionCovering(p) >= 0) {
      return q;
    }
    int end = n;
    for (int guard = 0; guard < 6; guard++) {
      int r = f.skipSpace(end, e);
      if (r < e && f.at(r) == ',') {
        int s = f.skipSpace(r + 1, e);
        int n2 = CATCH_NOUN.matchAny(f, s, e);
        if (n2 > 0 && mentionCovering(s) < 0) {
          end = n2;
          continue;
        }
      }
      int t = CATCH_TAIL.matchAny(f, r, e);
      if (t > 0) {
        end = t;
        continue;
      }
      break;
    }
    return end;
  }

  // ---------------------------------------------------------------- small helpers

  int skipParenthesis(int p, int e) {
    if (p < e && f.at(p) == '(') {
      int r = closeParen(p, e);
      if (r > 0 && r - p <= MAX_PAREN) {
        return f.skipSpace(r, e);
      }
    }
    return p;
  }

  /** The offset after the {@code )} that closes the parenthesis at {@code p}, or -1. */
  int closeParen(int p, int e) {
    int depth = 0;
    for (int i = p; i < e && i - p < 400; i++) {
      char c = f.at(i);
      if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
        if (depth == 0) {
          return i + 1;
        }
      }
    }
    return -1;
  }

  private boolean onlyPunctuation(int from, int to) {
    for (int i = from; i < to; i++) {
      if (Folded.isWord(f.at(i))) {
        return false;
      }
    }
    return true;
  }

  private boolean endsWithColon(int s, int e) {
    int i = e;
    while (i > s && Folded.isSpace(f.at(i - 1))) {
      i--;
    }
    return i > s && f.at(i - 1) == ':';
  }

  static ImmutableList<Agency> dedupe(List<Agency> agencies) {
    if (agencies.size() <= 1) {
      return ImmutableList.copyOf(agencies); // nothing to merge
    }
    java.util.Map<String, Agency> out = new java.util.LinkedHashMap<>();
    for (Agency a : agencies) {
      out.putIfAbsent(a.key(), a);
    }
    return ImmutableList.copyOf(out.values());
  }
}
