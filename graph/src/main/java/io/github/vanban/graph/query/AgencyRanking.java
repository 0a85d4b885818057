package io.github.vanban.graph.query;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.github.vanban.core.Task;
import io.github.vanban.graph.agency.AgencyGraph;
import io.github.vanban.graph.agency.AgencyNode;
import io.github.vanban.graph.agency.ReportingEdge;
import io.github.vanban.graph.citation.CitationGraph;
import io.github.vanban.graph.citation.DocumentNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The bodies of a corpus ranked by the obligations that involve them: most reports owed and
 * received first, then most tasks led, then by name. Bodies with neither are left out.
 * Immutable.
 */
public final class AgencyRanking {

  /**
   * One body and its counts.
   *
   * @param agency the body
   * @param owes reports it owes
   * @param receives reports owed to it
   * @param leads tasks it leads
   */
  public record Row(AgencyNode agency, int owes, int receives, int leads) {
    /** Reports owed and received. */
    public int obligations() {
      return owes + receives;
    }
  }

  private static final Comparator<Row> ORDER = Comparator.comparingInt(Row::obligations).reversed()
      .thenComparing(Comparator.comparingInt(Row::leads).reversed())
      .thenComparing(Row::agency);

  private final ImmutableList<Row> rows;

  private AgencyRanking(ImmutableList<Row> rows) {
    this.rows = rows;
  }

  /** The ranking of the bodies of the graphs. */
  public static AgencyRanking of(AgencyGraph agencies, CitationGraph citations) {
    checkNotNull(agencies, "agencies");
    checkNotNull(citations, "citations");
    Map<AgencyNode, int[]> counts = new HashMap<>();
    for (ReportingEdge e : agencies.reporting()) {
      counts.computeIfAbsent(e.from(), k -> new int[3])[0]++;
      counts.computeIfAbsent(e.to(), k -> new int[3])[1]++;
    }
    for (DocumentNode n : citations.nodes()) {
      if (n.placeholder()) {
        continue;
      }
      for (Task t : n.document().get().tasks()) {
        agencies.find(t.lead().name()).ifPresent(a -> counts.computeIfAbsent(a, k -> new int[3])[2]++);
      }
    }
    List<Row> rows = new ArrayList<>();
    counts.forEach((a, c) -> {
      if (c[0] + c[1] > 0) {
        rows.add(new Row(a, c[0], c[1], c[2]));
      }
    });
    return new AgencyRanking(ImmutableList.sortedCopyOf(ORDER, rows));
  }

  /** The rows, highest first. */
  public ImmutableList<Row> rows() {
    return rows;
  }

  /** The first {@code n} rows. */
  public AgencyRanking top(int n) {
    checkArgument(n >= 0, "negative count %s", n);
    return new AgencyRanking(rows.subList(0, Math.min(n, rows.size())));
  }

  /** The rows as a table. */
  public TextTable table() {
    List<List<String>> cells = new ArrayList<>();
    int rank = 0;
    for (Row r : rows) {
      cells.add(List.of(Integer.toString(++rank), r.agency().name(), Integer.toString(r.owes()),
          Integer.toString(r.receives()), Integer.toString(r.leads())));
    }
    return TextTable.of(List.of("#", "agency", "owes", "receives", "leads tasks"), cells);
  }

  @Override
  public String toString() {
    return table().toString();
  }
}
