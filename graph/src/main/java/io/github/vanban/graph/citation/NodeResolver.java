package io.github.vanban.graph.citation;

import com.google.common.collect.ArrayListMultimap;
import com.google.common.collect.ListMultimap;
import io.github.vanban.core.Agency;
import io.github.vanban.core.Citation;
import io.github.vanban.core.Document;
import io.github.vanban.core.DocumentNumber;
import io.github.vanban.core.DocumentType;
import io.github.vanban.core.text.Fold;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Decides which vertex each document and each citation stands for, while a
 * {@link CitationGraph} is built: documents first (a document that matches one already
 * placed is the same document), then the citations with a full number, then short forms and
 * citations by type and date, so that a short form finds the full number whatever the order
 * of the documents. A citation that matches no vertex opens a placeholder, which later
 * citations of the same document fill in. Not thread-safe: used by one build.
 */
final class NodeResolver {

  /** A vertex being built. */
  static final class Slot {
    final int ordinal;
    Optional<DocumentNumber> number;
    DocumentType type;
    Optional<LocalDate> date;
    Optional<Agency> issuer;
    private Optional<String> locality;
    private Optional<Integer> year;
    final Optional<Document> document;

    Slot(int ordinal, Optional<DocumentNumber> number, DocumentType type, Optional<LocalDate> date,
        Optional<Agency> issuer, Optional<String> locality, Optional<Document> document) {
      this.ordinal = ordinal;
      this.number = number;
      this.type = type;
      this.date = date;
      this.issuer = issuer;
      this.locality = locality;
      this.year = number.flatMap(DocumentNumber::year);
      this.document = document;
    }

    Optional<Integer> year() {
      return year;
    }

    Optional<String> locality() {
      return locality;
    }

    Optional<Integer> yearOrDate() {
      return year().isPresent() ? year() : date.map(LocalDate::getYear);
    }

    /** Fills in what a placeholder did not know from another citation of it ({@code locality}: its issuer's). */
    void learn(Citation c, Optional<String> locality) {
      if (document.isPresent()) {
        return;
      }
      if (date.isEmpty()) {
        date = c.date();
      }
      if (issuer.isEmpty()) {
        issuer = c.issuer();
        this.locality = locality;
      }
      if (type == DocumentType.OTHER) {
        type = c.type();
      }
      if (number.isPresent() && Identity.partial(number.get()) && c.number().isPresent()
          && !Identity.partial(c.number().get())) {
        number = c.number();
        year = number.flatMap(DocumentNumber::year);
      }
    }
  }

  private final List<Slot> slots = new ArrayList<>();
  private final ListMultimap<String, Slot> byNumberKey = ArrayListMultimap.create();
  /** The slots of a number key by year and locality ({@code ?} where unknown), to keep lookups short. */
  private final ListMultimap<Bucket, Slot> byNumberYearPlace = ArrayListMultimap.create();
  private final ListMultimap<String, Slot> byShortKey = ArrayListMultimap.create();
  private final ListMultimap<String, Slot> byTypeDate = ArrayListMultimap.create();
  /** {@link Identity#locality} of each locality met: folded once, not at every document and citation. */
  private final Map<String, Optional<String>> folded = new HashMap<>();

  List<Slot> slots() {
    return slots;
  }

  /** The slot of a document: an equal-identity document already placed, else a new one. */
  Slot place(Document d) {
    Optional<String> locality = locality(d.issuer());
    if (d.number().isPresent() && !Identity.partial(d.number().get())) {
      Optional<Slot> same = best(numbered(d.number().get(), d.date(), locality),
          d.number().get().year(), d.date(), locality, true);
      if (same.isPresent()) {
        return same.get();
      }
    }
    Slot s = new Slot(slots.size(), d.number(), d.type(), d.date(), d.issuer(), locality, Optional.of(d));
    register(s);
    return s;
  }

  /** A number key with a year and a locality ({@code null} where unknown). */
  private record Bucket(String key, Integer year, String locality) {}

  private static Bucket bucket(String key, Optional<Integer> year, Optional<String> locality) {
    return new Bucket(key, year.orElse(null), locality.orElse(null));
  }

  /**
   * The slots of a number that can agree with a year and a locality: when both are known,
   * those of the same year or none, of the same locality or none; otherwise all of them.
   */
  private List<Slot> numbered(DocumentNumber n, Optional<LocalDate> date, Optional<String> locality) {
    Optional<Integer> year = n.year().isPresent() ? n.year() : date.map(LocalDate::getYear);
    if (year.isEmpty() || locality.isEmpty()) {
      return byNumberKey.get(n.key());
    }
    String key = n.key();
    List<Slot> out = null;
    int lists = 0;
    for (Integer y : new Integer[] {year.get(), null}) {
      for (String l : new String[] {locality.get(), null}) {
        List<Slot> found = byNumberYearPlace.get(new Bucket(key, y, l));
        if (found.isEmpty()) {
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
    if (out == null) {
      return List.of();
    }
    if (lists > 1) {
      out.sort(java.util.Comparator.comparingInt(s -> s.ordinal));
    }
    return out;
  }

  /** Whether a citation is resolved in the first pass (it carries a full number). */
  static boolean firstPass(Citation c) {
    return c.number().isPresent() && !Identity.partial(c.number().get());
  }

  /** The slot a citation names; empty when it names nothing identifiable (no number, no date). */
  Optional<Slot> resolve(Citation c) {
    Optional<LocalDate> date = c.date();
    Optional<String> locality = locality(c.issuer());
    Optional<Slot> found;
    if (c.number().isPresent()) {
      DocumentNumber n = c.number().get();
      if (Identity.partial(n)) {
        found = best(byShortKey.get(Identity.shortKey(n.sequence(), c.type())), n.year(), date, locality, false);
      } else {
        found = best(numbered(n, date, locality), n.year(), date, locality, false);
      }
    } else if (date.isPresent()) {
      found = best(byTypeDate.get(Identity.typeDateKey(c.type(), date.get())), Optional.empty(), date,
          locality, false);
    } else {
      return Optional.empty();
    }
    if (found.isPresent()) {
      found.get().learn(c, locality);
      return found;
    }
    Slot s = new Slot(slots.size(), c.number(), c.type(), date, c.issuer(), locality, Optional.empty());
    register(s);
    return Optional.of(s);
  }

  /** {@link Identity#locality} of an issuer, folded once per locality. */
  private Optional<String> locality(Optional<Agency> issuer) {
    Optional<String> l = issuer.isPresent() ? issuer.get().locality() : Optional.empty();
    if (l.isEmpty()) {
      return Optional.empty();
    }
    Optional<String> f = folded.get(l.get());
    if (f == null) {
      f = Identity.locality(issuer);
      folded.put(l.get(), f);
    }
    return f;
  }

  private void register(Slot s) {
    slots.add(s);
    if (s.number.isPresent()) {
      DocumentNumber n = s.number.get();
      byNumberKey.put(n.key(), s);
      byNumberYearPlace.put(bucket(n.key(), s.yearOrDate(), s.locality()), s);
      byShortKey.put(Identity.shortKey(n.sequence(), s.type), s);
    } else if (s.date.isPresent()) {
      byTypeDate.put(Identity.typeDateKey(s.type, s.date.get()), s);
    }
  }

  /**
   * The candidate that agrees best with the description; among equals, a document over a
   * placeholder, then the first placed. {@code documentsOnly} restricts to real documents.
   */
  private static Optional<Slot> best(List<Slot> candidates, Optional<Integer> year,
      Optional<LocalDate> date, Optional<String> locality, boolean documentsOnly) {
    Slot best = null;
    int bestScore = -1;
    for (Slot s : candidates) {
      if (documentsOnly && s.document.isEmpty()) {
        continue;
      }
      int score = Identity.agreement(date, year, locality, s.date, s.year(), s.locality());
      if (score < 0) {
        continue;
      }
      score = score * 2 + (s.document.isPresent() ? 1 : 0);
      if (score > bestScore) {
        best = s;
        bestScore = score;
      }
    }
    return Optional.ofNullable(best);
  }

  /** A readable, unique id for each slot, in slot order. */
  List<String> ids() {
    List<String> ids = new ArrayList<>(slots.size());
    Map<String, Integer> uses = new HashMap<>(slots.size() * 4 / 3 + 1);
    for (Slot s : slots) {
      String id;
      if (s.number.isPresent()) {
        id = s.number.get().key();
      } else if (s.date.isPresent()) {
        id = Identity.typeDateKey(s.type, s.date.get());
      } else {
        id = s.type.name() + "@" + s.issuer.map(a -> Fold.fold(a.name()).replace(' ', '-')).orElse("?");
      }
      uses.merge(id, 1, Integer::sum);
      ids.add(id);
    }
    // An id shared by several slots: each gets its date, locality and rank among them.
    Map<String, Integer> rank = new HashMap<>();
    for (int i = 0; i < ids.size(); i++) {
      String id = ids.get(i);
      if (uses.get(id) < 2) {
        continue;
      }
      int k = rank.merge(id, 1, Integer::sum);
      Slot s = slots.get(i);
      StringBuilder b = new StringBuilder(id);
      s.date.ifPresent(d -> b.append('@').append(d));
      s.locality().ifPresent(l -> b.append('@').append(l.replace(' ', '-')));
      b.append('#').append(k);
      ids.set(i, b.toString());
    }
    return ids;
  }
}
