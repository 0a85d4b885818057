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
import io.github.vanban.core.deadline.Deadline;
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
 * each once. One pool per kind of value, so that the pools of the few values met again and
 * again (agencies, dates, deadlines, short names) stay small and quick to search. Not
 * thread-safe: one per {@link Corpus.Builder}.
 */
final class DocumentInterner {
  /** The first instance met of each distinct value of one kind. */
  private static final class Pool<T> {
    private final Map<T, T> first = new HashMap<>();

    /** The instance equal to {@code value} met first. */
    T of(T value) {
      T seen = first.putIfAbsent(value, value);
      return seen == null ? value : seen;
    }

    /** The instance equal to {@code value} met first; else {@code value} rebuilt of shared parts. */
    T of(T value, UnaryOperator<T> rebuild) {
      T seen = first.get(value);
      if (seen != null) {
        return seen;
      }
      T made = rebuild.apply(value);
      first.put(made, made);
      return made;
    }
  }

  private final Pool<String> names = new Pool<>();
  private final Pool<String> texts = new Pool<>();
  private final Pool<Agency> agencies = new Pool<>();
  private final Pool<DocumentNumber> numbers = new Pool<>();
  private final Pool<LocalDate> dates = new Pool<>();
  private final Pool<Deadline> deadlines = new Pool<>();
  private final Pool<Span> spans = new Pool<>();
  private final Pool<Signer> signers = new Pool<>();
  private final Pool<Citation> citations = new Pool<>();
  private final Pool<Task> tasks = new Pool<>();
  private final Pool<ReportingObligation> obligations = new Pool<>();
  /** The source of the last document: the documents of one file come one after another. */
  private String source = "";

  /** The document with its parts shared; the document itself when it holds shared parts only. */
  Document intern(Document d) {
    Optional<DocumentNumber> number = d.number().map(numbers::of);
    Optional<Agency> issuer = d.issuer().map(agencies::of);
    Optional<String> place = d.place().map(names::of);
    Optional<LocalDate> date = d.date().map(dates::of);
    Optional<String> subject = d.subject().map(texts::of);
    ImmutableList<String> recipients = list(d.recipients(), names::of);
    ImmutableList<String> distribution = list(d.distribution(), names::of);
    Optional<Signer> signer = d.signer().map(s -> signers.of(s, this::signer));
    ImmutableList<Citation> cited = list(d.citations(), c -> citations.of(c, this::citation));
    ImmutableList<Task> assigned = list(d.tasks(), t -> tasks.of(t, this::task));
    ImmutableList<ReportingObligation> reporting = list(d.reporting(), r -> obligations.of(r, this::obligation));
    Span span = spans.of(d.span());
    if (!d.source().equals(source)) {
      source = texts.of(d.source());
    }
    if (same(number, d.number()) && same(issuer, d.issuer()) && same(place, d.place()) && same(date, d.date())
        && same(subject, d.subject()) && recipients == d.recipients() && distribution == d.distribution()
        && same(signer, d.signer()) && cited == d.citations() && assigned == d.tasks()
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
        .citations(cited)
        .tasks(assigned)
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
        .number(c.number().map(numbers::of))
        .date(c.date().map(dates::of))
        .issuer(c.issuer().map(agencies::of))
        .title(c.title().map(names::of))
        .span(spans.of(c.span()))
        .build();
  }

  private Task task(Task t) {
    return Task.builder().from(t)
        .lead(agencies.of(t.lead()))
        .support(list(t.support(), agencies::of))
        .text(texts.of(t.text()))
        .deadline(deadlines.of(t.deadline()))
        .span(spans.of(t.span()))
        .build();
  }

  private ReportingObligation obligation(ReportingObligation r) {
    return ReportingObligation.builder().from(r)
        .reporter(agencies.of(r.reporter()))
        .recipient(agencies.of(r.recipient()))
        .via(r.via().map(agencies::of))
        .deadline(deadlines.of(r.deadline()))
        .text(texts.of(r.text()))
        .span(spans.of(r.span()))
        .build();
  }

  private Signer signer(Signer s) {
    return Signer.builder().from(s)
        .name(names.of(s.name()))
        .title(s.title().map(names::of))
        .span(spans.of(s.span()))
        .build();
  }

  /** The list of the shared elements; the list given if each element already was. */
  private static <T> ImmutableList<T> list(ImmutableList<T> values, UnaryOperator<T> share) {
    ImmutableList.Builder<T> b = null;
    for (int i = 0; i < values.size(); i++) {
      T v = values.get(i);
      T shared = share.apply(v);
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
}
