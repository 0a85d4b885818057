package io.github.vanban.graph.query;

import com.google.common.collect.ImmutableList;
import io.github.vanban.core.deadline.Deadline;
import io.github.vanban.graph.agency.ReportingEdge;
import io.github.vanban.graph.agency.ReportingRun;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The rows of obligations drawn from {@link ReportingRun}s, in {@link ObligationRow#ORDER}
 * without comparing a name: the runs are in row order but for the due day, so the rows of
 * one run only need to be dealt out by due day (a stable counting sort over the few distinct
 * days); rows of several runs are sorted on one packed number per row (day, rank, place in
 * the seed). Due days are worked out once per due class, not once per row.
 */
final class RowSorter {
  private RowSorter() {}

  /**
   * The rows of the edges of {@code runs} that pass {@code filter} (equal edges once when
   * {@code distinct}): next due as of {@code asOf}, or one row per due day in the window when
   * {@code from} is present.
   */
  static ImmutableList<ObligationRow> rows(List<ReportingRun> runs, boolean distinct,
      Predicate<ReportingEdge> filter, LocalDate asOf, Optional<LocalDate> from, Optional<LocalDate> to) {
    // 1. the edges of the seed, in seed order, with their rank and graph-free due class
    int capacity = 0;
    int[] classBase = new int[runs.size() + 1];
    for (int r = 0; r < runs.size(); r++) {
      capacity += runs.get(r).size();
      classBase[r + 1] = classBase[r] + runs.get(r).classCount();
    }
    ReportingEdge[] edges = new ReportingEdge[capacity];
    int[] rank = new int[capacity];
    int[] dueClass = new int[capacity];
    int n = 0;
    Set<ReportingEdge> seen = distinct ? new HashSet<>() : Set.of();
    for (int r = 0; r < runs.size(); r++) {
      ReportingRun run = runs.get(r);
      for (int i = 0; i < run.size(); i++) {
        ReportingEdge e = run.edge(i);
        if ((distinct && !seen.add(e)) || !filter.test(e)) {
          continue;
        }
        edges[n] = e;
        rank[n] = run.rank(i);
        dueClass[n] = classBase[r] + run.dueClass(i);
        n++;
      }
    }
    Deadline[] classes = new Deadline[classBase[runs.size()]];
    for (int r = 0; r < runs.size(); r++) {
      for (int c = 0; c < runs.get(r).classCount(); c++) {
        classes[classBase[r] + c] = runs.get(r).classDeadline(c);
      }
    }
    Days days = from.isPresent() ? Days.within(classes, from.get(), to.get()) : Days.asOf(classes, asOf);

    // 2. one entry per row: the edge and the rank of its due day
    int m = 0;
    for (int k = 0; k < n; k++) {
      m += days.ofClass[dueClass[k]].length;
    }
    int[] entryEdge = new int[m];
    int[] entryDay = new int[m];
    int[] entryClass = new int[m];
    int j = 0;
    for (int k = 0; k < n; k++) {
      for (int d : days.ofClass[dueClass[k]]) {
        entryEdge[j] = k;
        entryDay[j] = d;
        entryClass[j] = dueClass[k];
        j++;
      }
    }

    // 3. the order of the entries: by due day, then rank, then place in the seed
    int[] order = runs.size() == 1 ? byDay(entryDay, days.count()) : byDayAndRank(entryEdge, entryDay, rank, days.count());

    ImmutableList.Builder<ObligationRow> out = ImmutableList.builderWithExpectedSize(m);
    for (int x : order) {
      ReportingEdge e = edges[entryEdge[x]];
      Optional<LocalDate> due = from.isPresent() ? days.day[entryDay[x]] : days.next[entryClass[x]];
      out.add(new ObligationRow(e.from(), e.to(), e.via(), e.deadline(), due, e.document(), e.obligation()));
    }
    return out.build();
  }

  /** The entries of one run (already in row order but for the day), dealt out by day: stable. */
  private static int[] byDay(int[] entryDay, int dayCount) {
    int[] start = new int[dayCount + 1];
    for (int d : entryDay) {
      start[d + 1]++;
    }
    for (int d = 0; d < dayCount; d++) {
      start[d + 1] += start[d];
    }
    int[] order = new int[entryDay.length];
    for (int x = 0; x < entryDay.length; x++) {
      order[start[entryDay[x]]++] = x;
    }
    return order;
  }

  /** The entries of several runs by day, rank and place in the seed. */
  private static int[] byDayAndRank(int[] entryEdge, int[] entryDay, int[] rank, int dayCount) {
    int m = entryDay.length;
    int maxRank = 0;
    for (int r : rank) {
      maxRank = Math.max(maxRank, r);
    }
    int entryBits = bits(m);
    int rankBits = bits(maxRank + 1);
    int[] order = new int[m];
    if (bits(dayCount) + rankBits + entryBits <= 63) {
      long[] keys = new long[m];
      for (int x = 0; x < m; x++) {
        keys[x] = ((long) entryDay[x] << (rankBits + entryBits)) | ((long) rank[entryEdge[x]] << entryBits) | x;
      }
      Arrays.sort(keys);
      long mask = (1L << entryBits) - 1;
      for (int x = 0; x < m; x++) {
        order[x] = (int) (keys[x] & mask);
      }
      return order;
    }
    Integer[] boxed = new Integer[m];
    for (int x = 0; x < m; x++) {
      boxed[x] = x;
    }
    Arrays.sort(boxed, (a, b) -> {
      int c = Integer.compare(entryDay[a], entryDay[b]);
      return c != 0 ? c : Integer.compare(rank[entryEdge[a]], rank[entryEdge[b]]);
    });
    for (int x = 0; x < m; x++) {
      order[x] = boxed[x];
    }
    return order;
  }

  /** The bits {@code values} distinct numbers from 0 need. */
  private static int bits(int values) {
    return values <= 1 ? 0 : 32 - Integer.numberOfLeadingZeros(values - 1);
  }

  /**
   * The due days of each due class, as ranks among the distinct days of the query; the day of
   * each rank; and, as of a day, each class's next due day as a row shows it.
   */
  private static final class Days {
    final int[][] ofClass;
    final Optional<LocalDate>[] day;
    final Optional<LocalDate>[] next;

    private Days(int[][] ofClass, Optional<LocalDate>[] day, Optional<LocalDate>[] next) {
      this.ofClass = ofClass;
      this.day = day;
      this.next = next;
    }

    int count() {
      return day.length;
    }

    /** One day per class: its next due day, no day sorting last as {@link ObligationRow#ORDER} has it. */
    static Days asOf(Deadline[] classes, LocalDate asOf) {
      @SuppressWarnings("unchecked")
      Optional<LocalDate>[] next = new Optional[classes.length];
      long[] key = new long[classes.length];
      for (int c = 0; c < classes.length; c++) {
        next[c] = classes[c].nextDue(asOf);
        key[c] = next[c].orElse(LocalDate.MAX).toEpochDay();
      }
      long[] distinct = distinct(key.clone());
      int[][] ofClass = new int[classes.length][];
      for (int c = 0; c < classes.length; c++) {
        ofClass[c] = new int[] {Arrays.binarySearch(distinct, key[c])};
      }
      return new Days(ofClass, days(distinct), next);
    }

    /** Every due day of each class within {@code [from, to]}. */
    static Days within(Deadline[] classes, LocalDate from, LocalDate to) {
      long[][] perClass = new long[classes.length][];
      int total = 0;
      for (int c = 0; c < classes.length; c++) {
        List<LocalDate> list = Deadlines.dueBetween(classes[c], from, to);
        perClass[c] = new long[list.size()];
        for (int i = 0; i < list.size(); i++) {
          perClass[c][i] = list.get(i).toEpochDay();
        }
        total += list.size();
      }
      long[] all = new long[total];
      int t = 0;
      for (long[] p : perClass) {
        System.arraycopy(p, 0, all, t, p.length);
        t += p.length;
      }
      long[] distinct = distinct(all);
      int[][] ofClass = new int[classes.length][];
      for (int c = 0; c < classes.length; c++) {
        ofClass[c] = new int[perClass[c].length];
        for (int i = 0; i < perClass[c].length; i++) {
          ofClass[c][i] = Arrays.binarySearch(distinct, perClass[c][i]);
        }
      }
      @SuppressWarnings("unchecked")
      Optional<LocalDate>[] none = new Optional[0];
      return new Days(ofClass, days(distinct), none);
    }

    /** {@code values} sorted, each once. */
    private static long[] distinct(long[] values) {
      Arrays.sort(values);
      int k = 0;
      for (int i = 0; i < values.length; i++) {
        if (k == 0 || values[i] != values[k - 1]) {
          values[k++] = values[i];
        }
      }
      return Arrays.copyOf(values, k);
    }

    private static Optional<LocalDate>[] days(long[] epochDays) {
      @SuppressWarnings("unchecked")
      Optional<LocalDate>[] out = new Optional[epochDays.length];
      for (int i = 0; i < epochDays.length; i++) {
        out[i] = Optional.of(LocalDate.ofEpochDay(epochDays[i]));
      }
      return out;
    }
  }
}
