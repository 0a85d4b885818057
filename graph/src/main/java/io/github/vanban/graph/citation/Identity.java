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

  /** A year not known. */
  static final int NO_YEAR = Integer.MIN_VALUE;

  /** The year written into a number, else {@link #NO_YEAR} (also for no number). */
  static int year(DocumentNumber n) {
    if (n == null) {
      return NO_YEAR;
    }
    Optional<Integer> y = n.year();
    return y.isPresent() ? y.get() : NO_YEAR;
  }

  /**
   * How well two descriptions agree (a date, a year of the number or {@link #NO_YEAR}, a folded
   * locality; null where unknown): -1 if they contradict, else the number of attributes (date,
   * locality) known on both sides and equal.
   */
  static int agreement(LocalDate d1, int y1, String l1, LocalDate d2, int y2, String l2) {
    int score = 0;
    if (d1 != null && d2 != null) {
      if (!d1.equals(d2)) {
        return -1;
      }
      score++;
    }
    int year1 = y1 != NO_YEAR ? y1 : d1 != null ? d1.getYear() : NO_YEAR;
    int year2 = y2 != NO_YEAR ? y2 : d2 != null ? d2.getYear() : NO_YEAR;
    if (year1 != NO_YEAR && year2 != NO_YEAR && year1 != year2) {
      return -1;
    }
    if (l1 != null && l2 != null) {
      if (!l1.equals(l2)) {
        return -1;
      }
      score++;
    }
    return score;
  }
}
