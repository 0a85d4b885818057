package io.github.vanban.parser.time;

import com.google.common.collect.ImmutableList;
import io.github.vanban.core.calendar.LunarCalendar;
import io.github.vanban.core.deadline.Deadline;
import io.github.vanban.core.deadline.Period;
import io.github.vanban.core.deadline.RecurrenceRule;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One pass of the deadline grammar over the tokens of one clause: finds the mentions
 * (dates, months, quarters, years, periods, time limits, conditions), then resolves them
 * against each other and the document date. Used once and thrown away.
 */
final class ClauseReader {

  /** How firm a found deadline is; the firmest tier present wins. */
  private enum Tier {
    FIXED, REGULAR, BARE_REGULAR, COVERAGE, EVENT
  }

  /** What a day written without a month or year hangs on. */
  private enum DayAnchor {
    NONE, EVERY_MONTH, NEXT_MONTH, QUARTER_END, NEXT_QUARTER_START, NEXT_YEAR, EVERY_YEAR
  }

  /** A day, maybe with month and year, found in the text. */
  private record DateMention(int day, int month, int year, DayAnchor anchor, boolean marked,
      boolean before, String text, int start) {}

  private record Found(Deadline deadline, Tier tier, int start) {}

  private static final int EVENT_TEXT_TOKENS = 14;

  private final String text;
  private final List<Token> t;
  private final Optional<LocalDate> documentDate;

  private final List<DateMention> dates = new ArrayList<>();
  private final List<Found> found = new ArrayList<>();
  /** Periods named anywhere in the clause (hằng năm, báo cáo quý, định kỳ 6 tháng). */
  private final Set<Period> periods = EnumSet.noneOf(Period.class);
  private boolean bareRegular;
  private boolean daily;

  ClauseReader(String text, List<Token> tokens, Optional<LocalDate> documentDate) {
    this.text = text;
    this.t = tokens;
    this.documentDate = documentDate;
  }

  ImmutableList<Deadline> read() {
    scan();
    resolveDates();
    return select();
  }

  // ---------------------------------------------------------------- scanning

  private void scan() {
    int marker = -1; // index of the token that starts a pending deadline marker
    String markerValue = "";
    int i = 0;
    while (i < t.size()) {
      Words.Match m;
      int e;
      if ((e = timeLimit(i)) > 0) {
        marker = -1;
        i = e;
        continue;
      }
      if ((m = markerAt(i)) != null) {
        marker = i;
        markerValue = m.value();
        i = m.end();
        continue;
      }
      if (marker >= 0 && (e = fillerAt(i)) > 0) {
        i = e;
        continue;
      }
      if ((e = datePhrase(i, marker, markerValue)) > 0) {
        i = e; // the marker stays for a coordinated date: trước ngày 05/6 và 05/12
        continue;
      }
      if ((e = monthPhrase(i, marker, markerValue)) > 0
          || (e = quarterPhrase(i, marker, markerValue)) > 0
          || (e = halfYearPhrase(i, marker, markerValue)) > 0
          || (e = tet(i, marker)) > 0
          || (e = yearPhrase(i, marker, markerValue)) > 0
          || (e = endOfEvery(i)) > 0
          || (e = weekdayEvery(i)) > 0
          || (e = regular(i)) > 0
          || (e = reportNoun(i)) > 0
          || (e = event(i)) > 0) {
        marker = -1;
        i = e;
        continue;
      }
      marker = -1;
      i++;
    }
  }

  private Words.Match markerAt(int i) {
    Words.Match m = Words.match(t, i, "marker");
    if (m == null) {
      return null;
    }
    // "trong" only marks a date, month, quarter or year (not "trong thời gian", "trong đó");
    // after "kết quả", "tình hình" … it names the period a report covers
    if (t.get(i).isWord("trong") && m.end() == i + 1) {
      if (!startsTimeNoun(i + 1)) {
        return null;
      }
      if (endsWith(i, "coverage")) {
        return new Words.Match("COVER", m.end());
      }
      if (word(i + 1, "nam") && !endsWith(i, "completion")) {
        return new Words.Match("COVER", m.end()); // trong năm 2021: mostly the period covered
      }
      return m;
    }
    // "tính đến hết ngày 31/12": the day the figures stop, not a deadline
    if (i > 0 && t.get(i - 1).isWord("tinh") && t.get(i).isWord("den")) {
      return null;
    }
    return m;
  }

  private boolean startsTimeNoun(int i) {
    return i < t.size() && (isDayWord(i) || t.get(i).isWord("thang") || t.get(i).isWord("quy")
        || t.get(i).isWord("nam") || t.get(i).isNumber());
  }

  /** Filler between a marker and its date: là, hết, của, a time of day (16 giờ, 16h00), ','. */
  private int fillerAt(int i) {
    Token k = t.get(i);
    if (k.isMark(',') || k.isMark(':') || k.isMark('(') || k.isMark(')')) {
      return i + 1;
    }
    Words.Match weekday = Words.match(t, i, "weekday");
    if (weekday != null && every(weekday.end(), "tuan") < 0) {
      return weekday.end(); // trước thứ Sáu, ngày 15/3
    }
    int e = timeOfDay(i);
    if (e > 0) {
      return e;
    }
    if (k.type() == Token.Type.WORD && !isDayWord(i)) {
      Words.Match m = Words.match(t, i, "filler");
      if (m != null) {
        return m.end();
      }
    }
    return -1;
  }

  /** {@code 16 giờ}, {@code 16h}, {@code 16h00}, {@code 16 giờ 30 phút}. */
  private int timeOfDay(int i) {
    if (!num(i) || t.get(i).value() > 24) {
      return -1;
    }
    int j = i + 1;
    if (j < t.size() && (t.get(j).isWord("gio") || t.get(j).isWord("h"))) {
      j++;
      if (num(j) && t.get(j).value() < 60) {
        j++;
        if (j < t.size() && t.get(j).isWord("phut")) {
          j++;
        }
      }
      return j;
    }
    return -1;
  }

  /**
   * {@code ngày 15/11/2021}, {@code ngày 15-11}, {@code ngày 15 tháng 11 năm 2021}, {@code
   * ngày 20} (with what the day hangs on), or {@code 05/12} after a marker.
   */
  private int datePhrase(int i, int marker, String markerValue) {
    int j = i;
    boolean ngay = false;
    if (isDayWord(i)) {
      ngay = true;
      j++;
    }
    if (!num(j)) {
      return -1;
    }
    int day = t.get(j).value();
    if (day < 1 || day > 31) {
      return -1;
    }
    j++;
    int month = 0;
    int year = 0;
    if (sep(j) && num(j + 1) && t.get(j + 1).value() >= 1 && t.get(j + 1).value() <= 12) {
      month = t.get(j + 1).value();
      j += 2;
      if ((sep(j) || word(j, "nam")) && year(j + 1) > 0) {
        year = year(j + 1);
        j += 2;
      }
    } else if (word(j, "thang") && num(j + 1) && t.get(j + 1).value() >= 1
        && t.get(j + 1).value() <= 12) {
      month = t.get(j + 1).value();
      j += 2;
      if (word(j, "nam") && year(j + 1) > 0) {
        year = year(j + 1);
        j += 2;
      } else if (sep(j) && year(j + 1) > 0) {
        year = year(j + 1);
        j += 2;
      }
    }
    if (month == 0 && !ngay) {
      return -1;
    }
    int phraseEnd = j;
    DayAnchor anchor = DayAnchor.NONE;
    int k = j;
    if (word(k, "cua")) {
      k++;
    }
    if (month == 0) {
      int e;
      if ((e = words(k, "thang", "cuoi", "cung", "cua", "quy")) > 0
          || (e = words(k, "thang", "cuoi", "cua", "quy")) > 0
          || (e = words(k, "thang", "cuoi", "quy")) > 0) {
        anchor = DayAnchor.QUARTER_END;
        j = e;
      } else if ((e = nextQuarterStart(k)) > 0) {
        anchor = DayAnchor.NEXT_QUARTER_START;
        j = e;
      } else if ((e = nextWord(k, "thang")) > 0) {
        anchor = DayAnchor.NEXT_MONTH;
        j = e;
      } else if (every(k, "thang") > 0) {
        anchor = DayAnchor.EVERY_MONTH;
      } else if (every(k, "quy") > 0 || words(k, "cuoi", "quy") > 0) {
        return -1; // a day "of every quarter" names no month: leave it to the regime
      }
    } else if (year == 0) {
      int e = nextWord(k, "nam");
      if (e > 0) {
        anchor = DayAnchor.NEXT_YEAR;
        j = e;
      } else if ((e = words(k, "nam", "bao", "cao")) > 0 || (e = words(k, "ky", "bao", "cao")) > 0) {
        anchor = DayAnchor.EVERY_YEAR; // ngày 15/11 của năm báo cáo
        j = e;
      }
    }
    boolean recurs = anchor != DayAnchor.NONE || every(j, "nam") > 0 || every(j, "thang") > 0;
    boolean marked = marker >= 0;
    if (!marked && !recurs) {
      return -1; // a date no marker introduces: the date of a cited document, a period
    }
    String phrase;
    if (marked && lastDateEndsRightBefore(i, marker)) {
      // a coordinated day (… và 05/12): the marker's words, then this day
      phrase = markerText(marker, !isDayWord(i)) + " " + span(t.get(i).start(), t.get(j - 1).end());
    } else if (marked) {
      phrase = span(t.get(marker).start(), t.get(j - 1).end());
    } else {
      phrase = span(t.get(i).start(), t.get(j - 1).end());
    }
    int tail = every(j, "nam") > 0 ? every(j, "nam") : every(j, "thang");
    if (tail > 0) {
      phrase = phrase + " " + span(t.get(j).start(), t.get(tail - 1).end());
    }
    dates.add(new DateMention(day, month, year, anchor, marked, markerValue.equals("BEFORE"),
        phrase, t.get(i).start()));
    return Math.max(j, phraseEnd);
  }

  private boolean lastDateEndsRightBefore(int i, int marker) {
    return !dates.isEmpty() && dates.get(dates.size() - 1).start() >= t.get(marker).start()
        && dates.get(dates.size() - 1).start() < t.get(i).start();
  }

  private String markerText(int marker, boolean withDayWord) {
    Words.Match m = Words.match(t, marker, "marker");
    int e = m != null ? m.end() : marker + 1;
    String s = span(t.get(marker).start(), t.get(e - 1).end());
    return withDayWord && e < t.size() && isDayWord(e) ? s + " " + t.get(e).printed() : s;
  }

  private int nextQuarterStart(int k) {
    int e;
    if ((e = words(k, "thang", "dau")) > 0 || (e = words(k, "thang", "thu", "nhat")) > 0) {
      int q = e;
      if (word(q, "cua")) {
        q++;
      }
      if (word(q, "quy")) {
        int after = nextAfter(q + 1);
        return after > 0 ? after : -1;
      }
    }
    return -1;
  }

  /** {@code tháng sau}, {@code tháng tiếp theo}, {@code năm sau}, {@code năm kế tiếp}. */
  private int nextWord(int k, String unit) {
    if (!word(k, unit)) {
      return -1;
    }
    return nextAfter(k + 1);
  }

  private int nextAfter(int k) {
    if (word(k, "sau") && !(k + 1 < t.size() && t.get(k + 1).isWord("khi"))) {
      return k + 1;
    }
    int e;
    if ((e = words(k, "tiep", "theo")) > 0 || (e = words(k, "ke", "tiep")) > 0
        || (e = words(k, "lien", "ke")) > 0) {
      return e;
    }
    return -1;
  }

  /** {@code tháng 4/2020}, {@code tháng 4 năm 2020}, {@code tháng 12} after a marker. */
  private int monthPhrase(int i, int marker, String markerValue) {
    if (!word(i, "thang") || !num(i + 1)) {
      return -1;
    }
    int month = t.get(i + 1).value();
    if (month < 1 || month > 12) {
      return -1;
    }
    int j = i + 2;
    int year = 0;
    if ((sep(j) || word(j, "nam")) && year(j + 1) > 0) {
      year = year(j + 1);
      j += 2;
    }
    int tail = every(j, "nam");
    if (marker < 0 && tail < 0) {
      return -1;
    }
    int start = marker >= 0 ? t.get(marker).start() : t.get(i).start();
    if (tail > 0 && year == 0) {
      found.add(new Found(Deadline.recurring(RecurrenceRule.of(RecurrenceRule.Frequency.YEARLY,
          Set.of(month), Set.of(-1)), span(start, t.get(tail - 1).end())), Tier.FIXED, start));
      return tail;
    }
    if (marker < 0) {
      return -1;
    }
    String phrase = span(start, t.get(j - 1).end());
    boolean before = markerValue.equals("BEFORE");
    Optional<LocalDate> end = periodEnd(year, month, 1, before, phrase);
    Tier tier = tierOf(markerValue);
    end.ifPresent(d -> found.add(new Found(Deadline.on(d, phrase), tier, start)));
    return j;
  }

  /** {@code quý II/2021}, {@code quý 2 năm 2021}, {@code quý IV} after a marker. */
  private int quarterPhrase(int i, int marker, String markerValue) {
    if (!word(i, "quy") || i + 1 >= t.size()) {
      return -1;
    }
    int q = quarterNumber(i + 1);
    if (q < 0 || marker < 0) {
      return -1;
    }
    int j = i + 2;
    int year = 0;
    if ((sep(j) || word(j, "nam")) && year(j + 1) > 0) {
      year = year(j + 1);
      j += 2;
    }
    int start = t.get(marker).start();
    String phrase = span(start, t.get(j - 1).end());
    Tier tier = tierOf(markerValue);
    periodEnd(year, q * 3 - 2, 3, markerValue.equals("BEFORE"), phrase)
        .ifPresent(d -> found.add(new Found(Deadline.on(d, phrase), tier, start)));
    return j;
  }

  private static Tier tierOf(String markerValue) {
    return markerValue.equals("COVER") ? Tier.COVERAGE : Tier.FIXED;
  }

  /** {@code trước Tết Nguyên đán (Tân Sửu) (2021)}: the eve of the lunar new year. */
  private int tet(int i, int marker) {
    Words.Match m = Words.match(t, i, "tet");
    if (m == null || marker < 0) {
      return -1;
    }
    int e = m.end();
    // an optional name of the year (two words: Tân Sửu) and an optional number
    int year = 0;
    for (int k = e; k < Math.min(t.size(), e + 3); k++) {
      if (year(k) > 0) {
        year = year(k);
        e = k + 1;
        break;
      }
    }
    LocalDate eve;
    try {
      if (year > 0) {
        eve = LunarCalendar.newYear(year).minusDays(1);
      } else if (documentDate.isPresent()) {
        LocalDate doc = documentDate.get();
        LocalDate next = LunarCalendar.newYear(doc.getYear());
        if (next.isBefore(doc)) {
          next = LunarCalendar.newYear(doc.getYear() + 1);
        }
        eve = next.minusDays(1);
      } else {
        return e;
      }
    } catch (IllegalArgumentException ex) {
      return e; // outside the years the calendar computes
    }
    int start = t.get(marker).start();
    found.add(new Found(Deadline.on(eve, span(start, t.get(e - 1).end())), Tier.FIXED, start));
    return e;
  }

  /** Whether a phrase of {@code group} ends right before token {@code i}. */
  private boolean endsWith(int i, String group) {
    for (Words.Phrase p : Words.group(group)) {
      int n = p.words().size();
      int s = i - n;
      if (s >= 0 && Words.match(t, s, group) != null && Words.match(t, s, group).end() == i) {
        return true;
      }
    }
    return false;
  }

  /** Whether a negation ({@code không}) stands within the four tokens before {@code i}. */
  private boolean negated(int i) {
    for (int k = i - 1; k >= Math.max(0, i - 4); k--) {
      if (t.get(k).type() == Token.Type.MARK) {
        return false;
      }
      if (Words.match(t, k, "negation") != null) {
        return true;
      }
    }
    return false;
  }

  private int quarterNumber(int i) {
    if (i < 0 || i >= t.size()) {
      return -1;
    }
    Token k = t.get(i);
    if (k.isNumber()) {
      int v = k.value();
      return v >= 1 && v <= 4 ? v : -1;
    }
    Words.Match m = Words.match(t, i, "roman");
    return m != null && m.end() == i + 1 ? Integer.parseInt(m.value()) : -1;
  }

  /** {@code 6 tháng đầu năm 2021}, {@code sáu tháng cuối năm}, {@code 9 tháng đầu năm}. */
  private int halfYearPhrase(int i, int marker, String markerValue) {
    int n = count(i);
    if (n < 0) {
      return -1;
    }
    int j = countEnd(i);
    if (!word(j, "thang") || !(word(j + 1, "dau") || word(j + 1, "cuoi")) || !word(j + 2, "nam")) {
      return -1;
    }
    boolean first = word(j + 1, "dau");
    if (n < 1 || n > 12 || (!first && n != 6 && n != 3)) {
      return -1;
    }
    int e = j + 3;
    int year = 0;
    if (year(e) > 0) {
      year = year(e);
      e++;
    } else if (word(e, "nay")) {
      e++;
    }
    int lastMonth = first ? n : 12;
    int start = marker >= 0 ? t.get(marker).start() : t.get(i).start();
    String phrase = span(start, t.get(e - 1).end());
    Tier tier = marker >= 0 ? tierOf(markerValue) : Tier.COVERAGE;
    int y = year > 0 ? year : documentDate.map(LocalDate::getYear).orElse(0);
    if (y > 0) {
      found.add(new Found(Deadline.on(YearMonth.of(y, lastMonth).atEndOfMonth(), phrase), tier,
          start));
    }
    return e;
  }

  /** {@code trong năm 2021}, {@code trước năm 2025} after a marker. */
  private int yearPhrase(int i, int marker, String markerValue) {
    if (marker < 0 || !word(i, "nam") || year(i + 1) < 0) {
      return -1;
    }
    int year = year(i + 1);
    int start = t.get(marker).start();
    String phrase = span(start, t.get(i + 1).end());
    LocalDate d = markerValue.equals("BEFORE") ? LocalDate.of(year - 1, 12, 31)
        : LocalDate.of(year, 12, 31);
    found.add(new Found(Deadline.on(d, phrase), tierOf(markerValue), start));
    return i + 2;
  }

  /**
   * {@code cuối mỗi tháng}, {@code cuối hằng quý}, {@code cuối hằng năm}, {@code ngày cuối
   * cùng của tháng}, {@code ngày cuối quý}: the last day of every such period.
   */
  private int endOfEvery(int i) {
    int c = i;
    boolean day = false;
    if (isDayWord(i) && word(i + 1, "cuoi")) {
      c = i + 1;
      day = true;
    }
    if (!word(c, "cuoi")) {
      return -1;
    }
    int k = c + 1;
    if (day) {
      if (word(k, "cung")) {
        k++;
      }
      if (word(k, "cua")) {
        k++;
      }
      int e = every(k, "thang") > 0 || every(k, "quy") > 0 || every(k, "nam") > 0 ? k
          : (word(k, "thang") || word(k, "quy") || word(k, "nam")) && !num(k + 1)
              && quarterNumber(k + 1) < 0 ? k : -1;
      if (e < 0) {
        return -1;
      }
      k = e;
      if (Words.match(t, k, "every") == null) {
        // ngày cuối tháng: read as "of every month"
        String unit = t.get(k).norm();
        return addEndOf(unit, i, k + 1);
      }
    }
    return endOfEveryAt(i, k);
  }

  private int addEndOf(String unit, int start, int end) {
    RecurrenceRule rule;
    switch (unit) {
      case "thang":
        rule = RecurrenceRule.monthly(-1);
        break;
      case "quy":
        rule = RecurrenceRule.of(RecurrenceRule.Frequency.YEARLY, Set.of(3, 6, 9, 12), Set.of(-1));
        break;
      default:
        rule = RecurrenceRule.yearly(12, 31);
    }
    int s = t.get(start).start();
    found.add(new Found(Deadline.recurring(rule, span(s, t.get(end - 1).end())), Tier.FIXED, s));
    return end;
  }

  private int endOfEveryAt(int i, int k) {
    RecurrenceRule rule;
    int e;
    if ((e = every(k, "thang")) > 0) {
      rule = RecurrenceRule.monthly(-1);
    } else if ((e = every(k, "quy")) > 0) {
      rule = RecurrenceRule.of(RecurrenceRule.Frequency.YEARLY, Set.of(3, 6, 9, 12), Set.of(-1));
    } else if ((e = every(k, "nam")) > 0) {
      rule = RecurrenceRule.yearly(12, 31);
    } else {
      return -1;
    }
    int start = t.get(i).start();
    found.add(new Found(Deadline.recurring(rule, span(start, t.get(e - 1).end())), Tier.FIXED,
        start));
    return e;
  }

  /** {@code thứ Sáu hằng tuần} → {@code FREQ=WEEKLY;BYDAY=FR}. */
  private int weekdayEvery(int i) {
    Words.Match m = Words.match(t, i, "weekday");
    if (m == null) {
      return -1;
    }
    int e = every(m.end(), "tuan");
    if (e < 0) {
      return -1;
    }
    int start = t.get(i).start();
    DayOfWeek day = weekday(m.value());
    found.add(new Found(Deadline.recurring(RecurrenceRule.weekly(day),
        span(start, t.get(e - 1).end())), Tier.FIXED, start));
    periods.add(Period.WEEKLY);
    return e;
  }

  private static DayOfWeek weekday(String code) {
    return RecurrenceRule.parse("FREQ=WEEKLY;BYDAY=" + code).byDay().first();
  }

  /**
   * A regime: {@code hằng năm}, {@code mỗi quý}, {@code định kỳ}, {@code định kỳ 6 tháng,
   * hằng năm}, {@code 6 tháng một lần}. A denied regime ({@code không thực hiện báo cáo hàng
   * tháng}) is read and dropped.
   */
  private int regular(int i) {
    boolean denied = negated(i);
    if (words(i, "dinh", "ky") > 0) {
      List<PeriodUnit> units = new ArrayList<>();
      int j = periodList(i + 2, true, units);
      if (!denied) {
        if (units.isEmpty()) {
          bareRegular = true;
          found.add(new Found(Deadline.periodic(null, span(t.get(i).start(), t.get(i + 1).end())),
              Tier.BARE_REGULAR, t.get(i).start()));
        }
        for (int k = 0; k < units.size(); k++) {
          PeriodUnit u = units.get(k);
          addPeriod(u, k == 0 ? t.get(i).start() : t.get(u.start()).start());
        }
      }
      return units.isEmpty() ? i + 2 : units.get(units.size() - 1).end();
    }
    Words.Match ev = Words.match(t, i, "every");
    if (ev != null) {
      PeriodUnit u = bareUnit(ev.end(), false);
      if (u != null) {
        if (!denied) {
          addPeriod(new PeriodUnit(u.period(), u.daily(), i, u.end()), t.get(i).start());
        }
        return u.end();
      }
      return -1;
    }
    // 6 tháng một lần, 03 tháng/lần
    int n = count(i);
    if (n > 0) {
      int j = countEnd(i);
      PeriodUnit u = bareUnit(j, false);
      if (u != null) {
        int e = u.end();
        int once = -1;
        if (e + 1 < t.size() && t.get(e).isMark('/') && word(e + 1, "lan")) {
          once = e + 2;
        } else if (words(e, "mot", "lan") > 0) {
          once = e + 2;
        } else if (num(e) && t.get(e).value() == 1 && word(e + 1, "lan")) {
          once = e + 2;
        }
        if (once > 0) {
          Period p = periodOf(n * u.months(), u);
          if (!denied) {
            addPeriod(new PeriodUnit(p, u.daily() && n == 1, i, once, 0), t.get(i).start());
          }
          return once;
        }
      }
    }
    return -1;
  }

  /**
   * A list of periods from token {@code j}: {@code 6 tháng, hằng năm}, {@code quý và năm},
   * {@code theo quý}; the units found are added to {@code units}; returns the end.
   */
  private int periodList(int j, boolean bareAllowed, List<PeriodUnit> units) {
    int end = j;
    while (j < t.size()) {
      int k = j;
      if (word(k, "theo")) {
        k++;
      }
      PeriodUnit u = periodUnit(k, bareAllowed || !units.isEmpty());
      if (u == null) {
        break;
      }
      units.add(u);
      end = u.end();
      int n = end;
      if (n < t.size() && (t.get(n).isMark(',') || word(n, "va") || word(n, "hoac")
          || t.get(n).isMark('/'))) {
        int m = n + 1;
        if (word(m, "bao") && word(m + 1, "cao") || word(m, "tong") && word(m + 1, "ket")) {
          m += 2; // báo cáo 6 tháng và báo cáo năm; sơ kết 6 tháng, tổng kết năm
        }
        if (periodUnit(word(m, "theo") ? m + 1 : m, true) != null) {
          j = m;
          continue;
        }
      }
      break;
    }
    return end;
  }

  /** {@code báo cáo năm}, {@code báo cáo 06 tháng}, {@code sơ kết 6 tháng}, {@code báo cáo quý}. */
  private int reportNoun(int i) {
    Words.Match m = Words.match(t, i, "report");
    if (m == null) {
      return -1;
    }
    int j = m.end();
    if (word(j, "dinh") && word(j + 1, "ky")) {
      return -1; // báo cáo định kỳ: the regime reads it
    }
    List<PeriodUnit> units = new ArrayList<>();
    int end = periodList(j, false, units);
    if (units.isEmpty() || units.get(0).daily()) {
      return -1;
    }
    if (!negated(i)) {
      for (int k = 0; k < units.size(); k++) {
        PeriodUnit u = units.get(k);
        if (u.period() != null && !u.daily()) {
          int start = k == 0 ? t.get(i).start() : t.get(u.start()).start();
          periods.add(u.period());
          found.add(new Found(Deadline.periodic(u.period(), span(start,
              t.get(u.end() - 1).end())), Tier.REGULAR, start));
        }
      }
    }
    return end;
  }

  /** A period and where its words end; {@code months} is 0 for weeks and days. */
  private record PeriodUnit(Period period, boolean daily, int start, int end, int months) {
    PeriodUnit(Period period, boolean daily, int start, int end) {
      this(period, daily, start, end, 0);
    }
  }

  /**
   * {@code hằng năm}, {@code mỗi quý}, {@code 6 tháng}, {@code 01 năm}, {@code nửa năm},
   * bare {@code quý} (when {@code bare} is allowed or the word stands alone).
   */
  private PeriodUnit periodUnit(int i, boolean bareAllowed) {
    Words.Match ev = Words.match(t, i, "every");
    if (ev != null) {
      PeriodUnit u = bareUnit(ev.end(), false);
      return u == null ? null : new PeriodUnit(u.period(), u.daily(), i, u.end(), u.months());
    }
    if (words(i, "nua", "nam") > 0) {
      return new PeriodUnit(Period.HALF_YEARLY, false, i, i + 2, 6);
    }
    int n = count(i);
    if (n > 0) {
      int j = countEnd(i);
      PeriodUnit u = bareUnit(j, false);
      if (u != null) {
        if (word(u.end(), "dau") || word(u.end(), "cuoi")) {
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
  private PeriodUnit bareUnit(int i, boolean strict) {
    Words.Match u = Words.match(t, i, "unit");
    if (u == null || u.end() != i + 1) {
      return null;
    }
    if (isDayWord(i) && !t.get(i).isWord("ngay")) {
      return null;
    }
    if (t.get(i).isWord("ngay") && !isDayWord(i)) {
      return null; // "ngay" printed without marks and not before a number: the adverb
    }
    int e = i + 1;
    if (e < t.size() && (t.get(e).isNumber() || quarterNumber(e) > 0 && t.get(i).isWord("quy")
        || word(e, "nay") || word(e, "dau") || word(e, "cuoi") || word(e, "toi")
        || word(e, "hoc") || word(e, "lam")
        || (word(e, "sau") || word(e, "truoc")) && !isDayWord(e + 1) && !num(e + 1))) {
      return null; // năm 2021, quý II, tháng này, năm học, ngày làm việc, năm trước
    }
    if (strict && e < t.size() && !(t.get(e).type() == Token.Type.MARK)) {
      // a bare unit inside running text (báo cáo năm …) only when a mark or a function word
      // follows; "báo cáo tháng" + noun is still a monthly report
      if (!(word(e, "va") || word(e, "hoac") || word(e, "gui") || word(e, "doi") || word(e, "cho")
          || word(e, "ve") || word(e, "truoc") || word(e, "theo") || word(e, "bao")
          || word(e, "cua"))) {
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

  private static Period periodOf(int months, PeriodUnit unit) {
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

  private void addPeriod(PeriodUnit u, int start) {
    String phrase = span(start, t.get(u.end() - 1).end());
    if (u.daily()) {
      daily = true;
      found.add(new Found(Deadline.recurring(RecurrenceRule.daily(), phrase), Tier.FIXED, start));
    } else if (u.period() != null) {
      periods.add(u.period());
      found.add(new Found(Deadline.periodic(u.period(), phrase), Tier.REGULAR, start));
    } else {
      bareRegular = true;
      found.add(new Found(Deadline.periodic(null, phrase), Tier.BARE_REGULAR, start));
    }
  }

  /**
   * A time limit: {@code trong thời hạn 10 ngày làm việc kể từ ngày 02/3/2021}, {@code
   * trong vòng 05 ngày kể từ ngày ký}, {@code chậm nhất 15 ngày sau khi …}.
   */
  private int timeLimit(int i) {
    int j;
    if ((j = words(i, "trong", "thoi", "han")) < 0 && (j = words(i, "trong", "vong")) < 0
        && (j = words(i, "trong", "thoi", "gian")) < 0
        && (j = words(i, "trong")) < 0 && (j = words(i, "cham", "nhat")) < 0
        && (j = words(i, "khong", "qua")) < 0 && (j = words(i, "sau")) < 0) {
      return -1;
    }
    if (word(j, "la")) {
      j++;
    }
    int n = count(j);
    if (n <= 0) {
      return -1;
    }
    int k = countEnd(j);
    boolean working;
    int unitEnd;
    int unitDays;
    if (words(k, "ngay", "lam", "viec") > 0 && isDayWord(k)) {
      working = true;
      unitEnd = k + 3;
      unitDays = 1;
    } else if (word(k, "ngay") && isDayWord(k)) {
      working = false;
      unitEnd = k + 1;
      unitDays = 1;
    } else if (word(k, "tuan")) {
      working = false;
      unitEnd = k + 1;
      unitDays = 7;
    } else {
      return -1;
    }
    int end = unitEnd;
    Optional<LocalDate> from = Optional.empty();
    boolean fromEvent = false;
    // kể từ ngày …, tính từ ngày …, từ ngày …, sau khi …
    for (int k2 = unitEnd; k2 < Math.min(t.size(), unitEnd + 3); k2++) {
      int s;
      if ((s = words(k2, "ke", "tu")) > 0 || (s = words(k2, "tinh", "tu")) > 0
          || (s = words(k2, "tu")) > 0) {
        if (isDayWord(s)) {
          s++;
        }
        int[] dateEnd = new int[1];
        Optional<LocalDate> d = startDate(s, dateEnd);
        if (d.isPresent()) {
          from = d;
          end = dateEnd[0];
        } else {
          fromEvent = true;
          end = eventEnd(s);
        }
        break;
      }
      if (words(k2, "sau", "khi") > 0) {
        fromEvent = true;
        end = eventEnd(k2 + 2);
        break;
      }
    }
    int start = t.get(i).start();
    String phrase = span(start, t.get(end - 1).end());
    if (from.isPresent()) {
      LocalDate due = working ? TimeLimits.addWorkingDays(from.get(), n)
          : TimeLimits.addDays(from.get(), n * unitDays);
      found.add(new Found(Deadline.on(due, phrase), Tier.FIXED, start));
    } else {
      found.add(new Found(Deadline.onEvent(phrase), Tier.EVENT, start));
    }
    return end;
  }

  /** The day a limit counts from: a stated date, or the document's date for {@code ký}. */
  private Optional<LocalDate> startDate(int i, int[] end) {
    if (word(i, "ky") || words(i, "ban", "hanh") > 0) {
      end[0] = word(i, "ky") ? i + 1 : i + 2;
      return documentDate;
    }
    if (num(i) && sep(i + 1) && num(i + 2)) {
      int day = t.get(i).value();
      int month = t.get(i + 2).value();
      int year;
      int e;
      if (sep(i + 3) && year(i + 4) > 0) {
        year = year(i + 4);
        e = i + 5;
      } else {
        year = documentDate.map(LocalDate::getYear).orElse(0);
        e = i + 3;
      }
      if (year > 0) {
        try {
          end[0] = e;
          return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException ex) {
          return Optional.empty();
        }
      }
    }
    return Optional.empty();
  }

  /** {@code khi có khó khăn, vướng mắc}, {@code nếu …}, {@code trường hợp …}, {@code ngay}. */
  private int event(int i) {
    Words.Match m = Words.match(t, i, "event");
    if (m != null) {
      if (i > 0 && t.get(i).isWord("truong") && t.get(i - 1).isWord("tru")) {
        return -1; // trừ trường hợp: an exception, not a condition
      }
      int e = eventEnd(m.end());
      int start = t.get(i).start();
      found.add(new Found(Deadline.onEvent(span(start, t.get(e - 1).end())), Tier.EVENT, start));
      return e;
    }
    Token k = t.get(i);
    if (k.isWord("ngay") && !isDayWord(i) && !word(i + 1, "tu") && !word(i + 1, "trong")
        && !word(i + 1, "tai") && !word(i + 1, "nay") && !word(i + 1, "sau")
        && !word(i + 1, "khi") && !word(i + 1, "ca") && !word(i + 1, "thang")) {
      found.add(new Found(Deadline.onEvent(k.printed()), Tier.EVENT, k.start()));
      return i + 1;
    }
    return -1;
  }

  /** The end of a condition: before a comma, a parenthesis or the verb it governs. */
  private int eventEnd(int i) {
    int j = i;
    int limit = Math.min(t.size(), i + EVENT_TEXT_TOKENS);
    while (j < limit) {
      Token k = t.get(j);
      if (k.type() == Token.Type.MARK && ",;.()".indexOf(k.norm().charAt(0)) >= 0) {
        break;
      }
      if (j > i && (Words.match(t, j, "stop") != null || isPurposeWord(k))) {
        break;
      }
      j++;
    }
    return Math.max(j, i);
  }

  /** {@code để} (in order to), told apart from {@code đề} (problem) by its marks. */
  private static boolean isPurposeWord(Token k) {
    String p = k.printed().toLowerCase(java.util.Locale.ROOT);
    return p.equals("để") || p.equals("de");
  }

  // ---------------------------------------------------------------- resolving

  private void resolveDates() {
    for (DateMention d : dates) {
      resolve(d).ifPresent(dl -> found.add(new Found(dl, Tier.FIXED, d.start())));
    }
  }

  private Optional<Deadline> resolve(DateMention d) {
    try {
      if (d.month() == 0) {
        return dayOnly(d);
      }
      if (d.year() > 0) {
        LocalDate date = LocalDate.of(d.year(), d.month(), d.day());
        return Optional.of(Deadline.on(date, d.text()));
      }
      YearMonth.of(2000, d.month()).atDay(d.day()); // valid in a leap year
      boolean regime = !periods.isEmpty() || bareRegular;
      if (d.anchor() == DayAnchor.NEXT_YEAR && !regime && documentDate.isPresent()) {
        // ngày 15/01 năm sau, in a one-off request: the year after the document's
        return Optional.of(Deadline.on(
            LocalDate.of(documentDate.get().getYear() + 1, d.month(), d.day()), d.text()));
      }
      if (d.anchor() == DayAnchor.NEXT_YEAR || d.anchor() == DayAnchor.EVERY_YEAR || regime) {
        return Optional.of(Deadline.recurring(RecurrenceRule.yearly(d.month(), d.day()), d.text()));
      }
      if (documentDate.isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(Deadline.on(rollForward(d.month(), d.day()), d.text()));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  private Optional<Deadline> dayOnly(DateMention d) {
    RecurrenceRule rule;
    switch (d.anchor()) {
      case NEXT_MONTH:
        if (periods.isEmpty() && !bareRegular && documentDate.isPresent()) {
          // ngày 05 tháng sau, in a one-off request: the month after the document's
          YearMonth next = YearMonth.from(documentDate.get()).plusMonths(1);
          return next.isValidDay(d.day())
              ? Optional.of(Deadline.on(next.atDay(d.day()), d.text())) : Optional.empty();
        }
        rule = RecurrenceRule.monthly(d.day());
        break;
      case EVERY_MONTH:
        rule = RecurrenceRule.monthly(d.day());
        break;
      case QUARTER_END:
        rule = RecurrenceRule.of(RecurrenceRule.Frequency.YEARLY, Set.of(3, 6, 9, 12),
            Set.of(d.day()));
        break;
      case NEXT_QUARTER_START:
        rule = RecurrenceRule.of(RecurrenceRule.Frequency.YEARLY, Set.of(1, 4, 7, 10),
            Set.of(d.day()));
        break;
      default:
        if (periods.contains(Period.MONTHLY)) {
          rule = RecurrenceRule.monthly(d.day());
          break;
        }
        return Optional.empty();
    }
    return Optional.of(Deadline.recurring(rule, d.text()));
  }

  /** The day in the document's year, or the next year if it falls over a month before. */
  private LocalDate rollForward(int month, int day) {
    LocalDate doc = documentDate.orElseThrow();
    int year = doc.getYear();
    if (month == 2 && day == 29 && !YearMonth.of(year, 2).isValidDay(29)) {
      throw new DateTimeException("29/2 in a common year");
    }
    LocalDate d = LocalDate.of(year, month, day);
    if (d.isBefore(doc.minusDays(31))) {
      d = LocalDate.of(year + 1, month, Math.min(day, YearMonth.of(year + 1, month).lengthOfMonth()));
    }
    return d;
  }

  /**
   * The last day of a span of {@code months} months from {@code firstMonth} (a month, a
   * quarter), or with {@code before} the day before it begins.
   */
  private Optional<LocalDate> periodEnd(int year, int firstMonth, int months, boolean before,
      String phrase) {
    int y = year;
    if (y == 0) {
      if (documentDate.isEmpty()) {
        return Optional.empty();
      }
      y = documentDate.get().getYear();
      LocalDate end = YearMonth.of(y, firstMonth).plusMonths(months - 1L).atEndOfMonth();
      if (end.isBefore(documentDate.get().minusDays(31))) {
        y++;
      }
    }
    YearMonth first = YearMonth.of(y, firstMonth);
    return Optional.of(before ? first.atDay(1).minusDays(1)
        : first.plusMonths(months - 1L).atEndOfMonth());
  }

  private ImmutableList<Deadline> select() {
    Tier best = null;
    for (Found f : found) {
      if (best == null || f.tier().compareTo(best) < 0) {
        best = f.tier();
      }
    }
    if (best == null) {
      return ImmutableList.of();
    }
    Tier chosen = best;
    Map<String, Deadline> out = new LinkedHashMap<>();
    found.stream()
        .filter(f -> f.tier() == chosen)
        .sorted(Comparator.comparingInt(Found::start))
        .forEach(f -> out.putIfAbsent(key(f.deadline()), f.deadline()));
    return ImmutableList.copyOf(out.values());
  }

  private static String key(Deadline d) {
    return d.kind() == Deadline.Kind.ON_EVENT ? "ON_EVENT" : d.toString();
  }

  // ---------------------------------------------------------------- token helpers

  /** Whether token {@code i} is the noun {@code ngày} (printed with marks, or before a number). */
  private boolean isDayWord(int i) {
    if (i >= t.size() || !t.get(i).isWord("ngay")) {
      return false;
    }
    Token k = t.get(i);
    if (!k.printedWithoutMarks()) {
      return k.printed().toLowerCase(java.util.Locale.ROOT).startsWith("ng")
          && !k.printed().toLowerCase(java.util.Locale.ROOT).equals("ngay");
    }
    // printed without marks: the noun when a number or "làm việc"/"ký" follows
    return num(i + 1) || words(i + 1, "lam", "viec") > 0 || word(i + 1, "ky")
        || word(i + 1, "cuoi");
  }

  private boolean word(int i, String w) {
    return i >= 0 && i < t.size() && t.get(i).isWord(w);
  }

  private int words(int i, String... ws) {
    for (int k = 0; k < ws.length; k++) {
      if (!word(i + k, ws[k])) {
        return -1;
      }
    }
    return i + ws.length;
  }

  private boolean num(int i) {
    return i >= 0 && i < t.size() && t.get(i).isNumber() && t.get(i).value() >= 0;
  }

  private boolean sep(int i) {
    return i < t.size() && (t.get(i).isMark('/') || t.get(i).isMark('-') || t.get(i).isMark('.'));
  }

  /** A four-digit year from 1900 to 2199 at {@code i}, else -1. */
  private int year(int i) {
    if (!num(i) || t.get(i).norm().length() != 4) {
      return -1;
    }
    int y = t.get(i).value();
    return y >= 1900 && y < 2200 ? y : -1;
  }

  /** {@code hằng năm}, {@code hàng tháng}, {@code mỗi quý}: the index after it, else -1. */
  private int every(int i, String unit) {
    Words.Match ev = Words.match(t, i, "every");
    if (ev == null || !word(ev.end(), unit)) {
      return -1;
    }
    return ev.end() + 1;
  }

  /** A count written in digits or words ({@code 10}, {@code mười}, {@code 06}), else -1. */
  private int count(int i) {
    if (i >= t.size()) {
      return -1;
    }
    if (num(i)) {
      int v = t.get(i).value();
      return v > 0 && v <= 366 ? v : -1;
    }
    Words.Match m = Words.match(t, i, "number");
    return m == null ? -1 : Integer.parseInt(m.value());
  }

  private int countEnd(int i) {
    if (num(i)) {
      return i + 1;
    }
    Words.Match m = Words.match(t, i, "number");
    return m == null ? i : m.end();
  }

  private String span(int start, int end) {
    return text.substring(start, Math.max(start, end));
  }
}
