/**
 * Whether two mentions may report the same real-world event: same type, a shared participant, and
 * dates that agree. Dates agree when their ranges overlap after widening each by SLACK_DAYS, because
 * reports of one event often disagree by a day (time zones, "Sunday" vs "Monday"). An undated mention
 * stands for "shortly before it was published".
 */
export const SLACK_DAYS = 2;
const REPORTING_WINDOW_DAYS = 7;
const DAY = 86_400_000;

export interface EventKey {
  type: string;
  actorIds: number[];
  /** Dated range [start, end) in ms, or null. */
  start: number | null;
  end: number | null;
  /** Publication time of the reporting article, ms, or null. */
  reportedAt: number | null;
}

/** The stretch of time a mention can stand for: its dated range, or the days before its report. */
export function eventWindow(e: EventKey): [number, number] | null {
  if (e.start !== null && e.end !== null) return [e.start, e.end];
  if (e.reportedAt !== null) return [e.reportedAt - REPORTING_WINDOW_DAYS * DAY, e.reportedAt + DAY];
  return null;
}

export function sameEvent(a: EventKey, b: EventKey): boolean {
  if (a.type !== b.type) return false;
  if (!a.actorIds.some((id) => b.actorIds.includes(id))) return false;
  const wa = eventWindow(a);
  const wb = eventWindow(b);
  if (wa === null || wb === null) return false;
  const slack = SLACK_DAYS * DAY;
  return wa[0] - slack < wb[1] && wb[0] - slack < wa[1];
}
