package io.github.vanban.graph.citation;

import io.github.vanban.graph.citation.NodeResolver.Slot;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The slots of one number key while a {@link CitationGraph} is built, in the order placed, and
 * for a key of many slots ({@code 123/KH-UBND} in every province and year) the same split by
 * year, locality and date, so that a lookup reads the slots that may agree with it rather than
 * every slot of the key. A slot is filed under the year, locality and date it has when filed, or
 * under "unknown" for each it lacks; a slot learns only what it lacks (its year, locality and
 * date never change once known), so a slot filed under a known value keeps it, and one filed
 * under "unknown" is in the parts every lookup reads. Not thread-safe: used by one build.
 */
final class NumberSlots {
  /** From this many slots on, a key is split (below, reading every slot is as quick). */
  static final int SPLIT_FROM = 16;

  /** Stands for any locality or any date in a {@link Part}: lookups that do not know it. */
  private static final Object ANY = new Object();

  /** A year ({@link Identity#NO_YEAR} where unknown), a locality and a date (null where unknown, or {@link #ANY}). */
  private record Part(int year, Object locality, Object date) {}

  private final List<Slot> all = new ArrayList<>(2);
  /** The slots by {@link Part}, each list in the order placed; null until the key has {@link #SPLIT_FROM} slots. */
  private Map<Part, List<Slot>> parts;

  /** Every slot of the key, in the order placed. */
  List<Slot> all() {
    return all;
  }

  /** Adds a slot, placed after every slot added before. */
  void add(Slot s) {
    all.add(s);
    if (parts != null) {
      file(s);
    } else if (all.size() == SPLIT_FROM) {
      parts = new HashMap<>();
      for (Slot each : all()) {
        file(each);
      }
    }
  }

  private void file(Slot s) {
    int year = s.yearOrDate();
    String locality = s.locality();
    LocalDate date = s.date;
    put(new Part(year, locality, date), s);
    put(new Part(year, locality, ANY), s);
    put(new Part(year, ANY, date), s);
    put(new Part(year, ANY, ANY), s);
  }

  private void put(Part p, Slot s) {
    parts.computeIfAbsent(p, k -> new ArrayList<>(2)).add(s);
  }

  /**
   * The slots, in the order placed, that may agree with a known year and a locality and date
   * (null where unknown): every slot of the key that {@link Identity#agreement} does not find
   * contradicting, and perhaps some that it does.
   */
  List<Slot> agreeing(int year, String locality, LocalDate date) {
    if (parts == null) {
      return all();
    }
    List<Slot> out = null;
    int lists = 0;
    for (int y : new int[] {year, Identity.NO_YEAR}) {
      for (Object l : locality == null ? new Object[] {ANY} : new Object[] {locality, null}) {
        for (Object d : date == null ? new Object[] {ANY} : new Object[] {date, null}) {
          List<Slot> found = parts.get(new Part(y, l, d));
          if (found == null) {
            continue;
          }
          if (out == null) {
            out = found;
          } else {
            if (lists == 1) {
              out = new ArrayList<>(out);
            }
            out.addAll(found);
          }
          lists++;
        }
      }
    }
    if (out == null) {
      return List.of();
    }
    if (lists > 1) {
      out.sort(java.util.Comparator.comparingInt(s -> s.ordinal));
    }
    return out;
  }
}
