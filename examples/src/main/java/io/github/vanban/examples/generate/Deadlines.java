package io.github.vanban.examples.generate;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.SplittableRandom;

/**
 * The ways documents give a report's time, each with the deadline it means under the rules
 * of {@code FORMAT.md}: a last day ({@code trước ngày 30/6/2020}, {@code trong tháng 4/2020}),
 * a fixed day every period ({@code trước ngày 15/11 hằng năm}), a period with no fixed day
 * ({@code định kỳ 6 tháng}), or no time at all.
 */
final class Deadlines {
  private Deadlines() {}

  /**
   * A phrase and its deadline; {@code before} says whether the phrase precedes the verb
   * ({@code định kỳ hằng năm báo cáo …}) or follows the recipient ({@code báo cáo … trước ngày …}).
   */
  record Phrase(String text, Gold.Deadline deadline, boolean before) {
    /** {@code verb} (e.g. {@code báo cáo Ủy ban nhân dân tỉnh}) with the phrase in its place. */
    String around(String verb) {
      if (text.isEmpty()) {
        return verb;
      }
      return before ? text + " " + verb : verb + " " + text;
    }
  }

  /** A phrase drawn from {@code random} for a report due after {@code anchor}. */
  static Phrase pick(SplittableRandom random, LocalDate anchor) {
    switch (random.nextInt(10)) {
      case 0:
      case 1: {
        LocalDate d = anchor.plusDays(20 + random.nextInt(100));
        String text = "trước ngày " + day(random, d.getDayOfMonth()) + "/" + day(random, d.getMonthValue()) + "/" + d.getYear();
        return new Phrase(text, new Gold.Deadline("DATE", d, null, null, text), false);
      }
      case 2: {
        YearMonth m = YearMonth.from(anchor.plusMonths(1 + random.nextInt(3)));
        String text = "trong tháng " + m.getMonthValue() + "/" + m.getYear();
        return new Phrase(text, new Gold.Deadline("DATE", m.atEndOfMonth(), null, null, text), false);
      }
      case 3: {
        int month = 6 + random.nextInt(7);
        int day = 5 + random.nextInt(21);
        String text = random.nextBoolean()
            ? "trước ngày " + day(random, day) + "/" + day(random, month) + (random.nextBoolean() ? " hằng năm" : " hàng năm")
            : "trước ngày " + day + " tháng " + month + " hằng năm";
        return new Phrase(text, new Gold.Deadline("RECURRING", null,
            "FREQ=YEARLY;BYMONTH=" + month + ";BYMONTHDAY=" + day, null, text), false);
      }
      case 4: {
        int day = 15 + random.nextInt(11);
        String text = "trước ngày " + day + " hằng tháng";
        return new Phrase(text, new Gold.Deadline("RECURRING", null, "FREQ=MONTHLY;BYMONTHDAY=" + day, null, text), false);
      }
      case 5:
        return periodic("định kỳ", null);
      case 6:
        return random.nextBoolean() ? periodic("định kỳ hằng năm", "YEARLY") : periodic("định kỳ hàng năm", "YEARLY");
      case 7:
        return periodic("định kỳ 6 tháng", "HALF_YEARLY");
      case 8:
        return random.nextBoolean() ? periodic("định kỳ hằng quý", "QUARTERLY") : periodic("định kỳ hằng tháng", "MONTHLY");
      default:
        return new Phrase("", Gold.Deadline.none(), false);
    }
  }

  private static Phrase periodic(String text, String period) {
    return new Phrase(text, new Gold.Deadline("PERIODIC", null, null, period, text), true);
  }

  /** A day or month number, zero-padded now and then as typists do. */
  private static String day(SplittableRandom random, int n) {
    return n < 10 && random.nextInt(3) == 0 ? "0" + n : Integer.toString(n);
  }
}
