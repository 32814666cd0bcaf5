/** Calendar arithmetic in UTC on day numbers (days since 1970-01-01). Pure, timezone independent. */
import type { Precision } from '../types';

export interface Ymd {
  y: number;
  m: number;
  d: number;
}

const DAY_MS = 86400000;

export function dayNumber(y: number, m: number, d: number): number {
  return Math.floor(Date.UTC(y, m - 1, d) / DAY_MS);
}

export function fromDayNumber(n: number): Ymd {
  const dt = new Date(n * DAY_MS);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function weekday(n: number): number {
  return ((((n + 3) % 7) + 7) % 7) + 1; // 1970-01-01 was a Thursday
}

export function parseIsoDate(s: string): Ymd | null {
  const m = s.match(/^(\d{4})-(\d{2})-(\d{2})/);
  if (!m) return null;
  const ymd = { y: +m[1], m: +m[2], d: +m[3] };
  return validDate(ymd.y, ymd.m, ymd.d) ? ymd : null;
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function validDate(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

export const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

export function isoDay(n: number): string {
  const { y, m, d } = fromDayNumber(n);
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}

/** ISO-8601 week of a day number: the year that owns the week and its number. */
export function isoWeek(n: number): { year: number; week: number } {
  const thursday = n - weekday(n) + 4;
  const year = fromDayNumber(thursday).y;
  const jan1 = dayNumber(year, 1, 1);
  return { year, week: Math.floor((thursday - jan1) / 7) + 1 };
}

/** Day number of the Monday of ISO week `week` of `year`. */
export function isoWeekStart(year: number, week: number): number {
  const jan4 = dayNumber(year, 1, 4);
  return jan4 - weekday(jan4) + 1 + (week - 1) * 7;
}

export function weekValue(n: number): string {
  const { year, week } = isoWeek(n);
  return `${pad(year, 4)}-W${pad(week)}`;
}

/** Adds months to a (year, month) pair. */
export function addMonths(y: number, m: number, k: number): { y: number; m: number } {
  const t = y * 12 + (m - 1) + k;
  return { y: Math.floor(t / 12), m: (((t % 12) + 12) % 12) + 1 };
}

const SEASON_START: Record<string, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };

/** The calendar range [start, end) and precision a TIMEX3 value pins, or nulls. */
export function rangeOf(value: string): { start: string | null; end: string | null; precision: Precision | null } {
  const none = { start: null, end: null, precision: null };
  let m: RegExpMatchArray | null;
  const day = (a: number, b: number, precision: Precision) => ({ start: isoDay(a), end: isoDay(b), precision });
  if ((m = value.match(/^(\d{4})-(\d{2})-(\d{2})(T.*)?$/))) {
    if (!validDate(+m[1], +m[2], +m[3])) return none;
    const n = dayNumber(+m[1], +m[2], +m[3]);
    return day(n, n + 1, m[4] ? 'TIME' : 'DAY');
  }
  if ((m = value.match(/^(\d{4})-W(\d{2})(-WE)?$/))) {
    const s = isoWeekStart(+m[1], +m[2]);
    return m[3] ? day(s + 5, s + 7, 'WEEK') : day(s, s + 7, 'WEEK');
  }
  if ((m = value.match(/^(\d{4})-(\d{2})$/))) {
    const y = +m[1];
    const mo = +m[2];
    if (mo < 1 || mo > 12) return none;
    const e = addMonths(y, mo, 1);
    return day(dayNumber(y, mo, 1), dayNumber(e.y, e.m, 1), 'MONTH');
  }
  if ((m = value.match(/^(\d{4})-Q([1-4])$/))) {
    const mo = (+m[2] - 1) * 3 + 1;
    const e = addMonths(+m[1], mo, 3);
    return day(dayNumber(+m[1], mo, 1), dayNumber(e.y, e.m, 1), 'QUARTER');
  }
  if ((m = value.match(/^(\d{4})-H([12])$/))) {
    const mo = m[2] === '1' ? 1 : 7;
    const e = addMonths(+m[1], mo, 6);
    return { start: isoDay(dayNumber(+m[1], mo, 1)), end: isoDay(dayNumber(e.y, e.m, 1)), precision: null };
  }
  if ((m = value.match(/^(\d{4})-(SP|SU|FA|WI)$/))) {
    const mo = SEASON_START[m[2]];
    const e = addMonths(+m[1], mo, 3);
    return day(dayNumber(+m[1], mo, 1), dayNumber(e.y, e.m, 1), 'SEASON');
  }
  if ((m = value.match(/^(\d{4})$/))) return day(dayNumber(+m[1], 1, 1), dayNumber(+m[1] + 1, 1, 1), 'YEAR');
  if ((m = value.match(/^(\d{3})$/))) {
    const y = +m[1] * 10;
    return day(dayNumber(y, 1, 1), dayNumber(y + 10, 1, 1), 'DECADE');
  }
  if ((m = value.match(/^(\d{2})$/))) {
    const y = +m[1] * 100;
    return day(dayNumber(y, 1, 1), dayNumber(y + 100, 1, 1), 'CENTURY');
  }
  return none;
}
