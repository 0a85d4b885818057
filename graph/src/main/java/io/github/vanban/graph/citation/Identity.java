package io.github.vanban.graph.citation;

import io.github.vanban.core.Agency;
import io.github.vanban.core.DocumentNumber;
import io.github.vanban.core.DocumentType;
import io.github.vanban.core.text.Fold;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/**
 * What identifies a document across the corpus, and when two descriptions may name the same
 * one. A number key alone is not unique (the sequence restarts each year, and many provinces
 * write {@code 539/UBND-VHXH}), so two descriptions with one key are the same document only
 * if they do not contradict each other: equal dates (or years) where both are known, equal
 * localities of the issuer where both are known.
 */
final class Identity {
  private Identity() {}

  /** Whether the number is a short form with no symbol ({@code Chỉ thị 38}). */
  static boolean partial(DocumentNumber n) {
    return n.issuerCodes().isEmpty() && n.typeCode().isEmpty();
  }

  /** The key of a short form: the sequence with its leading zeros dropped, and the type. */
  static String shortKey(String sequence, DocumentType type) {
    String s = sequence.toUpperCase(Locale.ROOT);
    int i = 0;
    while (i < s.length() - 1 && s.charAt(i) == '0') {
      i++;
    }
    return s.substring(i) + "|" + type.name();
  }

  /** The key of a citation or document known by type and date only. */
  static String typeDateKey(DocumentType type, LocalDate date) {
    return type.name() + "@" + date;
  }

  /** The folded locality of an issuer. */
  static Optional<String> locality(Optional<Agency> issuer) {
    return issuer.flatMap(Agency::locality).map(Fold::fold).filter(s -> !s.isEmpty());
  }

  /**
   * How well two descriptions agree: -1 if they contradict, else the number of attributes
   * (date, locality) known on both sides and equal.
   */
  static int agreement(Optional<LocalDate> d1, Optional<Integer> y1, Optional<String> l1,
      Optional<LocalDate> d2, Optional<Integer> y2, Optional<String> l2) {
    int score = 0;
    if (d1.isPresent() && d2.isPresent()) {
      if (!d1.get().equals(d2.get())) {
        return -1;
      }
      score++;
    }
    Optional<Integer> year1 = y1.isPresent() ? y1 : d1.map(LocalDate::getYear);
    Optional<Integer> year2 = y2.isPresent() ? y2 : d2.map(LocalDate::getYear);
    if (year1.isPresent() && year2.isPresent() && !year1.get().equals(year2.get())) {
      return -1;
    }
    if (l1.isPresent() && l2.isPresent()) {
      if (!l1.get().equals(l2.get())) {
        return -1;
      }
      score++;
    }
    return score;
  }
}
