package io.github.vanban.parser.task;

import com.google.common.collect.ImmutableList;
import io.github.vanban.core.Agency;
import io.github.vanban.core.Span;
import io.github.vanban.core.Task;
import io.github.vanban.core.deadline.Deadline;
import io.github.vanban.parser.segment.DocumentContext;
import io.github.vanban.parser.time.DeadlineParser;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds assignments whose lead body is named: numbered, lettered and dashed items and
 * ordinals ({@code Thứ nhất, …}) whose subject is a body, {@code Giao X …}, {@code Đề nghị
 * X …}, {@code Chủ tịch UBND tỉnh yêu cầu X …}, {@code X chủ trì, phối hợp với Y …} (X
 * leads, Y supports), and the closing clause of a decision ({@code Chánh Văn phòng …, Giám
 * đốc các Sở … chịu trách nhiệm thi hành Quyết định này}). A subject that lists several
 * bodies gives one task per body. Items addressed to every recipient with no body named, and
 * the issuer's own acts, are not tasks. Thread-safe.
 */
public final class TaskFinder {
  private static final Phrases SUPPORT = Phrases.longestFirst(Lexicon.SUPPORT);
  private static final Phrases CONDITION = Phrases.longestFirst(Lexicon.CONDITION);

  private final DeadlineParser deadlines;

  /** A finder with the standard deadline grammar. */
  public TaskFinder() {
    this(new DeadlineParser());
  }

  /** A finder that reads deadlines with {@code deadlines}. */
  public TaskFinder(DeadlineParser deadlines) {
    this.deadlines = deadlines;
  }

  /** The tasks of the document, in order. */
  public ImmutableList<Task> find(DocumentContext context) {
    return find(context, AgencyMentions.of(context));
  }

  ImmutableList<Task> find(DocumentContext context, MentionFinder finder) {
    if (context.bodyEnd() <= context.bodyStart()) {
      return ImmutableList.of();
    }
    BodyReading r = new BodyReading(context.text(), context.bodyStart(), context.bodyEnd(), finder,
        context.header().issuer(), context.header().recipients());
    return find(r, context.header().date());
  }

  ImmutableList<Task> find(BodyReading r, Optional<LocalDate> date) {
    List<Task> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (BodyReading.Sentence s : r.sentences) {
      if (!s.intro()) {
        findIn(r, s, date, seen, out);
      }
    }
    return ImmutableList.copyOf(out);
  }

  /** Adds to {@code out} the tasks of sentence {@code s}: its leads' and those of later parts. */
  private void findIn(BodyReading r, BodyReading.Sentence s, Optional<LocalDate> date,
      Set<String> seen, List<Task> out) {
    ImmutableList<int[]> parts = s.parts();
    if (!s.leads().isEmpty() && !contingent(r, s)) {
      int end = partEnd(parts, s.leadsEnd(), s.end());
      add(r, s.leads(), s.leadsEnd(), end, s.start(), s.end(), date, seen, out);
    }
    // a later part of the sentence with a subject of its own: "…; Sở Y phối hợp …"
    for (int k = 1; k < parts.size(); k++) {
      int[] p = parts.get(k);
      Group g = s.partSubject(k);
      if (g != null && !g.agencies().isEmpty() && !r.isIssuer(g.agencies())) {
        add(r, g.agencies(), g.end(), p[1], p[0], p[1], date, seen, out);
      }
    }
  }

  private void add(BodyReading r, ImmutableList<Agency> leads, int actionStart, int actionEnd,
      int spanStart, int spanEnd, Optional<LocalDate> date, Set<String> seen, List<Task> out) {
    String action = clean(r.text, Math.min(actionStart, actionEnd), actionEnd);
    if (action.isEmpty()) {
      action = clean(r.text, spanStart, spanEnd);
    }
    ImmutableList<Agency> support = support(r, leads, actionStart, actionEnd);
    ImmutableList<Deadline> due = deadlines.find(action, 0, action.length(), date);
    Deadline deadline = due.isEmpty() ? Deadline.none() : due.get(0);
    Span span = Span.in(r.text, spanStart, spanEnd);
    for (Agency lead : leads) {
      if (seen.add(lead.key() + "@" + spanStart)) {
        out.add(Task.builder().lead(lead).support(support).text(action).deadline(deadline)
            .span(span).build());
      }
    }
  }

  /**
   * Whether the subject of an unnumbered sentence stands after a condition ({@code Trong quá
   * trình thực hiện, nếu có khó khăn, vướng mắc, các sở … kịp thời báo cáo …}): the bodies
   * then act only if it happens, a contingent duty (read by the reporting finder) rather than
   * an assignment.
   */
  private static boolean contingent(BodyReading r, BodyReading.Sentence s) {
    if (s.directive() || s.subject().isEmpty()
        || r.blocks.get(s.block()).marker() != Block.Marker.NONE) {
      return false;
    }
    int to = s.subject().get().start();
    for (int i = r.f.nextWordStart(s.start(), to); i < to; i = r.f.nextWordStart(i + 1, to)) {
      if (CONDITION.matchAny(r.f, i, to) > 0) {
        return true;
      }
    }
    return false;
  }

  /** The bodies after {@code phối hợp (với)} in the action, leads left out. */
  private static ImmutableList<Agency> support(BodyReading r, List<Agency> leads, int from, int to) {
    List<Agency> out = new ArrayList<>();
    for (int i = r.f.nextWordStart(from, to); i < to; i = r.f.nextWordStart(i + 1, to)) {
      int j = SUPPORT.matchAny(r.f, i, to);
      if (j > 0) {
        Group g = r.groupAt(j, to, false);
        if (g != null) {
          for (Agency a : g.agencies()) {
            if (!sameKey(leads, a)) {
              out.add(a);
            }
          }
          i = g.end();
        }
      }
    }
    return BodyReading.dedupe(out);
  }

  /** Whether one of {@code agencies} has the key of {@code a}. */
  private static boolean sameKey(List<Agency> agencies, Agency a) {
    for (Agency b : agencies) {
      if (b.key().equals(a.key())) {
        return true;
      }
    }
    return false;
  }

  private static int partEnd(ImmutableList<int[]> parts, int at, int end) {
    for (int[] p : parts) {
      if (p[0] <= at && at <= p[1]) {
        return p[1];
      }
    }
    return end;
  }

  /**
   * The text of {@code text[from, to)} as a task or clause shows it: white space runs as one
   * space, trimmed, without leading punctuation ({@code , ; : . - –}) and the closing {@code
   * ./.} or {@code /.}; what {@code clean(text.substring(from, to))} gave, with one copy.
   */
  static String clean(String text, int from, int to) {
    int s = from;
    int e = to;
    for (boolean cut = true; cut; ) {
      while (s < e && Character.isWhitespace(text.charAt(s))) {
        s++;
      }
      while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
        e--;
      }
      cut = false;
      if (s < e && ",;:.-–".indexOf(text.charAt(s)) >= 0) {
        s++;
        cut = true;
      } else if (text.startsWith("./.", e - 3) && e - 3 >= s) {
        e -= 3;
        cut = true;
      } else if (text.startsWith("/.", e - 2) && e - 2 >= s) {
        e -= 2;
        cut = true;
      }
    }
    return spaced(text.substring(s, e));
  }

  /**
   * {@code s} with every run of ASCII white space (space, tab, line feed, vertical tab, form
   * feed, carriage return: what the regex {@code \s} matches) replaced by one space;
   * {@code s} itself when none needs it.
   */
  private static String spaced(String s) {
    int n = s.length();
    int i = 0;
    while (i < n) {
      char c = s.charAt(i);
      if (asciiSpace(c) && (c != ' ' || i + 1 < n && asciiSpace(s.charAt(i + 1)))) {
        break; // the first run that is not already one space
      }
      i++;
    }
    if (i == n) {
      return s;
    }
    StringBuilder b = new StringBuilder(n);
    b.append(s, 0, i);
    while (i < n) {
      char c = s.charAt(i);
      if (asciiSpace(c)) {
        b.append(' ');
        while (i < n && asciiSpace(s.charAt(i))) {
          i++;
        }
      } else {
        b.append(c);
        i++;
      }
    }
    return b.toString();
  }

  private static boolean asciiSpace(char c) {
    return c <= ' ' // most chars: one test
        && (c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r');
  }
}
