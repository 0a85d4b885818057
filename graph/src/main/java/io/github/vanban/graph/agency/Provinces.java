package io.github.vanban.graph.agency;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import com.google.common.io.Resources;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The provinces and centrally-run cities in force on a day ({@code provinces.tsv}, bundled):
 * the 63 units until 30 June 2025, the 34 units from 1 July 2025.
 */
public final class Provinces {

  /**
   * One unit and when it existed.
   *
   * @param name the name without its tier word: {@code "Cần Thơ"}
   * @param tier {@code "tỉnh"} or {@code "thành phố"}
   * @param from the first day, if bounded
   * @param to the last day, if bounded
   */
  public record Unit(String name, String tier, Optional<LocalDate> from, Optional<LocalDate> to) {
    /** Whether the unit existed on {@code day}. */
    public boolean existsOn(LocalDate day) {
      return from.map(f -> !day.isBefore(f)).orElse(true) && to.map(t -> !day.isAfter(t)).orElse(true);
    }
  }

  private static final ImmutableList<Unit> UNITS = load();

  private Provinces() {}

  /** Every unit in the bundled table. */
  public static ImmutableList<Unit> all() {
    return UNITS;
  }

  /** The units that existed on {@code day}, by name. */
  public static ImmutableList<Unit> on(LocalDate day) {
    return UNITS.stream().filter(u -> u.existsOn(day)).sorted(java.util.Comparator.comparing(Unit::name))
        .collect(ImmutableList.toImmutableList());
  }

  private static ImmutableList<Unit> load() {
    ImmutableList.Builder<Unit> b = ImmutableList.builder();
    try {
      for (String line : Resources.readLines(Resources.getResource(Provinces.class, "provinces.tsv"),
          StandardCharsets.UTF_8)) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        List<String> f = Splitter.on('\t').splitToList(line);
        b.add(new Unit(f.get(0), f.get(1), date(f.get(2)), date(f.size() > 3 ? f.get(3) : "")));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return b.build();
  }

  private static Optional<LocalDate> date(String s) {
    return s.isBlank() ? Optional.empty() : Optional.of(LocalDate.parse(s.strip()));
  }
}
