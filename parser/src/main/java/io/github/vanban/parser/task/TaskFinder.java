package io.github.vanban.parser.task;

import com.google.common.collect.ImmutableList;
import io.github.vanban.core.Task;
import io.github.vanban.parser.segment.DocumentContext;

/**
 * Finds assignments whose lead body is named: numbered and dashed items, {@code Giao X …},
 * {@code Đề nghị X …}, {@code X chủ trì, phối hợp với Y …}. Thread-safe.
 */
public final class TaskFinder {

  /** The tasks of the document, in order. */
  public ImmutableList<Task> find(DocumentContext context) {
    return ImmutableList.of();
  }
}
