package io.github.vanban.parser.task;

import com.google.common.collect.ImmutableList;
import io.github.vanban.core.Agency;
import io.github.vanban.core.ReportingObligation;
import io.github.vanban.core.Span;
import io.github.vanban.core.deadline.Deadline;
import io.github.vanban.parser.segment.DocumentContext;
import io.github.vanban.parser.time.DeadlineParser;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds duties to report ({@code báo cáo}, {@code gửi báo cáo}, {@code gửi về}, {@code
 * trình}, {@code tổng hợp … báo cáo}, {@code đảm bảo thông tin báo cáo … cho}) with reporter,
 * recipient, the body the report passes through ({@code báo cáo UBND tỉnh (qua Sở Nội vụ)})
 * and its deadlines, one obligation for each.
 *
 * <p>The reporter is the subject of the clause, the bodies a directive addresses ({@code
 * Chủ tịch UBND tỉnh yêu cầu Giám đốc các Sở … báo cáo …}), the agent of a {@code do X
 * tổng hợp trình …}, or, for a sentence with no subject of its own, the bodies it inherits
 * ({@link BodyReading}). A report announced as the purpose of the document ({@code … để
 * tổng hợp, báo cáo UBND tỉnh}) is the issuer's own, or that of the body the reports went to.
 * Thread-safe.
 */
public final class ReportingFinder {
  private static final Phrases VERBS = Phrases.longestFirst(Lexicon.REPORT_VERB);
  private static final Phrases CONNECTORS = Phrases.longestFirst(Lexicon.RECIPIENT_CONNECTOR);
  private static final Phrases ADVERBS = Phrases.longestFirst(Lexicon.section("recipient_adverb"));
  private static final Phrases STOPS = Phrases.longestFirst(Lexicon.SKIP_STOP);
  private static final Phrases PURPOSE = Phrases.longestFirst(Lexicon.PURPOSE);
  private static final Phrases VIA = Phrases.longestFirst(Lexicon.VIA);
  private static final Phrases COPY_TO = Phrases.longestFirst(Lexicon.COPY_TO);
  private static final Phrases APPROVAL = Phrases.longestFirst(Lexicon.APPROVAL_AFTER_TRINH);
  private static final Phrases AGENT = Phrases.longestFirst(Lexicon.AGENT);
  private static final int MAX_OBJECT_WORDS = 40;
  /** The most characters a deadline or agent is looked for before or after the verb. */
  private static final int MAX_WINDOW = 600;

  private final DeadlineParser deadlines;

  /** A finder with the standard deadline grammar. */
  public ReportingFinder() {
    this(new DeadlineParser());
  }

  /** A finder that reads deadlines with {@code deadlines}. */
  public ReportingFinder(DeadlineParser deadlines) {
    this.deadlines = deadlines;
  }

  /** The reporting obligations of the document, in order. */
  public ImmutableList<ReportingObligation> find(DocumentContext context) {
    return find(context, AgencyMentions.of(context));
  }

  ImmutableList<ReportingObligation> find(DocumentContext context, MentionFinder finder) {
    if (context.bodyEnd() <= context.bodyStart()) {
      return ImmutableList.of();
    }
    BodyReading r = new BodyReading(context.text(), context.bodyStart(), context.bodyEnd(), finder,
        context.header().issuer(), context.header().recipients());
    return find(r, context.header().date());
  }

  /** A reporting verb with the bodies it goes to. */
  private record Target(int verb, int end, Group recipients, ImmutableList<Agency> extra,
      Optional<Agency> via) {}

  ImmutableList<ReportingObligation> find(BodyReading r, Optional<LocalDate> date) {
    Set<ReportingObligation> out = new LinkedHashSet<>();
    for (BodyReading.Sentence s : r.sentences) {
      findIn(r, s, date, out);
    }
    return ImmutableList.copyOf(out);
  }

  /** Adds to {@code out} the obligations of sentence {@code s}, part by part, verb by verb. */
  private void findIn(BodyReading r, BodyReading.Sentence s, Optional<LocalDate> date,
      Set<ReportingObligation> out) {
    ImmutableList<int[]> parts = s.parts();
    ImmutableList<Agency> lastRecipients = ImmutableList.of();
    int lastEnd = s.start();
    for (int k = 0; k < parts.size(); k++) {
      int[] part = parts.get(k);
      ImmutableList<Agency> partSubject = ImmutableList.of();
      if (k > 0) {
        Group g = s.partSubject(k);
        if (g != null) {
          partSubject = g.agencies();
        }
      }
      int windowStart = part[0];
      int i = part[0];
      while ((i = nextVerb(r, i, part[0], part[1])) < part[1]) {
        int j = VERBS.matchAny(r.f, i, part[1]);
        Target t = target(r, i, j, part[1]);
        if (t == null) {
          i = j;
          continue;
        }
        int purpose = purposeStart(r, Math.max(lastEnd, part[0]), i);
        ImmutableList<Agency> reporters = reporters(r, s, part, partSubject, i, purpose,
            lastRecipients);
        int from = Math.max(Math.max(windowStart, i - MAX_WINDOW),
            purpose >= 0 ? purpose : windowStart);
        int to = purposeAfter(r, t.end(), part[1]);
        if (purpose >= 0) {
          to = Math.min(to, commaAfter(r, t.end(), to)); // "Để …, báo cáo X, <main clause>"
        }
        to = Math.min(to, t.end() + MAX_WINDOW);
        ImmutableList<Deadline> due = deadlinesOf(r, from, to, parts, k, s.end(), date);
        String clause = TaskFinder.clean(r.text, from, to);
        addObligations(reporters, t, due, clause, Span.in(r.text, from, to), out);
        lastRecipients = t.recipients().agencies();
        lastEnd = t.end();
        windowStart = t.end();
        i = t.end();
      }
    }
  }

  /**
   * The start of the first reporting verb at or after {@code i} in the part {@code [floor,
   * end)} ({@link #verbHere}, outside names), or a value {@code >= end} when there is none.
   */
  private static int nextVerb(BodyReading r, int i, int floor, int end) {
    while ((i = r.f.nextWordStart(i, end)) < end) {
      // the cheap test first: few words begin a verb; a verb inside a name is no verb
      // (mentions do not overlap, so a word inside one is always covered by it)
      int j = VERBS.matchAny(r.f, i, end);
      if (j < 0) {
        i++; // nextWordStart passes over the rest of the word
        continue;
      }
      int m = r.mentionCovering(i);
      if (m >= 0) {
        i = r.mentions.get(m).end();
        continue;
      }
      if (verbHere(r, i, j, floor)) {
        return i;
      }
      i++; // nextWordStart passes over the rest of the word
    }
    return i;
  }

  /**
   * Adds to {@code out} one obligation for each reporter, recipient of {@code t} (not the
   * reporter itself) and deadline of {@code due}.
   */
  private static void addObligations(ImmutableList<Agency> reporters, Target t,
      ImmutableList<Deadline> due, String clause, Span span, Set<ReportingObligation> out) {
    List<Agency> all = new ArrayList<>(t.recipients().agencies());
    all.addAll(t.extra());
    ImmutableList<Agency> recipients = BodyReading.dedupe(all);
    for (Agency reporter : reporters) {
      for (Agency recipient : recipients) {
        if (reporter.key().equals(recipient.key())) {
          continue;
        }
        Optional<Agency> via = t.via().filter(v -> !v.key().equals(recipient.key())
            && !v.key().equals(reporter.key()));
        for (Deadline d : due) {
          out.add(ReportingObligation.builder().reporter(reporter).recipient(recipient)
              .via(via).deadline(d).text(clause).span(span).build());
        }
      }
    }
  }

  /** Whether the verb matched at {@code [i, j)} is a reporting verb here. */
  private static boolean verbHere(BodyReading r, int i, int j, int floor) {
    Folded f = r.f;
    if (f.match(i, "trinh", j) == j && f.endsWithAny(i, Lexicon.NOT_BEFORE_TRINH, floor)) {
      return false; // chương trình, quá trình, công trình …
    }
    if (f.match(i, "gui", j) == j && f.endsWithAny(i, ImmutableList.of("kinh"), floor)) {
      return false; // Kính gửi
    }
    return true;
  }

  /** The recipients of the verb at {@code [i, j)}, or null when it names none. */
  private static Target target(BodyReading r, int i, int j, int limit) {
    Folded f = r.f;
    boolean trinh = f.match(i, "trinh", j) == j;
    // the recipient right after the verb: báo cáo UBND tỉnh, báo cáo ngay cho UBND tỉnh
    int q = f.skipSpace(j, limit);
    for (int guard = 0; guard < 3; guard++) {
      int a = ADVERBS.matchAny(f, q, limit);
      if (a > 0) {
        q = f.skipSpace(a, limit);
        continue;
      }
      int c = CONNECTORS.matchAny(f, q, limit);
      if (c > 0 && r.mentionAt(q) == null) {
        int q2 = f.skipSpace(c, limit);
        if (r.mentionAt(q2) != null) {
          q = q2;
        }
        break;
      }
      break;
    }
    Group g = r.mentionAt(q) != null ? r.groupAt(q, limit, false) : null;
    if (g == null && !trinh) {
      // after its object: gửi báo cáo về tình hình … cho Bộ Tài chính
      int p = q;
      for (int words = 0; words < MAX_OBJECT_WORDS && p < limit; words++) {
        p = f.skipSpace(p, limit);
        if (p >= limit) {
          break;
        }
        char ch = f.at(p);
        if (ch == ':' || ch == '.') {
          break;
        }
        if (!Folded.isWord(ch)) {
          if (ch == '(') {
            int close = r.closeParen(p, limit);
            p = close > 0 ? close : p + 1;
          } else {
            p++;
          }
          continue;
        }
        Mention m = r.mentionAt(p);
        if (m != null) {
          p = m.end(); // part of the object: "của các bộ, cơ quan"
          continue;
        }
        if (VERBS.matchAny(f, p, limit) > 0 || STOPS.matchAny(f, p, limit) > 0
            && f.match(p, "theo doi", limit) < 0) {
          break;
        }
        int c = CONNECTORS.matchAny(f, p, limit);
        if (c > 0) {
          int q2 = f.skipSpace(c, limit);
          if (r.mentionAt(q2) != null) {
            g = r.groupAt(q2, limit, false);
            break;
          }
        }
        p = Math.max(f.wordEnd(p, limit), p + 1);
      }
    }
    if (g == null || g.agencies().isEmpty()) {
      return null;
    }
    int end = g.end();
    if (trinh) {
      int after = r.skipParenthesis(f.skipSpace(end, limit), limit);
      if (APPROVAL.matchAny(f, after, limit) > 0) {
        return null; // trình UBND tỉnh phê duyệt: submitted for approval
      }
    }
    Optional<Agency> via = Optional.empty();
    List<Agency> extra = new ArrayList<>();
    for (int guard = 0; guard < 2; guard++) {
      int p = f.skipSpace(end, limit);
      if (p < limit && f.at(p) == '(') {
        int close = r.closeParen(p, limit);
        if (close < 0) {
          break;
        }
        int inner = f.skipSpace(p + 1, close);
        int v = VIA.matchAny(f, inner, close);
        int cc = COPY_TO.matchAny(f, inner, close);
        if (v > 0) {
          Group vg = r.groupAt(v, close, false);
          if (vg != null && !vg.agencies().isEmpty()) {
            via = Optional.of(vg.agencies().get(0));
          }
        } else if (cc > 0) {
          Group eg = r.groupAt(cc, close, false);
          if (eg != null) {
            extra.addAll(eg.agencies());
          }
        } else {
          Group vg = r.groupAt(inner, close, false);
          if (vg != null && !vg.agencies().isEmpty() && via.isEmpty()) {
            via = Optional.of(vg.agencies().get(0)); // gửi về Bộ Ngoại giao (Cục Lãnh sự)
          }
        }
        end = close;
        continue;
      }
      int v = VIA.matchAny(f, p, limit);
      if (v > 0) {
        Group vg = r.groupAt(v, limit, false);
        if (vg != null && !vg.agencies().isEmpty()) {
          via = Optional.of(vg.agencies().get(0));
          end = vg.end();
          continue;
        }
      }
      int cc = COPY_TO.matchAny(f, p, limit);
      if (cc > 0) {
        Group eg = r.groupAt(cc, limit, false);
        if (eg != null) {
          extra.addAll(eg.agencies());
          end = eg.end();
          continue;
        }
      }
      break;
    }
    return new Target(i, end, g, ImmutableList.copyOf(extra), via);
  }

  /**
   * Who reports at the verb {@code i} of sentence {@code s}; {@code purpose} is the purpose
   * word whose clause holds the verb ({@link #purposeStart}), or -1.
   */
  private static ImmutableList<Agency> reporters(BodyReading r, BodyReading.Sentence s, int[] part,
      ImmutableList<Agency> partSubject, int i, int purpose, ImmutableList<Agency> lastRecipients) {
    if (purpose >= 0) {
      int d = r.directiveAt(purpose, i);
      if (d < 0) {
        Group g = subjectBetween(r, purpose, i);
        if (g != null) {
          return g.agencies();
        }
        if (!lastRecipients.isEmpty()) {
          return lastRecipients;
        }
        return r.issuer.map(ImmutableList::of).orElse(ImmutableList.of());
      }
    }
    Group agent = agent(r, part[0], i);
    if (agent != null) {
      return agent.agencies();
    }
    if (!partSubject.isEmpty()) {
      return partSubject;
    }
    return s.actors();
  }

  /**
   * The offset of the purpose word ({@code để}, {@code nhằm}) whose clause holds the verb at
   * {@code verb}, or -1: one that opens the part ({@code Để có cơ sở tổng hợp, báo cáo …}) or
   * stands a few words before the verb ({@code … để xem xét, báo cáo …}).
   */
  private static int purposeStart(BodyReading r, int from, int verb) {
    int found = -1;
    for (int i = r.f.nextWordStart(Math.max(from, verb - MAX_WINDOW), verb); i < verb;
        i = r.f.nextWordStart(i + 1, verb)) {
      if (PURPOSE.matchAny(r.f, i, verb) > 0 && r.mentionCovering(i) < 0) {
        found = i;
      }
    }
    if (found < 0) {
      return -1;
    }
    boolean opens = r.wordsStart(from, verb) == found;
    int words = 0;
    for (int p = r.f.nextWordStart(found, verb); p < verb; p = r.f.nextWordStart(p + 1, verb)) {
      words++;
    }
    return opens || words <= 7 ? found : -1;
  }

  /** The offset of the first comma in {@code [from, to)} outside parentheses, or {@code to}. */
  private static int commaAfter(BodyReading r, int from, int to) {
    int depth = 0;
    for (int i = from; i < to; i++) {
      char c = r.f.at(i);
      if (c == '(') {
        depth++;
      } else if (c == ')' && depth > 0) {
        depth--;
      } else if (c == ',' && depth == 0) {
        return i;
      }
    }
    return to;
  }

  /** Where the purpose tail after the recipients begins ({@code … để chỉ đạo xử lý}), or {@code end}. */
  private static int purposeAfter(BodyReading r, int from, int end) {
    end = Math.min(end, from + MAX_WINDOW);
    for (int i = r.f.nextWordStart(from, end); i < end; i = r.f.nextWordStart(i + 1, end)) {
      if (PURPOSE.matchAny(r.f, i, end) > 0 && r.mentionCovering(i) < 0) {
        int t = i;
        while (t > from && Folded.isSpace(r.f.at(t - 1))) {
          t--;
        }
        return t;
      }
    }
    return end;
  }

  /** A subject followed by a predicate between a purpose word and the verb: để Sở X tổng hợp, báo cáo. */
  private static Group subjectBetween(BodyReading r, int from, int verb) {
    for (int i = from; i < verb; i++) {
      Mention m = r.mentionAt(i);
      if (m != null) {
        Group g = r.groupAt(i, verb, false);
        if (g != null && g.end() < verb && r.predicateAfter(g.end(), verb)) {
          return g;
        }
        i = m.end();
      }
    }
    return null;
  }

  /** {@code do X (chủ trì) tổng hợp trình …}: the agent X close before the verb. */
  private static Group agent(BodyReading r, int from, int verb) {
    for (int i = Math.max(from, verb - 200); i < verb; i++) {
      if (!r.f.boundaryBefore(i) || AGENT.matchAny(r.f, i, verb) < 0
          || r.mentionCovering(i) >= 0) {
        continue;
      }
      int q = r.f.skipSpace(i + 2, verb);
      Group g = r.groupAt(q, verb, false);
      if (g == null) {
        continue;
      }
      int words = 0;
      for (int p = r.f.nextWordStart(g.end(), verb); p < verb; p = r.f.nextWordStart(p + 1, verb)) {
        words++;
      }
      if (words <= 4) {
        return g;
      }
    }
    return null;
  }

  /**
   * The deadlines of {@code [from, to)}; when it states none, those of the following parts of
   * the sentence that hold no verb of their own ({@code …; trước ngày 28/11 đối với báo cáo
   * năm}); at least {@link Deadline#none()}.
   */
  private ImmutableList<Deadline> deadlinesOf(BodyReading r, int from, int to,
      ImmutableList<int[]> parts, int k, int sentenceEnd, Optional<LocalDate> date) {
    List<Deadline> out = new ArrayList<>(deadlines.find(r.text, from, to, date));
    if (out.isEmpty() || to == parts.get(k)[1]) {
      for (int n = k + 1; n < parts.size() && n <= k + 3; n++) {
        int[] p = parts.get(n);
        if (p[1] - p[0] > MAX_WINDOW) {
          break;
        }
        if (hasVerb(r, p[0], p[1])) {
          break;
        }
        out.addAll(deadlines.find(r.text, p[0], p[1], date));
      }
    }
    return out.isEmpty() ? ImmutableList.of(Deadline.none()) : ImmutableList.copyOf(out);
  }

  /** Whether {@code [from, to)} holds a reporting verb with a recipient of its own. */
  private static boolean hasVerb(BodyReading r, int from, int to) {
    for (int i = r.f.nextWordStart(from, to); i < to; i = r.f.nextWordStart(i + 1, to)) {
      int j = VERBS.matchAny(r.f, i, to);
      if (j > 0 && target(r, i, j, to) != null) {
        return true;
      }
    }
    return false;
  }
}
