/**
 * Approximate timeline ranges for relative expressions that TIMEX3 leaves open: PAST_REF ("recently",
 * "in recent months"), PRESENT_REF ("now"), FUTURE_REF ("the near future") and durations anchored at
 * the publication date ("the past two months", "in the coming weeks", "a few years ago"). The TIMEX3
 * value is kept; only start/end/precision are filled, and only when a publication date is known.
 * Pure: day numbers in, ISO dates out, UTC calendar arithmetic. See docs/time-and-events.md.
 */
import type { Precision } from '../types';
import { addMonths, daysInMonth, dayNumber, fromDayNumber, isoDay } from './calendar';

export interface Range {
  start: string;
  end: string;
  precision: Precision;
}

/** Default reach of a vague plural ("recent months", "the coming weeks", "years ago"), in months or days. */
const VAGUE: Record<string, { days?: number; months?: number; precision: Precision }> = {
  minute: { days: 1, precision: 'DAY' },
  hour: { days: 1, precision: 'DAY' },
  day: { days: 7, precision: 'DAY' },
  week: { months: 1, precision: 'WEEK' },
  weekend: { months: 1, precision: 'WEEK' },
  month: { months: 6, precision: 'MONTH' },
  quarter: { months: 12, precision: 'QUARTER' },
  year: { months: 60, precision: 'YEAR' },
  time: { months: 60, precision: 'YEAR' },
  decade: { months: 360, precision: 'DECADE' },
  generation: { months: 600, precision: 'DECADE' },
  century: { months: 1200, precision: 'CENTURY' },
};
/** One unit, for the near edge of "a few years ago" and for exact amounts ("the past two months"). */
const ONE: Record<string, { days?: number; months?: number }> = {
  minute: { days: 0 }, hour: { days: 0 }, day: { days: 1 }, week: { days: 7 }, weekend: { days: 7 }, month: { months: 1 },
  quarter: { months: 3 }, year: { months: 12 }, time: { months: 12 }, decade: { months: 120 }, generation: { months: 300 },
  century: { months: 1200 },
};

const UNIT_WORD = /^(minute|hour|day|week|weekend|month|quarter|year|time|decade|generation|centur)(y|ies|s)?$/;

function unitOf(words: string[]): string | null {
  for (const w of words) {
    const m = w.match(UNIT_WORD);
    if (m) return m[1] === 'centur' ? 'century' : m[1];
  }
  return null;
}

/** Day number shifted by whole months (day of month clamped) and days. */
function shift(n: number, months: number, days: number): number {
  let out = n;
  if (months !== 0) {
    const d = fromDayNumber(n);
    const t = addMonths(d.y, d.m, months);
    out = dayNumber(t.y, t.m, Math.min(d.d, daysInMonth(t.y, t.m)));
  }
  return out + days;
}

function amount(unit: string, n: number): { months: number; days: number } {
  const o = ONE[unit] ?? { days: 1 };
  const months = (o.months ?? 0) * n;
  const days = (o.days ?? 0) * n;
  // fractions of a month ("a month and a half") are taken in days
  if (!Number.isInteger(months)) return { months: 0, days: Math.round(months * 30.44) + days };
  return { months, days: Math.round(days) };
}

const range = (a: number, b: number, precision: Precision): Range => ({ start: isoDay(a), end: isoDay(Math.max(b, a + 1)), precision });

/** Length of an ISO duration value with one unit, in months and days: P2M, P10Y, P3W, PT24H; null for PXM. */
function durationLength(value: string): { months: number; days: number } | null {
  const m = value.match(/^P(T?)(\d+(?:\.\d+)?)([YMWDQEH])$/);
  if (!m) return null;
  const n = +m[2];
  if (m[1] === 'T') return m[3] === 'H' ? { months: 0, days: Math.ceil(n / 24) } : { months: 0, days: 0 };
  const perMonth: Record<string, number> = { Y: 12, M: 1, Q: 3, E: 120 };
  if (perMonth[m[3]] !== undefined) {
    const months = n * perMonth[m[3]];
    return Number.isInteger(months) ? { months, days: 0 } : { months: 0, days: Math.round(months * 30.44) };
  }
  return { months: 0, days: Math.round(n * (m[3] === 'W' ? 7 : 1)) };
}

const PAST_LEADS = new Set(['past', 'last', 'recent', 'previous', 'preceding', 'prior', 'ago', 'earlier']);
const FUTURE_LEADS = new Set(['next', 'coming', 'upcoming', 'future']);

/**
 * The approximate range of a relative expression given its lower-case words, TIMEX3 type and value, and
 * the publication day number; null when it is not such an expression or when there is no publication date.
 */
export function relativeRange(words: string[], type: string, value: string, dct: number | null): Range | null {
  if (dct === null) return null;
  if (value === 'PRESENT_REF') return range(dct, dct + 1, 'DAY');
  const unit = unitOf(words);
  const ago = words.includes('ago') || (words.includes('earlier') && unit !== null && type !== 'DURATION');
  const fromNow = words.includes('from') && words.includes('now');
  let dir: -1 | 1 | 0 = 0;
  if (value === 'PAST_REF') dir = -1;
  else if (value === 'FUTURE_REF') dir = 1;
  else if (type === 'DURATION') {
    if (words.some((w) => PAST_LEADS.has(w))) dir = -1;
    else if (words.some((w) => FUTURE_LEADS.has(w))) dir = 1;
  }
  if (dir === 0) return null;
  if (unit === null) {
    // no unit word: the adverbs and the open past or future
    if (words.some((w) => w === 'recently' || w === 'lately' || w === 'recent')) return range(shift(dct, -1, 0), dct, 'WEEK');
    if (dir > 0 && words.some((w) => w === 'near' || w === 'short' || w === 'soon' || w === 'shortly')) return range(dct, shift(dct, 6, 0), 'MONTH');
    if (dir > 0) return range(dct, shift(dct, 120, 0), 'DECADE');
    return range(shift(dct, -120, 0), dct, 'DECADE');
  }
  const vague = VAGUE[unit];
  if (!vague) return null;
  const exact = type === 'DURATION' ? durationLength(value) : null;
  const far = exact ?? { months: vague.months ?? 0, days: vague.days ?? 0 };
  const precision = vague.precision;
  if (ago || fromNow) {
    // "a few years ago": between one unit and the default reach back; "hours ago" is the day or the one before
    const near = unit === 'hour' || unit === 'minute' ? { months: 0, days: 0 } : amount(unit, 1);
    if (dir < 0 || ago) return range(shift(dct, -far.months, -far.days), shift(dct, -near.months, -near.days) + (near.days === 0 && near.months === 0 ? 1 : 0), precision);
    return range(shift(dct, near.months, near.days), shift(dct, far.months, far.days) + 1, precision);
  }
  if (unit === 'hour' || unit === 'minute') return dir < 0 ? range(dct - 1, dct + 1, 'DAY') : range(dct, dct + 2, 'DAY');
  if (dir < 0) return range(shift(dct, -far.months, -far.days), dct, precision);
  return range(dct, shift(dct, far.months, far.days), precision);
}
