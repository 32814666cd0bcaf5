import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildDocument } from '../../../src/extract/document';
import { findEvents } from '../../../src/extract/events';
import { findTimexes } from '../../../src/extract/time';
import type { ActorFinding, ActorKind } from '../../../src/extract/types';

const text = readFileSync(join(__dirname, '../../../seeds/000_06a914ba39d29b72.txt'), 'utf8');
// The article says the deal was signed "on Monday" and that the minister signed "on Sunday": it was
// published on Monday 27 August 2018.
const PUBLISHED = '2018-08-27';

function actor(key: string, name: string, kind: ActorKind, forms: string[]): ActorFinding {
  const mentions = [];
  for (const f of forms) {
    for (let at = text.indexOf(f); at >= 0; at = text.indexOf(f, at + f.length)) {
      mentions.push({ span: [at, at + f.length] as [number, number], kind: 'NAME' as const });
    }
  }
  mentions.sort((a, b) => a.span[0] - b.span[0]);
  return { key, name, kind, title: null, affiliation: null, aliases: [], mentions };
}

describe('seed article: time and events', () => {
  const doc = buildDocument(text);
  const timexes = findTimexes(doc, PUBLISHED);
  const surface = timexes.map((t) => [text.slice(t.span[0], t.span[1]), t.type, t.value]);

  it('publication date is a Monday', () => {
    expect(new Date(`${PUBLISHED}T00:00:00Z`).getUTCDay()).toBe(1);
  });

  it('normalises the dates of the article', () => {
    expect(surface).toContainEqual(['2011', 'DATE', '2011']);
    expect(surface).toContainEqual(['1979', 'DATE', '1979']);
    expect(surface).toContainEqual(['recent months', 'DATE', 'PAST_REF']);
    expect(surface).toContainEqual(['two-day', 'DURATION', 'P2D']);
    expect(surface).toContainEqual(['Sunday', 'DATE', '2018-08-26']);
    expect(surface).toContainEqual(['last week', 'DATE', '2018-W34']);
    expect(surface.filter(([s]) => s === 'Monday')).toEqual([
      ['Monday', 'DATE', '2018-08-27'],
      ['Monday', 'DATE', '2018-08-27'],
    ]);
    // "In recent months" sits at the start of its sentence; the extent is the TimeBank one
    const recent = timexes.find((t) => t.value === 'PAST_REF')!;
    expect(text.slice(recent.span[0] - 3, recent.span[0])).toBe('In ');
    // "1979" inside "the 1979 Islamic Revolution"
    const y = timexes.find((t) => t.value === '1979')!;
    expect(text.slice(y.span[0] - 4, y.span[1] + 8)).toBe('the 1979 Islamic');
    const week = timexes.find((t) => t.value === '2018-W34')!;
    expect([week.start, week.end, week.precision]).toEqual(['2018-08-20', '2018-08-27', 'WEEK']);
  });

  it('finds the signing with the two countries and ministers as participants, anchored to its day', () => {
    const actors = [
      actor('a1', 'Iran', 'LOCATION', ['Iran ']),
      actor('a2', 'Syria', 'LOCATION', ['Syria ']),
      actor('a3', 'Amir Hatami', 'PERSON', ['Iranian Defense Minister Amir Hatami']),
      actor('a4', 'Bashar al-Assad', 'PERSON', ['President Bashar al-Assad']),
      actor('a5', 'Damascus', 'LOCATION', ['Damascus']),
    ];
    for (const a of actors) for (const m of a.mentions) if (text[m.span[1] - 1] === ' ') m.span[1] -= 1;
    const events = findEvents(doc, actors, timexes, []);
    const signed = events.filter((e) => text.slice(e.trigger[0], e.trigger[1]) === 'signed');
    expect(signed).toHaveLength(2);
    for (const e of signed) expect(e.type).toBe('SIGN_AGREEMENT');

    const [first, second] = signed;
    expect(first.participants).toEqual(expect.arrayContaining([
      { actor: 'a1', role: 'agent' },
      { actor: 'a2', role: 'agent' },
      { actor: 'a5', role: 'location' },
    ]));
    expect(timexes[first.time!].value).toBe('2018-08-27');

    expect(second.participants).toEqual(expect.arrayContaining([
      { actor: 'a3', role: 'agent' },
      { actor: 'a4', role: 'counterpart' },
    ]));
    expect(timexes[second.time!].value).toBe('2018-08-26');

    const typed = events.filter((e) => e.type !== 'OCCURRENCE').map((e) => [text.slice(e.trigger[0], e.trigger[1]), e.type]);
    expect(typed).toContainEqual(['talks', 'MEET']);
    expect(typed).toContainEqual(['visit', 'VISIT']);
    expect(typed).toContainEqual(['praised', 'SUPPORT']);
    expect(typed).toContainEqual(['reported', 'MAKE_STATEMENT']);
  });
  it('types and dates the timeline-worthy occurrences of the seed', () => {
    const doc2 = buildDocument(text);
    const tx2 = findTimexes(doc2, PUBLISHED);
    const events = findEvents(doc2, [], tx2, []);
    const typed = (w: string) => events.filter((e) => text.slice(e.trigger[0], e.trigger[1]) === w);
    const dated = (w: string) => typed(w).map((e) => [e.type, e.time === null ? null : tx2[e.time].value]);
    expect(dated('Revolution')).toEqual([['UPRISING', '1979']]);
    expect(dated('war')[0]).toEqual(['FIGHT', '2011']);
    expect(dated('liberate')).toEqual([['FIGHT', 'PAST_REF']]);
    const recent = tx2[typed('liberate')[0].time!];
    expect([recent.start, recent.end, recent.precision]).toEqual(['2018-02-27', '2018-08-27', 'MONTH']);
    expect(dated('signed')).toEqual([['SIGN_AGREEMENT', '2018-08-27'], ['SIGN_AGREEMENT', '2018-08-26']]);
  });
});
