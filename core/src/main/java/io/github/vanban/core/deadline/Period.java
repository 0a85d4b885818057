package io.github.vanban.core.deadline;

/** The period of a regular report with no fixed day ({@code định kỳ hằng quý}). */
public enum Period {
  YEARLY, HALF_YEARLY, QUARTERLY, MONTHLY, WEEKLY
}
