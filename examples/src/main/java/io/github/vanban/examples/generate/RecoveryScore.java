package io.github.vanban.examples.generate;

import com.google.common.collect.ImmutableList;
import io.github.vanban.core.Citation;
import io.github.vanban.core.Document;
import io.github.vanban.core.DocumentNumber;
import io.github.vanban.core.Extraction;
import io.github.vanban.core.ReportingObligation;
import io.github.vanban.core.Task;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * How much of the planted facts an extraction recovered: precision, recall and F1 of
 * documents, citations, tasks and reporting obligations, counted by the rules of {@code
 * shared/eval/score.py} (documents paired by folded number, citations keyed by number,
 * tasks by lead agency, obligations by reporter and recipient; agencies compared after
 * folding, abbreviations written out and a leading head title dropped). Not thread-safe:
 * one instance sums the files it is given.
 */
public final class RecoveryScore {
  private static final Map<String, String> ABBREVIATIONS = Map.of("ubnd", "uy ban nhan dan", "hdnd",
      "hoi dong nhan dan", "mttq", "mat tran to quoc", "tw", "trung uong", "btv", "ban thuong vu", "vn", "viet nam",
      "ub", "uy ban");
  private static final List<String> HEAD_TITLES = List.of("pho chu tich", "chu tich", "pho giam doc", "giam doc",
      "thu truong", "pho bi thu", "bi thu", "chanh");

  private final Map<String, int[]> counts = new TreeMap<>();

  /** Counts the facts of one file: {@code gold} planted, {@code extraction} found. */
  public void add(List<Gold.Document> gold, Extraction extraction) {
    List<Document> pred = new ArrayList<>(extraction.documents());
    @Nullable Document[] paired = new Document[gold.size()];
    boolean[] used = new boolean[pred.size()];
    for (int g = 0; g < gold.size(); g++) {
      for (int i = 0; i < pred.size(); i++) {
        if (!used[i] && docKey(pred.get(i)).equals(goldKey(gold.get(g)))) {
          paired[g] = pred.get(i);
          used[i] = true;
          break;
        }
      }
    }
    boolean[] byKey = new boolean[gold.size()];
    for (int g = 0; g < gold.size(); g++) {
      byKey[g] = paired[g] != null;
      for (int i = 0; paired[g] == null && i < pred.size(); i++) {
        if (!used[i]) {
          paired[g] = pred.get(i);
          used[i] = true;
        }
      }
      if (byKey[g]) {
        count("documents", 1, 0, 0);
      } else {
        count("documents", 0, paired[g] == null ? 0 : 1, 1);
      }
      compare(gold.get(g), paired[g]);
    }
    for (int i = 0; i < pred.size(); i++) {
      if (!used[i]) {
        Document extra = pred.get(i);
        count("documents", 0, 1, 0);
        count("citations", 0, extra.citations().size(), 0);
        count("tasks", 0, leads(extra).size(), 0);
        count("reporting", 0, extra.reporting().size(), 0);
      }
    }
  }

  private void compare(Gold.Document g, @Nullable Document p) {
    Set<String> gc = new LinkedHashSet<>();
    g.citations().forEach(c -> gc.add(citationKey(c.number(), c.type(), String.valueOf(c.date()))));
    Set<String> pc = new LinkedHashSet<>();
    if (p != null) {
      for (Citation c : p.citations()) {
        pc.add(citationKey(c.number().map(DocumentNumber::printed).orElse(null), c.type().name(),
            String.valueOf(c.date().orElse(null))));
      }
    }
    Set<String> both = new HashSet<>(gc);
    both.retainAll(pc);
    count("citations", both.size(), pc.size() - both.size(), gc.size() - both.size());

    List<String> predLeads = p == null ? List.of() : leads(p);
    List<List<String>> goldLeads = new ArrayList<>();
    g.tasks().forEach(t -> goldLeads.add(t.lead()));
    matchSets("tasks", goldLeads, predLeads, (a, b) -> agencyMatches(a, b));

    List<ReportingObligation> pr = p == null ? List.of() : p.reporting();
    matchSets("reporting", g.reporting(), pr, (a, b) -> agencyMatches(a.reporter(), b.reporter().name())
        && agencyMatches(a.recipient(), b.recipient().name()));
  }

  private interface Matcher<G, P> {
    boolean matches(G gold, P pred);
  }

  private <G, P> void matchSets(String metric, List<G> gold, List<P> pred, Matcher<G, P> m) {
    Set<Integer> found = new HashSet<>();
    int falsePositives = 0;
    for (P p : pred) {
      boolean hit = false;
      for (int i = 0; i < gold.size(); i++) {
        if (m.matches(gold.get(i), p)) {
          found.add(i);
          hit = true;
        }
      }
      if (!hit) {
        falsePositives++;
      }
    }
    count(metric, found.size(), falsePositives, gold.size() - found.size());
  }

  private static List<String> leads(Document d) {
    Set<String> keys = new HashSet<>();
    List<String> out = new ArrayList<>();
    for (Task t : d.tasks()) {
      String k = agencyKey(t.lead().name());
      if (!k.isEmpty() && keys.add(k)) {
        out.add(t.lead().name());
      }
    }
    return out;
  }

  private void count(String metric, int tp, int fp, int fn) {
    int[] c = counts.computeIfAbsent(metric, k -> new int[3]);
    c[0] += tp;
    c[1] += fp;
    c[2] += fn;
  }

  /** The F1 of {@code metric} ({@code documents}, {@code citations}, {@code tasks}, {@code reporting}). */
  public double f1(String metric) {
    double p = precision(metric);
    double r = recall(metric);
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  /** The precision of {@code metric}; 1 when nothing was predicted. */
  public double precision(String metric) {
    int[] c = counts.getOrDefault(metric, new int[3]);
    return c[0] + c[1] == 0 ? 1 : (double) c[0] / (c[0] + c[1]);
  }

  /** The recall of {@code metric}; 1 when nothing was planted. */
  public double recall(String metric) {
    int[] c = counts.getOrDefault(metric, new int[3]);
    return c[0] + c[2] == 0 ? 1 : (double) c[0] / (c[0] + c[2]);
  }

  /** The metrics this score knows. */
  public static ImmutableList<String> metrics() {
    return ImmutableList.of("documents", "citations", "tasks", "reporting");
  }

  /** One line per metric, as {@code score.py} prints them. */
  public String summary() {
    StringBuilder b = new StringBuilder();
    for (String m : metrics()) {
      b.append(String.format(Locale.ROOT, "%-12s P %.3f  R %.3f  F1 %.3f%n", m, precision(m), recall(m), f1(m)));
    }
    return b.toString();
  }

  // ---------------------------------------------------------------- the scorer's keys

  static String fold(@Nullable String text) {
    if (text == null) {
      return "";
    }
    String t = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT).replace('đ', 'd');
    t = Normalizer.normalize(t, Normalizer.Form.NFD);
    StringBuilder b = new StringBuilder();
    boolean space = true;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (Character.getType(c) == Character.NON_SPACING_MARK) {
        continue;
      }
      if ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z')) {
        b.append(c);
        space = false;
      } else if (!space) {
        b.append(' ');
        space = true;
      }
    }
    return b.toString().trim();
  }

  static String agencyKey(String name) {
    List<String> words = new ArrayList<>();
    for (String w : fold(name).split(" ")) {
      if (!w.isEmpty()) {
        words.add(ABBREVIATIONS.getOrDefault(w, w));
      }
    }
    String text = String.join(" ", words);
    boolean changed = true;
    while (changed) {
      changed = false;
      for (String title : HEAD_TITLES) {
        if (text.startsWith(title + " ")) {
          text = text.substring(title.length() + 1);
          changed = true;
        }
      }
    }
    return text.startsWith("cac ") ? text.substring(4) : text;
  }

  static boolean agencyMatches(List<String> gold, String pred) {
    String p = agencyKey(pred);
    return !p.isEmpty() && gold.stream().anyMatch(g -> agencyKey(g).equals(p));
  }

  static @Nullable String numberKey(@Nullable String number) {
    if (number == null || number.isEmpty()) {
      return null;
    }
    return fold(number).toUpperCase(Locale.ROOT).replaceAll("[^0-9A-Z]", "");
  }

  private static String citationKey(@Nullable String number, String type, String date) {
    String n = numberKey(number);
    return n != null && !n.isEmpty() ? n : type + "@" + date;
  }

  private static String goldKey(Gold.Document d) {
    String n = numberKey(d.number());
    return n != null && !n.isEmpty() ? n : "NONUM:" + d.type();
  }

  private static String docKey(Document d) {
    String n = numberKey(d.number().map(DocumentNumber::printed).orElse(null));
    return n != null && !n.isEmpty() ? n : "NONUM:" + d.type().name();
  }

}
