package io.github.vanban.graph.query;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.github.vanban.core.Agency;
import io.github.vanban.core.AgencyKind;
import io.github.vanban.core.Document;
import io.github.vanban.core.Level;
import io.github.vanban.core.ReportingObligation;
import io.github.vanban.core.Task;
import io.github.vanban.core.text.Fold;
import io.github.vanban.graph.agency.AgencyGraph;
import io.github.vanban.graph.agency.Provinces;
import io.github.vanban.graph.citation.CitationGraph;
import io.github.vanban.graph.citation.DocumentNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * For one directive: which of the bodies it addresses (its recipients as printed, and the
 * task leads and reporters that the agency resolver recognised as bodies, of a kind other than
 * {@code OTHER}) and, for a directive with no locality of its own, which provinces in force on its date
 * have a document in its {@link Cascade}, and which have none yet. A body is covered by a
 * document it issued; a group ({@code Các sở, ban, ngành tỉnh Đồng Nai}) by a document of a
 * member: an issuer of the group's locality and level. A province is covered by a document
 * issued there. Immutable.
 */
public final class Coverage {

  /**
   * One addressee or province and the documents of the cascade that cover it.
   *
   * @param name the addressee or province
   * @param documents the covering documents, oldest first; empty if none yet
   */
  public record Row(String name, ImmutableList<DocumentNode> documents) {
    /** Whether a document covers it. */
    public boolean covered() {
      return !documents.isEmpty();
    }
  }

  private final DocumentNode directive;
  private final ImmutableList<Row> addressees;
  private final ImmutableList<Row> provinces;

  private Coverage(DocumentNode directive, ImmutableList<Row> addressees, ImmutableList<Row> provinces) {
    this.directive = directive;
    this.addressees = addressees;
    this.provinces = provinces;
  }

  /** The coverage of {@code directive} in {@code graph}. */
  public static Coverage of(CitationGraph graph, DocumentNode directive) {
    checkNotNull(graph, "graph");
    checkNotNull(directive, "directive");
    ImmutableList<DocumentNode> cascade = Cascade.of(graph, directive).documents().stream()
        .sorted().collect(ImmutableList.toImmutableList());
    Map<String, Agency> addressed = new LinkedHashMap<>();
    Optional<Document> d = directive.document();
    if (d.isPresent()) {
      Optional<String> locality = directive.locality();
      for (String r : d.get().recipients()) {
        addressed.putIfAbsent(Fold.fold(r), Agency.builder().name(r).locality(locality).build());
      }
      for (Task t : d.get().tasks()) {
        if (t.lead().kind() != AgencyKind.OTHER) {
          addressed.putIfAbsent(t.lead().key(), t.lead());
        }
      }
      for (ReportingObligation o : d.get().reporting()) {
        if (o.reporter().kind() != AgencyKind.OTHER) {
          addressed.putIfAbsent(o.reporter().key(), o.reporter());
        }
      }
    }
    ImmutableList.Builder<Row> rows = ImmutableList.builder();
    for (Agency a : addressed.values()) {
      List<DocumentNode> by = new ArrayList<>();
      for (DocumentNode n : cascade) {
        if (n.issuer().isPresent() && covers(n.issuer().get(), a)) {
          by.add(n);
        }
      }
      rows.add(new Row(a.name(), ImmutableList.copyOf(by)));
    }
    ImmutableList.Builder<Row> provinces = ImmutableList.builder();
    if (directive.locality().isEmpty()) {
      LocalDate day = directive.date().orElse(LocalDate.now());
      for (Provinces.Unit u : Provinces.on(day)) {
        List<DocumentNode> by = new ArrayList<>();
        for (DocumentNode n : cascade) {
          if (n.locality().isPresent() && AgencyGraph.sameLocality(n.locality().get(), u.name())) {
            by.add(n);
          }
        }
        provinces.add(new Row(u.name(), ImmutableList.copyOf(by)));
      }
    }
    return new Coverage(directive, rows.build(), provinces.build());
  }

  private static boolean covers(Agency issuer, Agency addressee) {
    if (issuer.key().equals(addressee.key())) {
      return true;
    }
    boolean group = addressee.kind() == AgencyKind.GROUP || addressee.key().startsWith("cac ");
    if (!group || issuer.locality().isEmpty() || addressee.locality().isEmpty()
        || !AgencyGraph.sameLocality(issuer.locality().get(), addressee.locality().get())) {
      return false;
    }
    return addressee.level() == Level.UNKNOWN || addressee.level() == issuer.level();
  }

  /** The directive. */
  public DocumentNode directive() {
    return directive;
  }

  /** The bodies the directive addresses, in its order. */
  public ImmutableList<Row> addressees() {
    return addressees;
  }

  /** The provinces in force on the directive's date, by name (empty for a local directive). */
  public ImmutableList<Row> provinces() {
    return provinces;
  }

  /** The provinces with a document of the cascade. */
  public ImmutableList<Row> coveredProvinces() {
    return provinces.stream().filter(Row::covered).collect(ImmutableList.toImmutableList());
  }

  /** The provinces with none yet. */
  public ImmutableList<Row> uncoveredProvinces() {
    return provinces.stream().filter(r -> !r.covered()).collect(ImmutableList.toImmutableList());
  }

  private static TextTable table(String what, List<Row> rows) {
    List<List<String>> cells = new ArrayList<>();
    for (Row r : rows) {
      cells.add(List.of(r.name(), r.covered() ? "yes" : "no",
          String.join(", ", r.documents().stream().map(DocumentNode::numberText).toList())));
    }
    return TextTable.of(List.of(what, "covered", "documents"), cells);
  }

  @Override
  public String toString() {
    StringBuilder b = new StringBuilder("Coverage of ").append(directive).append('\n');
    if (!addressees.isEmpty()) {
      b.append(table("addressee", addressees));
    }
    if (!provinces.isEmpty()) {
      b.append(coveredProvinces().size()).append(" of ").append(provinces.size())
          .append(" provinces have a document:\n").append(table("province", coveredProvinces()));
      b.append("none yet: ").append(String.join(", ", uncoveredProvinces().stream().map(Row::name).toList()))
          .append('\n');
    }
    return b.toString();
  }
}
