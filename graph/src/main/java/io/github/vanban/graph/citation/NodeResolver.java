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

  /** A vertex being built; what is not known is null ({@link Identity#NO_YEAR} for a year). */
  static final class Slot {
    final int ordinal;
    DocumentNumber number;
    DocumentType type;
    LocalDate date;
    Agency issuer;
    private String locality;
    private int year;
    final Document document;

    Slot(int ordinal, DocumentNumber number, DocumentType type, LocalDate date, Agency issuer, String locality,
        Document document) {
      this.ordinal = ordinal;
      this.number = number;
      this.type = type;
      this.date = date;
      this.issuer = issuer;
      this.locality = locality;
      this.year = Identity.year(number);
      this.document = document;
    }

    /** The year of the number, else {@link Identity#NO_YEAR}. */
    int year() {
      return year;
    }

    /** The folded locality of the issuer, or null. */
    String locality() {
      return locality;
    }

    int yearOrDate() {
      return year != Identity.NO_YEAR ? year : date != null ? date.getYear() : Identity.NO_YEAR;
    }

    /** Fills in what a placeholder did not know from another citation of it ({@code locality}: its issuer's). */
    void learn(Citation c, String locality) {
      if (document != null) {
        return;
      }
      if (date == null) {
        date = c.date().orElse(null);
      }
      if (issuer == null) {
        issuer = c.issuer().orElse(null);
        this.locality = locality;
      }
      if (type == DocumentType.OTHER) {
        type = c.type();
      }
      if (number != null && Identity.partial(number) && c.number().isPresent()
          && !Identity.partial(c.number().get())) {
        number = c.number().get();
        year = Identity.year(number);
      }
    }
  }

  private final List<Slot> slots = new ArrayList<>();
  /** The slots of each number key (of a full number, and of a short form as first placed). */
  private final Map<String, NumberSlots> byNumberKey = new HashMap<>();
  private final ListMultimap<String, Slot> byShortKey = ArrayListMultimap.create();
  private final ListMultimap<String, Slot> byTypeDate = ArrayListMultimap.create();
  /** The folded locality of each locality met ({@code ""} when it folds to nothing): folded once. */
  private final Map<String, String> folded = new HashMap<>();

  List<Slot> slots() {
    return slots;
  }

  /** The slot of a document: an equal-identity document already placed, else a new one. */
  Slot place(Document d) {
    String locality = locality(d.issuer());
    DocumentNumber number = d.number().orElse(null);
    LocalDate date = d.date().orElse(null);
    if (number != null && !Identity.partial(number)) {
      Slot same = best(numbered(number, date, locality), Identity.year(number), date, locality, true);
      if (same != null) {
        return same;
      }
    }
    Slot s = new Slot(slots.size(), number, d.type(), date, d.issuer().orElse(null), locality, d);
    register(s);
    return s;
  }

  /**
   * The slots of a number that can agree with a year, a locality and a date (each null or
   * {@link Identity#NO_YEAR} where unknown), in the order placed: when the year is known, those
   * of the same year or none, of the same locality or none (any locality when it is unknown)
   * and of the same date or none (any date when it is unknown); otherwise all of them. Every
   * slot left out contradicts the description ({@link Identity#agreement} below zero).
   */
  private List<Slot> numbered(DocumentNumber n, LocalDate date, String locality) {
    NumberSlots of = byNumberKey.get(n.key());
    if (of == null) {
      return List.of();
    }
    int year = Identity.year(n);
    if (year == Identity.NO_YEAR && date != null) {
      year = date.getYear();
    }
    return year == Identity.NO_YEAR ? of.all() : of.agreeing(year, locality, date);
  }

  /** Whether a citation is resolved in the first pass (it carries a full number). */
  static boolean firstPass(Citation c) {
    return c.number().isPresent() && !Identity.partial(c.number().get());
  }

  /** The slot a citation names; null when it names nothing identifiable (no number, no date). */
  Slot resolve(Citation c) {
    LocalDate date = c.date().orElse(null);
    String locality = locality(c.issuer());
    DocumentNumber n = c.number().orElse(null);
    Slot found;
    if (n != null) {
      if (Identity.partial(n)) {
        found = best(byShortKey.get(Identity.shortKey(n.sequence(), c.type())), Identity.year(n), date, locality,
            false);
      } else {
        found = best(numbered(n, date, locality), Identity.year(n), date, locality, false);
      }
    } else if (date != null) {
      found = best(byTypeDate.get(Identity.typeDateKey(c.type(), date)), Identity.NO_YEAR, date, locality, false);
    } else {
      return null;
    }
    if (found != null) {
      found.learn(c, locality);
      return found;
    }
    Slot s = new Slot(slots.size(), n, c.type(), date, c.issuer().orElse(null), locality, null);
    register(s);
    return s;
  }

  /** {@link Identity#locality} of an issuer (null when absent), folded once per locality. */
  private String locality(Optional<Agency> issuer) {
    Optional<String> l = issuer.isPresent() ? issuer.get().locality() : Optional.empty();
    if (l.isEmpty()) {
      return null;
    }
    String f = folded.get(l.get());
    if (f == null) {
      f = Identity.locality(issuer).orElse("");
      folded.put(l.get(), f);
    }
    return f.isEmpty() ? null : f;
  }

  private void register(Slot s) {
    slots.add(s);
    if (s.number != null) {
      DocumentNumber n = s.number;
      byNumberKey.computeIfAbsent(n.key(), k -> new NumberSlots()).add(s);
      byShortKey.put(Identity.shortKey(n.sequence(), s.type), s);
    } else if (s.date != null) {
      byTypeDate.put(Identity.typeDateKey(s.type, s.date), s);
    }
  }

  /**
   * The candidate that agrees best with the description; among equals, a document over a
   * placeholder, then the first placed. {@code documentsOnly} restricts to real documents.
   */
  private static Slot best(List<Slot> candidates, int year, LocalDate date, String locality,
      boolean documentsOnly) {
    Slot best = null;
    int bestScore = -1;
    for (Slot s : candidates) {
      if (documentsOnly && s.document == null) {
        continue;
      }
      int score = Identity.agreement(date, year, locality, s.date, s.year(), s.locality());
      if (score < 0) {
        continue;
      }
      score = score * 2 + (s.document != null ? 1 : 0);
      if (score > bestScore) {
        best = s;
        bestScore = score;
      }
    }
    return best;
  }

  /** A readable, unique id for each slot, in slot order. */
  List<String> ids() {
    List<String> ids = new ArrayList<>(slots.size());
    Map<String, Integer> uses = new HashMap<>(slots.size() * 4 / 3 + 1);
    for (Slot s : slots) {
      String id;
      if (s.number != null) {
        id = s.number.key();
      } else if (s.date != null) {
        id = Identity.typeDateKey(s.type, s.date);
      } else {
        id = s.type.name() + "@" + (s.issuer == null ? "?" : Fold.fold(s.issuer.name()).replace(' ', '-'));
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
      if (s.date != null) {
        b.append('@').append(s.date);
      }
      if (s.locality() != null) {
        b.append('@').append(s.locality().replace(' ', '-'));
      }
      b.append('#').append(k);
      ids.set(i, b.toString());
    }
    return ids;
  }
}
