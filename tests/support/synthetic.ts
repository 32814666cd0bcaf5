import { rng } from '../../eval/seeded-random';

export { rng };

const FIRST = ['Lena', 'Paul', 'Maria', 'Omar', 'Kenji', 'Ada', 'Tomas', 'Priya', 'Jonas', 'Elif'];
const LAST = ['Ortiz', 'Brandt', 'Kowalski', 'Haddad', 'Sato', 'Lindqvist', 'Novak', 'Raman', 'Weber', 'Demir'];
const ROLES = ['Finance Minister', 'Mayor', 'Senator', 'Governor', 'Foreign Minister'];
const PLACES = ['Northland', 'Southland', 'Eastmark', 'Westvale'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];

/**
 * A short news-like article built from a small cast, so that articles share actors: a direct quote,
 * reported speech and a meeting. Distinct for each n.
 */
export function syntheticNews(n: number): string {
  const r = rng(n * 7919 + 1);
  const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)];
  const a = `${pick(FIRST)} ${pick(LAST)}`;
  let b = `${pick(FIRST)} ${pick(LAST)}`;
  if (b === a) b = `${pick(FIRST)} ${pick(LAST)}x`;
  const role = pick(ROLES);
  const place = pick(PLACES);
  return [
    `${role} ${a} met ${b} in ${place} on ${pick(DAYS)} to discuss trade.`,
    `"We agreed on item ${n} of the plan," ${a} said after the meeting.`,
    `${b} told reporters that the talks had been difficult but that ${place} would sign the deal next month.`,
    `Officials said the agreement, number ${n}, would take effect in ${2020 + (n % 5)}.`,
  ].join('\n');
}
