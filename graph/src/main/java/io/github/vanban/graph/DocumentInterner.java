package io.github.vanban.graph;

import com.google.common.collect.ImmutableList;
import io.github.vanban.core.Agency;
import io.github.vanban.core.Citation;
import io.github.vanban.core.Document;
import io.github.vanban.core.DocumentNumber;
import io.github.vanban.core.ReportingObligation;
import io.github.vanban.core.Signer;
import io.github.vanban.core.Span;
import io.github.vanban.core.Task;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Shares equal values between the documents of one corpus: a document is rebuilt with the
 * instances of its agencies, numbers, dates, deadlines, citations, tasks, obligations and
 * strings that an earlier document already holds. Values are immutable, so the rebuilt
 * document is equal to the one given and answers every query alike; a corpus of a million
 * documents repeats the same few thousand agency names, numbers and sentences, and holds
 * each once. Not thread-safe: one per {@link Corpus.Builder}.
 */
final class DocumentInterner {
  private final Map<Object, Object> canonical = new HashMap<>();

  /** The document with its parts shared; the document itself when it holds shared parts only. */
  Document intern(Document d) {
    Optional<DocumentNumber> number = d.number().map(this::value);
    Optional<Agency> issuer = d.issuer().map(this::value);
    Optional<String> place = d.place().map(this::value);
    Optional<LocalDate> date = d.date().map(this::value);
    Optional<String> subject = d.subject().map(this::value);
    ImmutableList<String> recipients = list(d.recipients(), UnaryOperator.identity());
    ImmutableList<String> distribution = list(d.distribution(), UnaryOperator.identity());
    Optional<Signer> signer = d.signer().map(s -> value(s, this::signer));
    ImmutableList<Citation> citations = list(d.citations(), this::citation);
    ImmutableList<Task> tasks = list(d.tasks(), this::task);
    ImmutableList<ReportingObligation> reporting = list(d.reporting(), this::obligation);
    Span span = value(d.span());
    String source = value(d.source());
    if (same(number, d.number()) && same(issuer, d.issuer()) && same(place, d.place()) && same(date, d.date())
        && same(subject, d.subject()) && recipients == d.recipients() && distribution == d.distribution()
        && same(signer, d.signer()) && citations == d.citations() && tasks == d.tasks()
        && reporting == d.reporting() && span == d.span() && source == d.source()) {
      return d;
    }
    return Document.builder().from(d)
        .number(number)
        .issuer(issuer)
        .place(place)
        .date(date)
        .subject(subject)
        .recipients(recipients)
        .distribution(distribution)
        .signer(signer)
        .citations(citations)
        .tasks(tasks)
        .reporting(reporting)
        .span(span)
        .source(source)
        .build();
  }

  private static boolean same(Optional<?> a, Optional<?> b) {
    return a.orElse(null) == b.orElse(null);
  }

  private Citation citation(Citation c) {
    return Citation.builder().from(c)
        .number(c.number().map(this::value))
        .date(c.date().map(this::value))
        .issuer(c.issuer().map(this::value))
        .title(c.title().map(this::value))
        .span(value(c.span()))
        .build();
  }

  private Task task(Task t) {
    return Task.builder().from(t)
        .lead(value(t.lead()))
        .support(list(t.support(), UnaryOperator.identity()))
        .text(value(t.text()))
        .deadline(value(t.deadline()))
        .span(value(t.span()))
        .build();
  }

  private ReportingObligation obligation(ReportingObligation r) {
    return ReportingObligation.builder().from(r)
        .reporter(value(r.reporter()))
        .recipient(value(r.recipient()))
        .via(r.via().map(this::value))
        .deadline(value(r.deadline()))
        .text(value(r.text()))
        .span(value(r.span()))
        .build();
  }

  private Signer signer(Signer s) {
    return Signer.builder().from(s)
        .name(value(s.name()))
        .title(s.title().map(this::value))
        .span(value(s.span()))
        .build();
  }

  /** The list of the shared elements; the list given if each element already was. */
  private <T> ImmutableList<T> list(ImmutableList<T> values, UnaryOperator<T> rebuild) {
    ImmutableList.Builder<T> b = null;
    for (int i = 0; i < values.size(); i++) {
      T v = values.get(i);
      T shared = value(v, rebuild);
      if (b == null && shared != v) {
        b = ImmutableList.builderWithExpectedSize(values.size());
        b.addAll(values.subList(0, i));
      }
      if (b != null) {
        b.add(shared);
      }
    }
    return b == null ? values : b.build();
  }

  @SuppressWarnings("unchecked")
  private <T> T existing(T value) {
    return (T) canonical.get(value);
  }

  /** The instance equal to {@code value} met first. */
  private <T> T value(T value) {
    @SuppressWarnings("unchecked")
    T seen = (T) canonical.putIfAbsent(value, value);
    return seen == null ? value : seen;
  }

  /** The instance equal to {@code value} met first; else {@code value} rebuilt of shared parts. */
  private <T> T value(T value, UnaryOperator<T> rebuild) {
    T seen = existing(value);
    if (seen != null) {
      return seen;
    }
    T made = rebuild.apply(value);
    canonical.put(made, made);
    return made;
  }

  /** How many distinct values are shared. */
  int size() {
    return canonical.size();
  }
}
