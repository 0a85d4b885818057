package io.github.vanban.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.collect.ImmutableList;
import io.github.vanban.core.Agency;
import io.github.vanban.core.Document;
import io.github.vanban.core.ReportingObligation;
import io.github.vanban.core.deadline.Deadline;
import io.github.vanban.core.deadline.RecurrenceRule;
import io.github.vanban.graph.agency.AgencyGraph;
import io.github.vanban.graph.agency.AgencyNode;
import io.github.vanban.graph.agency.ReportingEdge;
import io.github.vanban.graph.query.Deadlines;
import io.github.vanban.graph.query.ObligationRow;
import io.github.vanban.graph.query.Obligations;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The obligations query gives exactly the rows, in exactly the order, of the plain
 * algorithm: the edges of the narrowest index lookup, filtered, each made a row and sorted
 * by {@link ObligationRow#ORDER} (stable). The corpora add obligations that the order cannot
 * tell apart (same reporter, recipient, document and span, another deadline or intermediary)
 * and intermediaries, and names are also given as words that match several agencies.
 */
class ObligationOrderProperties {
  private static final List<Agency> AGENCIES = List.of(
      Fixtures.UBND_DN, Fixtures.SO_NGOAI_VU_DN, Fixtures.CAC_SO_DN, Fixtures.TINH_UY_DN,
      Fixtures.UBND_KG, Fixtures.SO_NOI_VU_KG, Fixtures.BAN_BI_THU);
  /** Exact names, and words that match several agencies or none. */
  private static final List<String> NAMES = List.of(Fixtures.UBND_DN.name(), Fixtures.SO_NGOAI_VU_DN.name(),
      Fixtures.UBND_KG.name(), Fixtures.BAN_BI_THU.name(), "tinh dong nai", "sở", "ủy ban nhân dân", "không có");

  @Provide
  Arbitrary<List<Document>> corpora() {
    return new CorpusProperties().corpora().flatMap(docs -> Arbitraries.integers().between(0, 1 << 20)
        .map(seed -> twinned(docs, seed)));
  }

  /** Some obligations doubled at the same span with another deadline or via; some given a via. */
  static List<Document> twinned(List<Document> docs, int seed) {
    List<Document> out = new ArrayList<>();
    int bit = 0;
    for (Document d : docs) {
      List<ReportingObligation> reports = new ArrayList<>();
      for (ReportingObligation r : d.reporting()) {
        int pick = (seed >>> (bit++ % 20)) & 7;
        ReportingObligation base = pick == 1
            ? ReportingObligation.builder().from(r).via(AGENCIES.get((seed >>> 3) % AGENCIES.size())).build() : r;
        reports.add(base);
        if (pick == 2 || pick == 3) {
          reports.add(ReportingObligation.builder().from(r).deadline(pick == 2
              ? Deadline.recurring(RecurrenceRule.yearly(6, 30), "trước ngày 30/6 hằng năm")
              : Deadline.on(LocalDate.of(2020, 11, 15), "trước ngày 15/11/2020")).build());
        }
        if (pick == 4) {
          reports.add(ReportingObligation.builder().from(r).via(AGENCIES.get(seed % AGENCIES.size())).build());
        }
      }
      out.add(Document.builder().from(d).reporting(reports).build());
    }
    return out;
  }

  @Property(tries = 300)
  void rowsAndTheirOrderAreThoseOfThePlainAlgorithm(@ForAll("corpora") List<Document> docs,
      @ForAll @IntRange(min = 0, max = 7) int name, @ForAll @IntRange(min = 0, max = 7) int other,
      @ForAll @IntRange(min = 0, max = 4) int role, @ForAll @IntRange(min = 0, max = 4) int otherRole,
      @ForAll boolean twoFilters, @ForAll @IntRange(min = 0, max = 1500) int day, @ForAll boolean window,
      @ForAll @IntRange(min = 0, max = 400) int length) {
    Corpus c = Corpus.of(docs);
    LocalDate asOf = LocalDate.of(2019, 6, 1).plusDays(day);
    Obligations q = c.obligations().asOf(asOf);
    Plain plain = new Plain(c.agencies());
    q = filter(q, role, NAMES.get(name));
    plain.filter(role, NAMES.get(name));
    if (twoFilters) {
      q = filter(q, otherRole, NAMES.get(other));
      plain.filter(otherRole, NAMES.get(other));
    }
    if (window) {
      q = q.dueBetween(asOf, asOf.plusDays(length));
    }
    assertEquals(plain.rows(asOf, window ? Optional.of(asOf.plusDays(length)) : Optional.empty()), q.rows());
  }

  private static Obligations filter(Obligations q, int role, String name) {
    switch (role) {
      case 0: return q.reporter(name);
      case 1: return q.recipient(name);
      case 2: return q.via(name);
      case 3: return q.involving(name);
      default: return q;
    }
  }

  /** The obligations query as a plain scan and sort. */
  private static final class Plain {
    final AgencyGraph graph;
    final List<Predicate<ReportingEdge>> filters = new ArrayList<>();
    List<ReportingEdge> seed;

    Plain(AgencyGraph graph) {
      this.graph = graph;
      this.seed = graph.reporting();
    }

    void filter(int role, String name) {
      List<AgencyNode> set = graph.match(name);
      List<ReportingEdge> edges;
      switch (role) {
        case 0:
          edges = concat(set, graph::reportsFrom);
          filters.add(e -> set.contains(e.from()));
          break;
        case 1:
          edges = concat(set, graph::reportsTo);
          filters.add(e -> set.contains(e.to()));
          break;
        case 2:
          edges = concat(set, graph::reportsVia);
          filters.add(e -> e.via().isPresent() && set.contains(e.via().get()));
          break;
        case 3:
          Set<ReportingEdge> union = new LinkedHashSet<>();
          for (AgencyNode a : set) {
            union.addAll(graph.reportsFrom(a));
            union.addAll(graph.reportsTo(a));
            union.addAll(graph.reportsVia(a));
          }
          edges = List.copyOf(union);
          filters.add(e -> set.contains(e.from()) || set.contains(e.to())
              || (e.via().isPresent() && set.contains(e.via().get())));
          break;
        default:
          return;
      }
      if (filters.size() == 1 || edges.size() < seed.size()) {
        seed = edges;
      }
    }

    private static List<ReportingEdge> concat(List<AgencyNode> set, Function<AgencyNode, List<ReportingEdge>> index) {
      List<ReportingEdge> out = new ArrayList<>();
      set.forEach(a -> out.addAll(index.apply(a)));
      return out;
    }

    ImmutableList<ObligationRow> rows(LocalDate asOf, Optional<LocalDate> to) {
      List<ObligationRow> out = new ArrayList<>();
      for (ReportingEdge e : seed) {
        if (!filters.stream().allMatch(f -> f.test(e))) {
          continue;
        }
        if (to.isPresent()) {
          for (LocalDate d : Deadlines.dueBetween(e.deadline(), asOf, to.get())) {
            out.add(ObligationRow.of(e, Optional.of(d)));
          }
        } else {
          out.add(ObligationRow.of(e, e.deadline().nextDue(asOf)));
        }
      }
      return ImmutableList.sortedCopyOf(ObligationRow.ORDER, out);
    }
  }
}
