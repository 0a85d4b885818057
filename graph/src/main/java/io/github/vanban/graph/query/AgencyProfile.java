package io.github.vanban.graph.query;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.github.vanban.core.Task;
import io.github.vanban.graph.agency.AgencyGraph;
import io.github.vanban.graph.agency.AgencyNode;
import io.github.vanban.graph.agency.HierarchyEdge;
import io.github.vanban.graph.agency.ReportingEdge;
import io.github.vanban.graph.citation.CitationGraph;
import io.github.vanban.graph.citation.DocumentNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything a corpus says about one body: the documents it issued, the tasks it leads or
 * supports, the reports it owes, receives or passes on, and where it stands in the
 * hierarchy. Immutable.
 */
public final class AgencyProfile {

  /**
   * A task and the document that assigns it.
   *
   * @param task the task
   * @param document the document
   */
  public record TaskRef(Task task, DocumentNode document) {}

  private final AgencyNode agency;
  private final ImmutableList<DocumentNode> issued;
  private final ImmutableList<TaskRef> leads;
  private final ImmutableList<TaskRef> supports;
  private final ImmutableList<ReportingEdge> owes;
  private final ImmutableList<ReportingEdge> receives;
  private final ImmutableList<ReportingEdge> passesOn;
  private final ImmutableList<HierarchyEdge> parents;
  private final ImmutableList<HierarchyEdge> children;

  private AgencyProfile(AgencyNode agency, ImmutableList<DocumentNode> issued, ImmutableList<TaskRef> leads,
      ImmutableList<TaskRef> supports, ImmutableList<ReportingEdge> owes, ImmutableList<ReportingEdge> receives,
      ImmutableList<ReportingEdge> passesOn, ImmutableList<HierarchyEdge> parents,
      ImmutableList<HierarchyEdge> children) {
    this.agency = agency;
    this.issued = issued;
    this.leads = leads;
    this.supports = supports;
    this.owes = owes;
    this.receives = receives;
    this.passesOn = passesOn;
    this.parents = parents;
    this.children = children;
  }

  /** The profile of {@code agency}. */
  public static AgencyProfile of(AgencyGraph agencies, CitationGraph citations, AgencyNode agency) {
    checkNotNull(agencies, "agencies");
    checkNotNull(citations, "citations");
    checkNotNull(agency, "agency");
    ImmutableList.Builder<DocumentNode> issued = ImmutableList.builder();
    ImmutableList.Builder<TaskRef> leads = ImmutableList.builder();
    ImmutableList.Builder<TaskRef> supports = ImmutableList.builder();
    for (DocumentNode n : citations.nodes()) {
      if (n.placeholder()) {
        if (n.issuer().map(a -> a.key().equals(agency.key())).orElse(false)) {
          issued.add(n);
        }
        continue;
      }
      var d = n.document().get();
      if (d.issuer().map(a -> a.key().equals(agency.key())).orElse(false)) {
        issued.add(n);
      }
      for (Task t : d.tasks()) {
        if (t.lead().key().equals(agency.key())) {
          leads.add(new TaskRef(t, n));
        }
        if (t.support().stream().anyMatch(a -> a.key().equals(agency.key()))) {
          supports.add(new TaskRef(t, n));
        }
      }
    }
    ImmutableList<ReportingEdge> passes = agencies.reporting().stream()
        .filter(e -> e.via().map(v -> v.equals(agency)).orElse(false)).collect(ImmutableList.toImmutableList());
    return new AgencyProfile(agency, issued.build(), leads.build(), supports.build(), agencies.reportsFrom(agency),
        agencies.reportsTo(agency), passes, agencies.parents(agency), agencies.children(agency));
  }

  /** The body. */
  public AgencyNode agency() {
    return agency;
  }

  /** The documents it issued (placeholders included), oldest first. */
  public ImmutableList<DocumentNode> issued() {
    return issued;
  }

  /** The tasks it leads. */
  public ImmutableList<TaskRef> leads() {
    return leads;
  }

  /** The tasks it supports. */
  public ImmutableList<TaskRef> supports() {
    return supports;
  }

  /** The reports it owes. */
  public ImmutableList<ReportingEdge> owes() {
    return owes;
  }

  /** The reports owed to it. */
  public ImmutableList<ReportingEdge> receives() {
    return receives;
  }

  /** The reports that pass through it. */
  public ImmutableList<ReportingEdge> passesOn() {
    return passesOn;
  }

  /** The bodies it stands under. */
  public ImmutableList<HierarchyEdge> parents() {
    return parents;
  }

  /** The bodies under it. */
  public ImmutableList<HierarchyEdge> children() {
    return children;
  }

  private static TextTable reports(List<ReportingEdge> edges) {
    List<List<String>> rows = new ArrayList<>();
    for (ReportingEdge e : edges) {
      rows.add(List.of(e.from().name(), e.to().name(), e.via().map(AgencyNode::name).orElse(""),
          Deadlines.describe(e.deadline()), e.document().numberText()));
    }
    return TextTable.of(List.of("reporter", "recipient", "via", "deadline", "document"), rows);
  }

  private static TextTable tasks(List<TaskRef> refs) {
    List<List<String>> rows = new ArrayList<>();
    for (TaskRef r : refs) {
      rows.add(List.of(r.document().numberText(), Deadlines.describe(r.task().deadline()), r.task().text()));
    }
    return TextTable.of(List.of("document", "deadline", "task"), rows);
  }

  @Override
  public String toString() {
    StringBuilder b = new StringBuilder(agency.name()).append(" (").append(agency.kind()).append(", ")
        .append(agency.level()).append(agency.locality().map(l -> ", " + l).orElse("")).append(")\n");
    parents.forEach(p -> b.append("  under ").append(p.to()).append(p.declared() ? "" : " (inferred)").append('\n'));
    children.forEach(c -> b.append("  above ").append(c.from()).append('\n'));
    if (!issued.isEmpty()) {
      b.append("issued ").append(issued.size()).append(":\n");
      issued.forEach(d -> b.append("  ").append(d).append('\n'));
    }
    if (!leads.isEmpty()) {
      b.append("leads ").append(leads.size()).append(" task(s):\n").append(tasks(leads));
    }
    if (!supports.isEmpty()) {
      b.append("supports ").append(supports.size()).append(" task(s):\n").append(tasks(supports));
    }
    if (!owes.isEmpty()) {
      b.append("owes ").append(owes.size()).append(" report(s):\n").append(reports(owes));
    }
    if (!receives.isEmpty()) {
      b.append("receives ").append(receives.size()).append(" report(s):\n").append(reports(receives));
    }
    if (!passesOn.isEmpty()) {
      b.append("passes on ").append(passesOn.size()).append(" report(s):\n").append(reports(passesOn));
    }
    return b.toString();
  }
}
