package io.github.vanban.parser.task;

import com.google.common.collect.ImmutableList;
import io.github.vanban.core.ReportingObligation;
import io.github.vanban.parser.segment.DocumentContext;

/**
 * Finds duties to report ({@code báo cáo}, {@code gửi báo cáo}, {@code gửi về}, {@code
 * trình}) with reporter, recipient, the body the report passes through and its deadline.
 * Thread-safe.
 */
public final class ReportingFinder {

  /** The reporting obligations of the document, in order. */
  public ImmutableList<ReportingObligation> find(DocumentContext context) {
    return ImmutableList.of();
  }
}
