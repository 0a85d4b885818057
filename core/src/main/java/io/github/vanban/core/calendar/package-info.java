/**
 * The Vietnamese calendar: the lunisolar calendar computed for UTC+7 ({@link
 * io.github.vanban.core.calendar.LunarCalendar}), the public holidays of the Labour Code
 * 2019 with the days the Government announces ({@link
 * io.github.vanban.core.calendar.VietnamHolidays}), and the counting of time limits in
 * working or calendar days by the Civil Code 2015 ({@link
 * io.github.vanban.core.calendar.WorkingDays}).
 */
@NullMarked
package io.github.vanban.core.calendar;

import org.jspecify.annotations.NullMarked;
