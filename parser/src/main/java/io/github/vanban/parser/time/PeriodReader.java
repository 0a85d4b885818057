package io.github.vanban.parser.time;

import io.github.vanban.core.deadline.Period;
import java.util.List;

/**
 * Reads the period of a regime at a token: {@code hằng năm}, {@code mỗi quý}, {@code 6
 * tháng}, {@code 01 năm}, {@code nửa năm}, bare {@code quý}, and lists of them ({@code 6
 * tháng, hằng năm}). {@code tháng 4}, {@code năm 2021}, {@code quý II}, {@code năm nay},
 * {@code 6 tháng đầu năm} and {@code năm học} are not periods.
 */
final class PeriodReader {
  private final List<Token> t;
  private final Cursor c;

  PeriodReader(List<Token> tokens, Cursor cursor) {
    this.t = tokens;
    this.c = cursor;
  }

  /**
   * A list of periods from token {@code j}: {@code 6 tháng, hằng năm}, {@code quý và năm},
   * {@code theo quý}; the units found are added to {@code units}; returns the end.
   */
  int periodList(int j, boolean bareAllowed, List<PeriodUnit> units) {
    int end = j;
    while (j < t.size()) {
      int k = j;
      if (c.word(k, "theo")) {
        k++;
      }
      PeriodUnit u = periodUnit(k, bareAllowed || !units.isEmpty());
      if (u == null) {
        break;
      }
      units.add(u);
      end = u.end();
      int n = end;
      if (n < t.size() && (t.get(n).isMark(',') || c.word(n, "va") || c.word(n, "hoac")
          || t.get(n).isMark('/'))) {
        int m = n + 1;
        if (c.word(m, "bao") && c.word(m + 1, "cao") || c.word(m, "tong") && c.word(m + 1, "ket")) {
          m += 2; // báo cáo 6 tháng và báo cáo năm; sơ kết 6 tháng, tổng kết năm
        }
        if (periodUnit(c.word(m, "theo") ? m + 1 : m, true) != null) {
          j = m;
          continue;
        }
      }
      break;
    }
    return end;
  }

  /** A period and where its words end; {@code months} is 0 for weeks and days. */
  record PeriodUnit(Period period, boolean daily, int start, int end, int months) {
    PeriodUnit(Period period, boolean daily, int start, int end) {
      this(period, daily, start, end, 0);
    }
  }

  /**
   * {@code hằng năm}, {@code mỗi quý}, {@code 6 tháng}, {@code 01 năm}, {@code nửa năm},
   * bare {@code quý} (when {@code bare} is allowed or the word stands alone).
   */
  PeriodUnit periodUnit(int i, boolean bareAllowed) {
    Words.Match ev = Words.match(t, i, Words.EVERY);
    if (ev != null) {
      PeriodUnit u = bareUnit(ev.end(), false);
      return u == null ? null : new PeriodUnit(u.period(), u.daily(), i, u.end(), u.months());
    }
    if (c.words(i, "nua", "nam") > 0) {
      return new PeriodUnit(Period.HALF_YEARLY, false, i, i + 2, 6);
    }
    int n = c.count(i);
    if (n > 0) {
      int j = c.countEnd(i);
      PeriodUnit u = bareUnit(j, false);
      if (u != null) {
        if (c.word(u.end(), "dau") || c.word(u.end(), "cuoi")) {
          return null; // 6 tháng đầu năm: a span of the year, not a regime
        }
        if (u.months() == 0) {
          return n == 1 ? new PeriodUnit(u.period(), u.daily(), i, u.end(), 0) : null;
        }
        return new PeriodUnit(periodOf(n * u.months(), u), false, i, u.end(), n * u.months());
      }
    }
    return bareUnit(i, !bareAllowed);
  }

  /** {@code năm}, {@code quý}, {@code tháng}, {@code tuần}, {@code ngày} not followed by a number. */
  PeriodUnit bareUnit(int i, boolean strict) {
    Words.Match u = Words.match(t, i, Words.UNIT);
    if (u == null || u.end() != i + 1) {
      return null;
    }
    if (c.isDayWord(i) && !t.get(i).isWord("ngay")) {
      return null;
    }
    if (t.get(i).isWord("ngay") && !c.isDayWord(i)) {
      return null; // "ngay" printed without marks and not before a number: the adverb
    }
    int e = i + 1;
    if (e < t.size() && (t.get(e).isNumber() || c.quarterNumber(e) > 0 && t.get(i).isWord("quy")
        || c.word(e, "nay") || c.word(e, "dau") || c.word(e, "cuoi") || c.word(e, "toi")
        || c.word(e, "hoc") || c.word(e, "lam")
        || (c.word(e, "sau") || c.word(e, "truoc")) && !c.isDayWord(e + 1) && !c.num(e + 1))) {
      return null; // năm 2021, quý II, tháng này, năm học, ngày làm việc, năm trước
    }
    if (strict && e < t.size() && !(t.get(e).type() == Token.Type.MARK)) {
      // a bare unit inside running text (báo cáo năm …) only when a mark or a function word
      // follows; "báo cáo tháng" + noun is still a monthly report
      if (!(c.word(e, "va") || c.word(e, "hoac") || c.word(e, "gui") || c.word(e, "doi") || c.word(e, "cho")
          || c.word(e, "ve") || c.word(e, "truoc") || c.word(e, "theo") || c.word(e, "bao")
          || c.word(e, "cua"))) {
        return null;
      }
    }
    String v = u.value();
    switch (v) {
      case "D":
        return new PeriodUnit(null, true, i, e, 0);
      case "W":
        return new PeriodUnit(Period.WEEKLY, false, i, e, 0);
      default:
        int months = Integer.parseInt(v);
        return new PeriodUnit(periodOf(months, null), false, i, e, months);
    }
  }

  static Period periodOf(int months, PeriodUnit unit) {
    if (unit != null && unit.months() == 0) {
      return unit.period();
    }
    switch (months) {
      case 12: return Period.YEARLY;
      case 6: return Period.HALF_YEARLY;
      case 3: return Period.QUARTERLY;
      case 1: return Period.MONTHLY;
      default: return null;
    }
  }
}
