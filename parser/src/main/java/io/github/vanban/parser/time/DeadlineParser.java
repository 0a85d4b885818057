package io.github.vanban.parser.time;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import io.github.vanban.core.deadline.Deadline;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Reads the deadlines a clause states (a sentence or an item around a reporting verb) and
 * normalises them to the {@link Deadline} kinds of {@code vanban-extract/1}.
 *
 * <ul>
 *   <li>a stated day: {@code trước ngày 30/6/2020}, {@code chậm nhất ngày 15 tháng 12 năm
 *       2021}, {@code trước 16 giờ ngày 15.11.2021} → DATE;
 *   <li>a month, quarter or year: {@code trong tháng 4/2020} → its last day; {@code trong quý
 *       II/2021} → 2021-06-30; {@code 6 tháng đầu năm} → 30 June; {@code trước tháng 6} → the
 *       last day of May;
 *   <li>a fixed day every period: {@code trước ngày 15/11 hằng năm} → {@code
 *       FREQ=YEARLY;BYMONTH=11;BYMONTHDAY=15}; {@code ngày 20 hằng tháng}; {@code ngày 20 của
 *       tháng cuối quý} → {@code BYMONTH=3,6,9,12}; {@code hằng ngày} → {@code FREQ=DAILY};
 *       {@code thứ Sáu hằng tuần}; a year-less day in a clause that names a regular report
 *       ({@code trước ngày 25/6 đối với báo cáo 6 tháng}) recurs yearly;
 *   <li>a regime with no fixed day: {@code hằng quý}, {@code định kỳ 6 tháng, hằng năm} (two),
 *       {@code báo cáo năm}, bare {@code định kỳ} (no period) → PERIODIC;
 *   <li>a time limit: {@code trong thời hạn 10 ngày làm việc kể từ ngày 02/3/2021} → DATE,
 *       counted by the Civil Code (the first day not counted, working days skip weekends and
 *       public holidays, a calendar-day limit ending on a day off moves to the next working
 *       day); {@code kể từ ngày ký} counts from the document's date; a limit that runs from
 *       an event ({@code kể từ ngày nhận được}) or from no stated day → ON_EVENT;
 *   <li>a condition: {@code khi có khó khăn, vướng mắc}, {@code nếu}, {@code trường hợp},
 *       {@code đột xuất}, {@code báo cáo ngay} → ON_EVENT.
 * </ul>
 *
 * <p>Dates without a year take the year of the document, or the next year when that day
 * would fall more than a month before the document was issued; with no document date they
 * are dropped. A date that no marker introduces (the date of a cited document) is not a
 * deadline. When a clause states both fixed days and vaguer regimes, the fixed days win
 * ({@code định kỳ … trước ngày 05/6 và 05/12 hằng năm} is two RECURRING deadlines, not a
 * PERIODIC one); a regular regime wins over a condition. The matched phrase is kept as
 * {@link Deadline#text()}. Text without marks ({@code truoc ngay 15/11 hang nam}) reads the
 * same. Linear in the length of the clause; thread-safe; never throws on bad text.
 */
public final class DeadlineParser {

  /** Clauses are read up to this many characters. */
  static final int MAX_CLAUSE = 20_000;

  /** A parser; it holds no state and may be shared. */
  public DeadlineParser() {}

  /**
   * Every deadline stated in {@code clause}, in order of appearance; empty when it states
   * none (the caller then uses {@link Deadline#none()}).
   *
   * @param documentDate the date of the document, which completes year-less dates
   */
  public ImmutableList<Deadline> find(CharSequence clause, Optional<LocalDate> documentDate) {
    String text = clause.length() > MAX_CLAUSE
        ? clause.subSequence(0, MAX_CLAUSE).toString() : clause.toString();
    if (!Normalizer.isNormalized(text, Normalizer.Form.NFC)) {
      text = Normalizer.normalize(text, Normalizer.Form.NFC);
    }
    return new ClauseReader(text, Tokenizer.tokens(text, 0, text.length()), documentDate).read();
  }

  /**
   * What {@link #find(CharSequence, Optional)} gives for the clause {@code text[from, to)},
   * read in place: when every character of the range is one NFC leaves as it is alone and
   * beside any other ({@link #isInert}), as in Vietnamese text, the range is neither copied
   * nor checked by {@link Normalizer}.
   *
   * @param documentDate the date of the document, which completes year-less dates
   * @throws IndexOutOfBoundsException if {@code [from, to)} is not a range of {@code text}
   */
  public ImmutableList<Deadline> find(String text, int from, int to,
      Optional<LocalDate> documentDate) {
    Preconditions.checkPositionIndexes(from, to, text.length());
    int end = Math.min(to, from + MAX_CLAUSE);
    for (int i = from; i < end; i++) {
      if (!isInert(text.charAt(i))) {
        return find(text.substring(from, end), documentDate);
      }
    }
    return new ClauseReader(text, Tokenizer.tokens(text, from, end), documentDate).read();
  }

  /**
   * Whether NFC leaves {@code c} as it is and never composes it with a neighbour of this
   * kind: a character below the combining marks (U+0300), the Vietnamese letters of Latin
   * Extended Additional (U+1EA0–U+1EF9) and the dashes, quotes and ellipsis of General
   * Punctuation (U+2010–U+2027); each is a starter that no character composes with. A string
   * of them is in NFC.
   */
  static boolean isInert(char c) {
    return c < '\u0300' || c >= '\u1ea0' && c <= '\u1ef9' || c >= '\u2010' && c <= '\u2027';
  }
}
