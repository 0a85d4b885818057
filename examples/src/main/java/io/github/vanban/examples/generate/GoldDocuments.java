package io.github.vanban.examples.generate;

import io.github.vanban.core.Agency;
import io.github.vanban.core.Authority;
import io.github.vanban.core.Citation;
import io.github.vanban.core.Document;
import io.github.vanban.core.DocumentNumber;
import io.github.vanban.core.DocumentType;
import io.github.vanban.core.Level;
import io.github.vanban.core.Relation;
import io.github.vanban.core.ReportingObligation;
import io.github.vanban.core.Signer;
import io.github.vanban.core.Span;
import io.github.vanban.core.Task;
import io.github.vanban.core.deadline.Deadline;
import io.github.vanban.core.deadline.Period;
import io.github.vanban.core.deadline.RecurrenceRule;
import java.util.List;

/**
 * Turns planted facts into the core model, as a perfect extraction would give them (each
 * agency under its canonical name, spans empty): a reference for the scorer, and a way to
 * build a corpus of a million documents for graph benchmarks without parsing a million files.
 */
public final class GoldDocuments {
  private static final Span NOWHERE = Span.of(0, 0, "");

  private GoldDocuments() {}

  /** The core document that holds the facts of {@code g}, read from {@code source}. */
  public static Document toDocument(Gold.Document g, String source) {
    var b = Document.builder()
        .type(DocumentType.valueOf(g.type()))
        .issuer(agency(g.issuer()))
        .level(Level.valueOf(g.level()))
        .recipients(g.recipients())
        .span(NOWHERE)
        .source(source);
    if (g.number() != null) {
      b.number(DocumentNumber.of(g.number()));
    }
    if (g.place() != null) {
      b.place(g.place());
    }
    if (g.date() != null) {
      b.date(g.date());
    }
    if (g.subject() != null) {
      b.subject(g.subject());
    }
    if (g.signer() != null) {
      var s = Signer.builder().name(g.signer().name()).span(NOWHERE);
      if (g.signer().title() != null) {
        s.title(g.signer().title());
      }
      if (g.signer().authority() != null) {
        s.authority(Authority.valueOf(g.signer().authority()));
      }
      b.signer(s.build());
    }
    for (Gold.Citation c : g.citations()) {
      var cb = Citation.builder().number(DocumentNumber.of(c.number())).type(DocumentType.valueOf(c.type()))
          .issuer(agency(c.issuer())).relation(Relation.valueOf(c.relation())).span(NOWHERE);
      if (c.date() != null) {
        cb.date(c.date());
      }
      b.addCitations(cb.build());
    }
    for (Gold.Task t : g.tasks()) {
      b.addTasks(Task.builder().lead(agency(t.lead())).text(t.text()).span(NOWHERE).build());
    }
    for (Gold.Report r : g.reporting()) {
      var rb = ReportingObligation.builder().reporter(agency(r.reporter())).recipient(agency(r.recipient()))
          .deadline(deadline(r.deadline())).text(r.text()).span(NOWHERE);
      if (!r.via().isEmpty()) {
        rb.via(agency(r.via()));
      }
      b.addReporting(rb.build());
    }
    return b.build();
  }

  private static Agency agency(List<String> names) {
    return Agency.of(names.get(0));
  }

  private static Deadline deadline(Gold.Deadline d) {
    switch (d.kind()) {
      case "DATE":
        return Deadline.on(d.date(), d.text());
      case "RECURRING":
        return Deadline.recurring(RecurrenceRule.parse(d.rrule()), d.text());
      case "PERIODIC":
        return Deadline.periodic(d.period() == null ? null : Period.valueOf(d.period()), d.text());
      case "ON_EVENT":
        return Deadline.onEvent(d.text());
      default:
        return Deadline.none();
    }
  }
}
