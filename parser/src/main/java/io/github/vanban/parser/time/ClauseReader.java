package io.github.vanban.parser.time;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.vanban.core.calendar.LunarCalendar;
import io.github.vanban.core.deadline.Deadline;
import io.github.vanban.core.deadline.Period;
import io.github.vanban.core.deadline.RecurrenceRule;
import io.github.vanban.parser.time.PeriodReader.PeriodUnit;
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

  /** A month without a year after a marker ({@code trong tháng 6}, {@code trước tháng 6}). */
  private record MonthMention(int month, boolean before, Tier tier, String text, int start) {}

  private static final int EVENT_TEXT_TOKENS = 14;

  private final String text;
  private final List<Token> t;
  private final Cursor c;
  private final PeriodReader periodReader;
  private final DocumentYear documentYear;
  private final Optional<LocalDate> documentDate;

  private final List<DateMention> dates = new ArrayList<>();
  private final List<MonthMention> months = new ArrayList<>();
  private final List<Found> found = new ArrayList<>();
  /** Periods named anywhere in the clause (hằng năm, báo cáo quý, định kỳ 6 tháng). */
  private final Set<Period> periods = EnumSet.noneOf(Period.class);
  private boolean bareRegular;
  private boolean daily;
  private final boolean allRules;

  ClauseReader(String text, List<Token> tokens, Optional<LocalDate> documentDate) {
    this(text, tokens, documentDate, false);
  }

  /**
   * A reader; with {@code allRules} its scan tries every rule at every token (the full scan,
   * kept for the test that the scan by word finds the same), else only the rules the token
   * may begin.
   */
  ClauseReader(String text, List<Token> tokens, Optional<LocalDate> documentDate,
      boolean allRules) {
    this.allRules = allRules;
    this.text = text;
    this.t = tokens;
    this.c = new Cursor(text, tokens);
    this.periodReader = new PeriodReader(tokens, c);
    this.documentYear = new DocumentYear(documentDate);
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
      int rules = rulesAt(i);
      if (rules == 0) {
        marker = -1; // what the last branch below does: every test fails on this token
        i++;
        continue;
      }
      Words.Match m;
      int e;
      if (has(rules, TIME_LIMIT) && (e = timeLimit(i)) > 0) {
        marker = -1;
        i = e;
        continue;
      }
      if (has(rules, MARKER) && (m = markerAt(i)) != null) {
        marker = i;
        markerValue = m.value();
        i = m.end();
        continue;
      }
      if (marker >= 0 && has(rules, FILLER) && (e = fillerAt(i)) > 0) {
        i = e;
        continue;
      }
      if (t.get(i).type() == Token.Type.MARK) {
        marker = -1; // no phrase starts with a punctuation mark
        i++;
        continue;
      }
      if (has(rules, DATE) && (e = datePhrase(i, marker, markerValue)) > 0) {
        i = e; // the marker stays for a coordinated date: trước ngày 05/6 và 05/12
        continue;
      }
      if (has(rules, MONTH) && (e = monthPhrase(i, marker, markerValue)) > 0) {
        i = e; // the marker stays: trong tháng 6 và tháng 12
        continue;
      }
      if (has(rules, QUARTER) && (e = quarterPhrase(i, marker, markerValue)) > 0
          || has(rules, HALF_YEAR) && (e = halfYearPhrase(i, marker, markerValue)) > 0
          || has(rules, TET) && (e = tet(i, marker)) > 0
          || has(rules, YEAR) && (e = yearPhrase(i, marker, markerValue)) > 0
          || has(rules, END_OF_EVERY) && (e = endOfEvery(i)) > 0
          || has(rules, WEEKDAY_EVERY) && (e = weekdayEvery(i)) > 0
          || has(rules, REGULAR) && (e = regular(i)) > 0
          || has(rules, REPORT_NOUN) && (e = reportNoun(i)) > 0
          || has(rules, EVENT) && (e = event(i)) > 0) {
        marker = -1;
        i = e;
        continue;
      }
      marker = -1;
      i++;
    }
  }

  // The rules of scan, one bit each, in the order scan tries them.
  private static final int TIME_LIMIT = 1;
  private static final int MARKER = 1 << 1;
  private static final int FILLER = 1 << 2;
  private static final int DATE = 1 << 3;
  private static final int MONTH = 1 << 4;
  private static final int QUARTER = 1 << 5;
  private static final int HALF_YEAR = 1 << 6;
  private static final int TET = 1 << 7;
  private static final int YEAR = 1 << 8;
  private static final int END_OF_EVERY = 1 << 9;
  private static final int WEEKDAY_EVERY = 1 << 10;
  private static final int REGULAR = 1 << 11;
  private static final int REPORT_NOUN = 1 << 12;
  private static final int EVENT = 1 << 13;
  /** Every rule: what the full scan tries at every token. */
  static final int ALL_RULES = (1 << 14) - 1;

  /**
   * The rules that may match at a number: a time of day after a marker ({@code 16 giờ}), a
   * date ({@code 05/12}), {@code 6 tháng đầu năm}, {@code 6 tháng một lần}.
   */
  private static final int NUMBER_RULES = FILLER | DATE | HALF_YEAR | REGULAR;

  /** The rules that begin with a literal word rather than a phrase of a {@link Words} group. */
  private static final ImmutableMap<String, Integer> LITERAL_RULES =
      ImmutableMap.<String, Integer>builder()
      .put("trong", TIME_LIMIT).put("cham", TIME_LIMIT).put("khong", TIME_LIMIT)
      .put("sau", TIME_LIMIT)
      .put("ngay", DATE | END_OF_EVERY | EVENT) // ngày 15, ngày cuối tháng, ngay (at once)
      .put("thang", MONTH).put("quy", QUARTER).put("nam", YEAR).put("cuoi", END_OF_EVERY)
      .put("dinh", REGULAR)
      .buildOrThrow();

  /**
   * The rules each of the words of {@link Words.Openings#all()} may begin, by its id: those
   * of the groups it opens, and those that begin with it as a literal word ({@link
   * #LITERAL_RULES}). Built once from the tables; every other word begins no rule.
   */
  private static final int[] RULES_BY_WORD = rulesByWord();

  private static int[] rulesByWord() {
    for (String word : LITERAL_RULES.keySet()) {
      if (!Words.openedBy(word).opens(Words.ENTRY)) {
        throw new IllegalStateException(word + " begins a rule but is no entry word");
      }
    }
    ImmutableList<Words.Openings> words = Words.Openings.all();
    int[] out = new int[words.size() + 1];
    for (Words.Openings w : words) {
      out[w.id()] = rulesOfGroups(w) | LITERAL_RULES.getOrDefault(w.word(), 0);
    }
    return out;
  }

  private static int rulesOfGroups(Words.Openings w) {
    int rules = 0;
    rules |= w.opens(Words.MARKER) ? MARKER : 0;
    rules |= w.opens(Words.FILLER) || w.opens(Words.WEEKDAY) ? FILLER : 0;
    rules |= w.opens(Words.NUMBER) ? HALF_YEAR | REGULAR : 0;
    rules |= w.opens(Words.TET) ? TET : 0;
    rules |= w.opens(Words.WEEKDAY) ? WEEKDAY_EVERY : 0;
    rules |= w.opens(Words.EVERY) ? REGULAR : 0;
    rules |= w.opens(Words.REPORT) ? REPORT_NOUN : 0;
    rules |= w.opens(Words.EVENT) ? EVENT : 0;
    return rules;
  }

  /**
   * The rules of {@link #scan} that may match at token {@code i}, a superset of those that
   * do: all of them for the full scan, else those its word, number or mark may begin.
   */
  private int rulesAt(int i) {
    if (allRules) {
      return ALL_RULES;
    }
    Token k = t.get(i);
    switch (k.type()) {
      case NUMBER:
        return NUMBER_RULES | RULES_BY_WORD[k.opens().id()];
      case MARK:
        return k.isMark(',') || k.isMark(':') || k.isMark('(') || k.isMark(')') ? FILLER : 0;
      default:
        return RULES_BY_WORD[k.opens().id()];
    }
  }

  private static boolean has(int rules, int rule) {
    return (rules & rule) != 0;
  }

  private Words.Match markerAt(int i) {
    Words.Match m = Words.match(t, i, Words.MARKER);
    if (m == null) {
      return null;
    }
    // "trong" only marks a date, month, quarter or year (not "trong thời gian", "trong đó");
    // after "kết quả", "tình hình" … it names the period a report covers
    if (t.get(i).isWord("trong") && m.end() == i + 1) {
      if (!startsTimeNoun(i + 1)) {
        return null;
      }
      if (c.endsWith(i, Words.COVERAGE)) {
        return new Words.Match("COVER", m.end());
      }
      if (c.word(i + 1, "nam") && !c.endsWith(i, Words.COMPLETION)) {
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
    return i < t.size() && (c.isDayWord(i) || t.get(i).isWord("thang") || t.get(i).isWord("quy")
        || t.get(i).isWord("nam") || t.get(i).isNumber());
  }

  /** Filler between a marker and its date: là, hết, của, a time of day (16 giờ, 16h00), ','. */
  private int fillerAt(int i) {
    Token k = t.get(i);
    if (k.isMark(',') || k.isMark(':') || k.isMark('(') || k.isMark(')')) {
      return i + 1;
    }
    Words.Match weekday = Words.match(t, i, Words.WEEKDAY);
    if (weekday != null && c.every(weekday.end(), "tuan") < 0) {
      return weekday.end(); // trước thứ Sáu, ngày 15/3
    }
    int e = timeOfDay(i);
    if (e > 0) {
      return e;
    }
    if (k.type() == Token.Type.WORD && !c.isDayWord(i)) {
      Words.Match m = Words.match(t, i, Words.FILLER);
      if (m != null) {
        return m.end();
      }
    }
    return -1;
  }

  /** {@code 16 giờ}, {@code 16h}, {@code 16h00}, {@code 16 giờ 30 phút}. */
  private int timeOfDay(int i) {
    if (!c.num(i) || t.get(i).value() > 24) {
      return -1;
    }
    int j = i + 1;
    if (j < t.size() && (t.get(j).isWord("gio") || t.get(j).isWord("h"))) {
      j++;
      if (c.num(j) && t.get(j).value() < 60) {
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
    if (c.isDayWord(i)) {
      ngay = true;
      j++;
    }
    if (!c.num(j)) {
      return -1;
    }
    int day = t.get(j).value();
    if (day < 1 || day > 31) {
      return -1;
    }
    j++;
    int month = 0;
    int year = 0;
    if (c.sep(j) && c.num(j + 1) && t.get(j + 1).value() >= 1 && t.get(j + 1).value() <= 12) {
      month = t.get(j + 1).value();
      j += 2;
      if (c.yearAfter(j) > 0) {
        year = c.yearAfter(j);
        j += 2;
      }
    } else if (c.word(j, "thang") && c.num(j + 1) && t.get(j + 1).value() >= 1
        && t.get(j + 1).value() <= 12) {
      month = t.get(j + 1).value();
      j += 2;
      if (c.word(j, "nam") && c.year(j + 1) > 0) {
        year = c.year(j + 1);
        j += 2;
      } else if (c.sep(j) && c.year(j + 1) > 0) {
        year = c.year(j + 1);
        j += 2;
      }
    }
    if (month == 0 && !ngay) {
      return -1;
    }
    int phraseEnd = j;
    DayAnchor anchor = DayAnchor.NONE;
    int k = j;
    if (c.word(k, "cua")) {
      k++;
    }
    if (month == 0) {
      int e;
      if ((e = c.words(k, "thang", "cuoi", "cung", "cua", "quy")) > 0
          || (e = c.words(k, "thang", "cuoi", "cua", "quy")) > 0
          || (e = c.words(k, "thang", "cuoi", "quy")) > 0) {
        anchor = DayAnchor.QUARTER_END;
        j = e;
      } else if ((e = nextQuarterStart(k)) > 0) {
        anchor = DayAnchor.NEXT_QUARTER_START;
        j = e;
      } else if ((e = nextWord(k, "thang")) > 0) {
        anchor = DayAnchor.NEXT_MONTH;
        j = e;
      } else if ((e = c.words(k, "thang", "bao", "cao")) > 0) {
        anchor = DayAnchor.EVERY_MONTH; // ngày 25 của tháng báo cáo
        j = e;
      } else if (c.every(k, "thang") > 0) {
        anchor = DayAnchor.EVERY_MONTH;
      } else if (c.every(k, "quy") > 0 || c.words(k, "cuoi", "quy") > 0) {
        return -1; // a day "of every quarter" names no month: leave it to the regime
      }
    } else if (year == 0) {
      int e = nextWord(k, "nam");
      if (e > 0) {
        anchor = DayAnchor.NEXT_YEAR;
        j = e;
      } else if ((e = c.words(k, "nam", "bao", "cao")) > 0 || (e = c.words(k, "ky", "bao", "cao")) > 0) {
        anchor = DayAnchor.EVERY_YEAR; // ngày 15/11 của năm báo cáo
        j = e;
      }
    }
    boolean recurs = anchor != DayAnchor.NONE || c.every(j, "nam") > 0 || c.every(j, "thang") > 0;
    boolean marked = marker >= 0;
    if (!marked && !recurs) {
      return -1; // a date no marker introduces: the date of a cited document, a period
    }
    String phrase;
    if (marked && lastDateEndsRightBefore(i, marker)) {
      // a coordinated day (… và 05/12): the marker's words, then this day
      phrase = markerText(marker, !c.isDayWord(i)) + " " + c.span(t.get(i).start(), t.get(j - 1).end());
    } else if (marked) {
      phrase = c.span(t.get(marker).start(), t.get(j - 1).end());
    } else {
      phrase = c.span(t.get(i).start(), t.get(j - 1).end());
    }
    int tail = c.every(j, "nam") > 0 ? c.every(j, "nam") : c.every(j, "thang");
    if (tail > 0) {
      phrase = phrase + " " + c.span(t.get(j).start(), t.get(tail - 1).end());
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
    Words.Match m = Words.match(t, marker, Words.MARKER);
    int e = m != null ? m.end() : marker + 1;
    String s = c.span(t.get(marker).start(), t.get(e - 1).end());
    return withDayWord && e < t.size() && c.isDayWord(e) ? s + " " + t.get(e).printed() : s;
  }

  private int nextQuarterStart(int k) {
    int e;
    if ((e = c.words(k, "thang", "dau")) > 0 || (e = c.words(k, "thang", "thu", "nhat")) > 0) {
      int q = e;
      if (c.word(q, "tien")) {
        q++;
      }
      if (c.word(q, "cua")) {
        q++;
      }
      if (c.word(q, "quy")) {
        int after = nextAfter(q + 1);
        return after > 0 ? after : -1;
      }
    }
    return -1;
  }

  /** {@code tháng sau}, {@code tháng tiếp theo}, {@code năm sau}, {@code năm kế tiếp}. */
  private int nextWord(int k, String unit) {
    if (!c.word(k, unit)) {
      return -1;
    }
    return nextAfter(k + 1);
  }

  private int nextAfter(int k) {
    if (c.word(k, "sau") && !(k + 1 < t.size() && t.get(k + 1).isWord("khi"))) {
      return k + 1;
    }
    int e;
    if ((e = c.words(k, "tiep", "theo")) > 0 || (e = c.words(k, "ke", "tiep")) > 0
        || (e = c.words(k, "lien", "ke")) > 0) {
      return e;
    }
    return -1;
  }

  /** {@code tháng 4/2020}, {@code tháng 4 năm 2020}, {@code tháng 12} after a marker. */
  private int monthPhrase(int i, int marker, String markerValue) {
    if (!c.word(i, "thang") || !c.num(i + 1)) {
      return -1;
    }
    int month = t.get(i + 1).value();
    if (month < 1 || month > 12) {
      return -1;
    }
    int j = i + 2;
    int year = 0;
    if (c.yearAfter(j) > 0) {
      year = c.yearAfter(j);
      j += 2;
    }
    int tail = c.every(j, "nam");
    if (marker < 0 && tail < 0) {
      return -1;
    }
    int start = marker >= 0 ? t.get(marker).start() : t.get(i).start();
    if (tail > 0 && year == 0) {
      periods.add(Period.YEARLY);
      found.add(new Found(Deadline.recurring(RecurrenceRule.of(RecurrenceRule.Frequency.YEARLY,
          Set.of(month), Set.of(-1)), c.span(start, t.get(tail - 1).end())), Tier.FIXED,
          t.get(i).start()));
      return tail;
    }
    if (marker < 0) {
      return -1;
    }
    String phrase = c.span(start, t.get(j - 1).end());
    boolean before = markerValue.equals("BEFORE");
    Tier tier = tierOf(markerValue);
    if (year == 0) {
      // trong tháng 6 và tháng 12 hằng năm: whether it recurs is known at the end
      months.add(new MonthMention(month, before, tier, phrase, t.get(i).start()));
      return j;
    }
    Optional<LocalDate> end = documentYear.periodEnd(year, month, 1, before);
    end.ifPresent(d -> found.add(new Found(Deadline.on(d, phrase), tier, t.get(i).start())));
    return j;
  }

  /** {@code quý II/2021}, {@code quý 2 năm 2021}, {@code quý IV} after a marker. */
  private int quarterPhrase(int i, int marker, String markerValue) {
    if (!c.word(i, "quy") || i + 1 >= t.size()) {
      return -1;
    }
    int q = c.quarterNumber(i + 1);
    if (q < 0 || marker < 0) {
      return -1;
    }
    int j = i + 2;
    int year = 0;
    if (c.yearAfter(j) > 0) {
      year = c.yearAfter(j);
      j += 2;
    }
    int start = t.get(marker).start();
    String phrase = c.span(start, t.get(j - 1).end());
    Tier tier = tierOf(markerValue);
    documentYear.periodEnd(year, q * 3 - 2, 3, markerValue.equals("BEFORE"))
        .ifPresent(d -> found.add(new Found(Deadline.on(d, phrase), tier, start)));
    return j;
  }

  private static Tier tierOf(String markerValue) {
    return markerValue.equals("COVER") ? Tier.COVERAGE : Tier.FIXED;
  }

  /** {@code trước Tết Nguyên đán (Tân Sửu) (2021)}: the eve of the lunar new year. */
  private int tet(int i, int marker) {
    Words.Match m = Words.match(t, i, Words.TET);
    if (m == null || marker < 0) {
      return -1;
    }
    int e = m.end();
    // an optional name of the year (two words: Tân Sửu) and an optional number
    int year = 0;
    for (int k = e; k < Math.min(t.size(), e + 3); k++) {
      if (c.year(k) > 0) {
        year = c.year(k);
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
    found.add(new Found(Deadline.on(eve, c.span(start, t.get(e - 1).end())), Tier.FIXED, start));
    return e;
  }




  /** {@code 6 tháng đầu năm 2021}, {@code sáu tháng cuối năm}, {@code 9 tháng đầu năm}. */
  private int halfYearPhrase(int i, int marker, String markerValue) {
    int n = c.count(i);
    if (n < 0) {
      return -1;
    }
    int j = c.countEnd(i);
    if (!c.word(j, "thang") || !(c.word(j + 1, "dau") || c.word(j + 1, "cuoi")) || !c.word(j + 2, "nam")) {
      return -1;
    }
    boolean first = c.word(j + 1, "dau");
    if (n < 1 || n > 12 || (!first && n != 6 && n != 3)) {
      return -1;
    }
    int e = j + 3;
    int year = 0;
    if (c.year(e) > 0) {
      year = c.year(e);
      e++;
    } else if (c.word(e, "nay")) {
      e++;
    }
    int lastMonth = first ? n : 12;
    int start = marker >= 0 ? t.get(marker).start() : t.get(i).start();
    String phrase = c.span(start, t.get(e - 1).end());
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
    if (marker < 0 || !c.word(i, "nam") || c.year(i + 1) < 0) {
      return -1;
    }
    int year = c.year(i + 1);
    int start = t.get(marker).start();
    String phrase = c.span(start, t.get(i + 1).end());
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
    int cuoi = i;
    boolean day = false;
    if (c.isDayWord(i) && c.word(i + 1, "cuoi")) {
      cuoi = i + 1;
      day = true;
    }
    if (!c.word(cuoi, "cuoi")) {
      return -1;
    }
    int k = cuoi + 1;
    if (day) {
      if (c.word(k, "cung")) {
        k++;
      }
      if (c.word(k, "cua")) {
        k++;
      }
      int e = c.every(k, "thang") > 0 || c.every(k, "quy") > 0 || c.every(k, "nam") > 0 ? k
          : (c.word(k, "thang") || c.word(k, "quy") || c.word(k, "nam")) && !c.num(k + 1)
              && c.quarterNumber(k + 1) < 0 ? k : -1;
      if (e < 0) {
        return -1;
      }
      k = e;
      if (Words.match(t, k, Words.EVERY) == null) {
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
    found.add(new Found(Deadline.recurring(rule, c.span(s, t.get(end - 1).end())), Tier.FIXED, s));
    return end;
  }

  private int endOfEveryAt(int i, int k) {
    RecurrenceRule rule;
    int e;
    if ((e = c.every(k, "thang")) > 0) {
      rule = RecurrenceRule.monthly(-1);
    } else if ((e = c.every(k, "quy")) > 0) {
      rule = RecurrenceRule.of(RecurrenceRule.Frequency.YEARLY, Set.of(3, 6, 9, 12), Set.of(-1));
    } else if ((e = c.every(k, "nam")) > 0) {
      rule = RecurrenceRule.yearly(12, 31);
    } else {
      return -1;
    }
    int start = t.get(i).start();
    found.add(new Found(Deadline.recurring(rule, c.span(start, t.get(e - 1).end())), Tier.FIXED,
        start));
    return e;
  }

  /** {@code thứ Sáu hằng tuần} → {@code FREQ=WEEKLY;BYDAY=FR}. */
  private int weekdayEvery(int i) {
    Words.Match m = Words.match(t, i, Words.WEEKDAY);
    if (m == null) {
      return -1;
    }
    int e = c.every(m.end(), "tuan");
    if (e < 0) {
      return -1;
    }
    int start = t.get(i).start();
    DayOfWeek day = weekday(m.value());
    found.add(new Found(Deadline.recurring(RecurrenceRule.weekly(day),
        c.span(start, t.get(e - 1).end())), Tier.FIXED, start));
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
    if (c.words(i, "dinh", "ky") > 0) {
      List<PeriodUnit> units = new ArrayList<>();
      int j = periodReader.periodList(i + 2, true, units);
      if (!c.negated(i)) {
        if (units.isEmpty()) {
          bareRegular = true;
          found.add(new Found(Deadline.periodic(null, c.span(t.get(i).start(), t.get(i + 1).end())),
              Tier.BARE_REGULAR, t.get(i).start()));
        }
        for (int k = 0; k < units.size(); k++) {
          PeriodUnit u = units.get(k);
          addPeriod(u, k == 0 ? t.get(i).start() : t.get(u.start()).start());
        }
      }
      return units.isEmpty() ? i + 2 : units.get(units.size() - 1).end();
    }
    Words.Match ev = Words.match(t, i, Words.EVERY);
    if (ev != null) {
      PeriodUnit u = periodReader.bareUnit(ev.end(), false);
      if (u != null) {
        if (!c.negated(i)) {
          addPeriod(new PeriodUnit(u.period(), u.daily(), i, u.end()), t.get(i).start());
        }
        return u.end();
      }
      return -1;
    }
    // 6 tháng một lần, 03 tháng/lần
    int n = c.count(i);
    if (n > 0) {
      int j = c.countEnd(i);
      PeriodUnit u = periodReader.bareUnit(j, false);
      if (u != null) {
        int e = u.end();
        int once = -1;
        if (e + 1 < t.size() && t.get(e).isMark('/') && c.word(e + 1, "lan")) {
          once = e + 2;
        } else if (c.words(e, "mot", "lan") > 0) {
          once = e + 2;
        } else if (c.num(e) && t.get(e).value() == 1 && c.word(e + 1, "lan")) {
          once = e + 2;
        }
        if (once > 0) {
          Period p = PeriodReader.periodOf(n * u.months(), u);
          if (!c.negated(i)) {
            addPeriod(new PeriodUnit(p, u.daily() && n == 1, i, once, 0), t.get(i).start());
          }
          return once;
        }
      }
    }
    return -1;
  }

  /** {@code báo cáo năm}, {@code báo cáo 06 tháng}, {@code sơ kết 6 tháng}, {@code báo cáo quý}. */
  private int reportNoun(int i) {
    Words.Match m = Words.match(t, i, Words.REPORT);
    if (m == null) {
      return -1;
    }
    int j = m.end();
    if (c.word(j, "dinh") && c.word(j + 1, "ky")) {
      return -1; // báo cáo định kỳ: the regime reads it
    }
    List<PeriodUnit> units = new ArrayList<>();
    int end = periodReader.periodList(j, false, units);
    if (units.isEmpty() || units.get(0).daily()) {
      return -1;
    }
    if (!c.negated(i)) {
      for (int k = 0; k < units.size(); k++) {
        PeriodUnit u = units.get(k);
        if (u.period() != null && !u.daily()) {
          int start = k == 0 ? t.get(i).start() : t.get(u.start()).start();
          periods.add(u.period());
          found.add(new Found(Deadline.periodic(u.period(), c.span(start,
              t.get(u.end() - 1).end())), Tier.REGULAR, start));
        }
      }
    }
    return end;
  }

  private void addPeriod(PeriodUnit u, int start) {
    String phrase = c.span(start, t.get(u.end() - 1).end());
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
    String first = t.get(i).norm();
    if (!(first.equals("trong") || first.equals("cham") || first.equals("khong")
        || first.equals("sau"))) {
      return -1;
    }
    int j;
    if ((j = c.words(i, "trong", "thoi", "han")) < 0 && (j = c.words(i, "trong", "vong")) < 0
        && (j = c.words(i, "trong", "thoi", "gian")) < 0
        && (j = c.words(i, "trong")) < 0 && (j = c.words(i, "cham", "nhat")) < 0
        && (j = c.words(i, "khong", "qua")) < 0 && (j = c.words(i, "sau")) < 0) {
      return -1;
    }
    if (c.word(j, "la")) {
      j++;
    }
    int n = c.count(j);
    if (n <= 0) {
      return -1;
    }
    int k = c.countEnd(j);
    boolean working;
    int unitEnd;
    int unitDays;
    if (c.words(k, "ngay", "lam", "viec") > 0 && c.isDayWord(k)) {
      working = true;
      unitEnd = k + 3;
      unitDays = 1;
    } else if (c.word(k, "ngay") && c.isDayWord(k)) {
      working = false;
      unitEnd = k + 1;
      unitDays = 1;
    } else if (c.word(k, "tuan")) {
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
      if ((s = c.words(k2, "ke", "tu")) > 0 || (s = c.words(k2, "tinh", "tu")) > 0
          || (s = c.words(k2, "tu")) > 0) {
        if (c.isDayWord(s)) {
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
      if (c.words(k2, "sau", "khi") > 0) {
        fromEvent = true;
        end = eventEnd(k2 + 2);
        break;
      }
    }
    int start = t.get(i).start();
    String phrase = c.span(start, t.get(end - 1).end());
    Optional<LocalDate> due = from.flatMap(d -> working ? TimeLimits.addWorkingDays(d, n)
        : TimeLimits.addDays(d, n * unitDays));
    if (due.isPresent()) {
      found.add(new Found(Deadline.on(due.get(), phrase), Tier.FIXED, start));
    } else {
      found.add(new Found(Deadline.onEvent(phrase), Tier.EVENT, start));
    }
    return end;
  }

  /** The day a limit counts from: a stated date, or the document's date for {@code ký}. */
  private Optional<LocalDate> startDate(int i, int[] end) {
    if (c.word(i, "ky") || c.words(i, "ban", "hanh") > 0) {
      end[0] = c.word(i, "ky") ? i + 1 : i + 2;
      return documentDate;
    }
    if (c.num(i) && c.sep(i + 1) && c.num(i + 2)) {
      int day = t.get(i).value();
      int month = t.get(i + 2).value();
      int year;
      int e;
      if (c.sep(i + 3) && c.year(i + 4) > 0) {
        year = c.year(i + 4);
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
    Words.Match m = Words.match(t, i, Words.EVENT);
    if (m != null) {
      if (i > 0 && t.get(i).isWord("truong") && t.get(i - 1).isWord("tru")) {
        return -1; // trừ trường hợp: an exception, not a condition
      }
      int e = eventEnd(m.end());
      int start = t.get(i).start();
      found.add(new Found(Deadline.onEvent(c.span(start, t.get(e - 1).end())), Tier.EVENT, start));
      return e;
    }
    Token k = t.get(i);
    if (k.isWord("ngay") && !c.isDayWord(i) && !c.word(i + 1, "tu") && !c.word(i + 1, "trong")
        && !c.word(i + 1, "tai") && !c.word(i + 1, "nay") && !c.word(i + 1, "sau")
        && !c.word(i + 1, "khi") && !c.word(i + 1, "ca") && !c.word(i + 1, "thang")) {
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
      if (j > i && (Words.match(t, j, Words.STOP) != null || isPurposeWord(k))) {
        break;
      }
      j++;
    }
    return Math.max(j, i);
  }

  /** {@code để} (in order to), told apart from {@code đề} (problem) by its marks. */
  private static boolean isPurposeWord(Token k) {
    if (!k.normIs("de")) {
      return false; // both fold to "de": no need to look at the printed word
    }
    String p = k.printed().toLowerCase(java.util.Locale.ROOT);
    return p.equals("để") || p.equals("de");
  }

  // ---------------------------------------------------------------- resolving

  private void resolveDates() {
    for (DateMention d : dates) {
      resolve(d).ifPresent(dl -> found.add(new Found(dl, Tier.FIXED, d.start())));
    }
    boolean regime = !periods.isEmpty() || bareRegular;
    for (MonthMention m : months) {
      if (regime) {
        // the last day of that month (or of the month before it) every year
        int month = m.before() ? (m.month() == 1 ? 12 : m.month() - 1) : m.month();
        found.add(new Found(Deadline.recurring(RecurrenceRule.of(RecurrenceRule.Frequency.YEARLY,
            Set.of(month), Set.of(-1)), m.text()), m.tier(), m.start()));
      } else {
        documentYear.periodEnd(0, m.month(), 1, m.before()).ifPresent(
            d -> found.add(new Found(Deadline.on(d, m.text()), m.tier(), m.start())));
      }
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
      return Optional.of(Deadline.on(documentYear.rollForward(d.month(), d.day()), d.text()));
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
    List<Found> chosen = new ArrayList<>();
    for (Found f : found) {
      if (f.tier() == best) {
        chosen.add(f);
      }
    }
    if (chosen.size() == 1) {
      return ImmutableList.of(chosen.get(0).deadline());
    }
    chosen.sort(Comparator.comparingInt(Found::start)); // stable: ties keep the order found
    Map<String, Deadline> out = new LinkedHashMap<>();
    for (Found f : chosen) {
      out.putIfAbsent(key(f.deadline()), f.deadline());
    }
    return ImmutableList.copyOf(out.values());
  }

  private static String key(Deadline d) {
    return d.kind() == Deadline.Kind.ON_EVENT ? "ON_EVENT" : d.toString();
  }










}
