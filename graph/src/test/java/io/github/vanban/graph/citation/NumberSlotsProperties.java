package io.github.vanban.graph.citation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vanban.core.Agency;
import io.github.vanban.core.AgencyKind;
import io.github.vanban.core.Citation;
import io.github.vanban.core.DocumentNumber;
import io.github.vanban.core.DocumentType;
import io.github.vanban.core.Level;
import io.github.vanban.core.Relation;
import io.github.vanban.core.Span;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link NumberSlots#agreeing} leaves out only slots that contradict the description, keeps
 * the order placed, and holds each slot once — below and above {@link NumberSlots#SPLIT_FROM}
 * slots, and when slots learn a date or an issuer after they were filed.
 */
class NumberSlotsProperties {
  private static final List<DocumentNumber> NUMBERS = List.of(
      DocumentNumber.of("12/2019/QĐ-UBND"), DocumentNumber.of("12/2020/QĐ-UBND"), DocumentNumber.of("12/QĐ-UBND"));
  private static final List<LocalDate> DATES = Arrays.asList(
      null, LocalDate.of(2019, 3, 1), LocalDate.of(2019, 7, 9), LocalDate.of(2020, 3, 1));
  private static final List<String> PLACES = Arrays.asList(null, "dong nai", "kien giang");

  /** Add a slot (number, date, place), or let slot {@code target} learn a date and a place. */
  record Step(boolean learn, int number, int date, int place, int target) {}

  @Provide
  Arbitrary<List<Step>> steps() {
    Arbitrary<Step> step = Combinators.combine(Arbitraries.integers().between(0, 3).map(i -> i == 0),
        Arbitraries.integers().between(0, NUMBERS.size() - 1), Arbitraries.integers().between(0, DATES.size() - 1),
        Arbitraries.integers().between(0, PLACES.size() - 1), Arbitraries.integers().between(0, 60)).as(Step::new);
    return step.list().ofMaxSize(60);
  }

  private static Agency agencyOf(String place) {
    var b = Agency.builder().name("Ủy ban nhân dân " + (place == null ? "x" : place)).kind(AgencyKind.GOVERNMENT)
        .level(Level.PROVINCIAL);
    if (place != null) {
      b.locality(place);
    }
    return b.build();
  }

  @Property(tries = 300)
  void agreeingLeavesOutOnlyContradictingSlots(@ForAll("steps") List<Step> steps) {
    NumberSlots slots = new NumberSlots();
    List<NodeResolver.Slot> placed = new ArrayList<>();
    for (Step s : steps) {
      if (s.learn() && !placed.isEmpty()) {
        NodeResolver.Slot target = placed.get(s.target() % placed.size());
        var c = Citation.builder().type(DocumentType.QUYET_DINH).relation(Relation.BASIS).span(Span.of(0, 1, "x"));
        if (DATES.get(s.date()) != null) {
          c.date(DATES.get(s.date()));
        }
        c.issuer(agencyOf(PLACES.get(s.place())));
        target.learn(c.build(), PLACES.get(s.place()));
      } else {
        String place = PLACES.get(s.place());
        NodeResolver.Slot slot = new NodeResolver.Slot(placed.size(), NUMBERS.get(s.number()),
            DocumentType.QUYET_DINH, DATES.get(s.date()), place == null ? null : agencyOf(place), place, null);
        placed.add(slot);
        slots.add(slot);
      }
    }
    assertEquals(placed, slots.all());
    for (DocumentNumber n : NUMBERS) {
      for (LocalDate date : DATES) {
        for (String place : PLACES) {
          int year = Identity.year(n) != Identity.NO_YEAR ? Identity.year(n) : date != null ? date.getYear()
              : Identity.NO_YEAR;
          if (year == Identity.NO_YEAR) {
            continue;
          }
          List<NodeResolver.Slot> found = slots.agreeing(year, place, date);
          for (int i = 1; i < found.size(); i++) {
            assertTrue(found.get(i - 1).ordinal < found.get(i).ordinal, "in the order placed, each once");
          }
          assertEquals(agree(placed, n, date, place), agree(found, n, date, place),
              () -> n + " " + date + " " + place + " among " + placed.size());
        }
      }
    }
  }

  private static List<Integer> agree(List<NodeResolver.Slot> slots, DocumentNumber n, LocalDate date, String place) {
    return slots.stream()
        .filter(s -> Identity.agreement(date, Identity.year(n), place, s.date, s.year(), s.locality()) >= 0)
        .map(s -> s.ordinal).collect(Collectors.toList());
  }
}
