import { buildDocument } from '../../../src/extract/document';
import { findEvents, verbLemma, EVENT_TYPE_NAMES } from '../../../src/extract/events';
import { findTimexes } from '../../../src/extract/time';
import type { ActorFinding, ActorKind, StatementFinding } from '../../../src/extract/types';

/** Hand-made actors: every occurrence of each surface form becomes a NAME mention. */
function actors(text: string, spec: [string, ActorKind, string[]][]): ActorFinding[] {
  return spec.map(([name, kind, forms], i) => {
    const mentions = [];
    for (const f of forms) {
      let at = text.indexOf(f);
      while (at >= 0) {
        mentions.push({ span: [at, at + f.length] as [number, number], kind: 'NAME' as const });
        at = text.indexOf(f, at + f.length);
      }
    }
    return { key: `a${i + 1}`, name, kind, title: null, affiliation: null, aliases: [], mentions };
  });
}

function run(text: string, acts: ActorFinding[] = [], publishedAt: string | null = '2021-06-16', statements: StatementFinding[] = []) {
  const doc = buildDocument(text);
  const timexes = findTimexes(doc, publishedAt);
  const events = findEvents(doc, acts, timexes, statements);
  return { timexes, events, at: (w: string) => events.find((e) => text.slice(e.trigger[0], e.trigger[1]) === w) };
}

describe('findEvents: mention detection', () => {
  it('finds finite verbs, infinitives and eventive nouns, not function words or names', () => {
    const text = 'The rebels attacked a convoy and the army promised to respond after the election.';
    const { events } = run(text);
    expect(events.map((e) => text.slice(e.trigger[0], e.trigger[1]))).toEqual(['attacked', 'promised', 'respond', 'election']);
  });

  it('skips auxiliaries but keeps a main-verb "have"', () => {
    const text = 'The bank has raised rates. The bank has large reserves.';
    const words = run(text).events.map((e) => text.slice(e.trigger[0], e.trigger[1]));
    expect(words).toEqual(['raised', 'has']);
  });

  it('counts a nominalisation that takes an argument', () => {
    const text = 'Analysts welcomed the privatization of the railway.';
    const words = run(text).events.map((e) => text.slice(e.trigger[0], e.trigger[1]));
    expect(words).toEqual(['welcomed', 'privatization']);
  });

  it('never treats the words of a temporal expression as events', () => {
    const text = 'The strike ended this morning.';
    const words = run(text).events.map((e) => text.slice(e.trigger[0], e.trigger[1]));
    expect(words).toEqual(['strike', 'ended']);
  });

  it('lemmatises regular and irregular verb forms', () => {
    expect(verbLemma('signed')).toBe('sign');
    expect(verbLemma('meeting')).toBe('meet');
    expect(verbLemma('stopped')).toBe('stop');
    expect(verbLemma('met')).toBe('meet');
    expect(verbLemma('carries')).toBe('carry');
    expect(verbLemma('table')).toBeNull();
  });
});

describe('findEvents: types', () => {
  it('types triggers with the documented lexicon', () => {
    const text = 'The premier met the envoy, praised the truce and warned the militias. Police arrested two men during a protest.';
    const { at } = run(text);
    expect(at('met')?.type).toBe('MEET');
    expect(at('praised')?.type).toBe('SUPPORT');
    expect(at('warned')?.type).toBe('THREATEN');
    expect(at('arrested')?.type).toBe('ARREST');
    expect(at('protest')?.type).toBe('PROTEST');
    expect(at('truce')?.type).toBe('OCCURRENCE');
    for (const e of run(text).events) expect(EVENT_TYPE_NAMES).toContain(e.type);
  });

  it('uses the context for ambiguous lemmas', () => {
    const text = 'The minister stepped down after unions called for a strike. She stepped into the hall.';
    const { events } = run(text);
    const typed = events.map((e) => [text.slice(e.trigger[0], e.trigger[1]), e.type]);
    expect(typed).toContainEqual(['stepped', 'RESIGN']);
    expect(typed).toContainEqual(['called', 'DEMAND']);
    expect(typed.filter(([w]) => w === 'stepped').map(([, t]) => t)).toEqual(['RESIGN', 'OCCURRENCE']);
  });
});

describe('findEvents: participants', () => {
  it('takes the subject as agent, the object as target and "in <place>" as location', () => {
    const text = 'Kenya and Uganda signed a treaty in Nairobi.';
    const acts = actors(text, [['Kenya', 'LOCATION', ['Kenya']], ['Uganda', 'LOCATION', ['Uganda']], ['Nairobi', 'LOCATION', ['Nairobi']]]);
    const e = run(text, acts).at('signed')!;
    expect(e.type).toBe('SIGN_AGREEMENT');
    expect(e.participants).toEqual([
      { actor: 'a2', role: 'agent' },
      { actor: 'a1', role: 'agent' },
      { actor: 'a3', role: 'location' },
    ]);
  });

  it('reads "with X" as counterpart and a direct object as target', () => {
    const text = 'Ms. Ortiz met Mr. Lind in Oslo. Ms. Ortiz criticized Mr. Lind.';
    const acts = actors(text, [['Ana Ortiz', 'PERSON', ['Ms. Ortiz']], ['Per Lind', 'PERSON', ['Mr. Lind']], ['Oslo', 'LOCATION', ['Oslo']]]);
    const { at } = run(text, acts);
    expect(at('met')!.participants).toEqual([
      { actor: 'a1', role: 'agent' },
      { actor: 'a2', role: 'target' },
      { actor: 'a3', role: 'location' },
    ]);
    expect(at('criticized')!.participants).toEqual([
      { actor: 'a1', role: 'agent' },
      { actor: 'a2', role: 'target' },
    ]);
    const text2 = 'Ms. Ortiz held talks with Mr. Lind.';
    const acts2 = actors(text2, [['Ana Ortiz', 'PERSON', ['Ms. Ortiz']], ['Per Lind', 'PERSON', ['Mr. Lind']]]);
    expect(run(text2, acts2).at('talks')!.participants).toEqual([
      { actor: 'a1', role: 'agent' },
      { actor: 'a2', role: 'counterpart' },
    ]);
  });

  it('gives a noun trigger its possessor or "by" phrase as agent, not the clause subject', () => {
    const text = 'The mayor welcomed the visit by Ms. Ortiz. Ms. Ortiz praised Norway\'s withdrawal.';
    const acts = actors(text, [['mayor', 'PERSON', ['The mayor']], ['Ana Ortiz', 'PERSON', ['Ms. Ortiz']], ['Norway', 'LOCATION', ['Norway']]]);
    const { events } = run(text, acts);
    const visit = events.find((e) => text.slice(e.trigger[0], e.trigger[1]) === 'visit')!;
    expect(visit.participants).toEqual([{ actor: 'a2', role: 'agent' }]);
    const withdrawal = events.find((e) => text.slice(e.trigger[0], e.trigger[1]) === 'withdrawal')!;
    expect(withdrawal.participants).toEqual([{ actor: 'a3', role: 'agent' }]);
  });

  it('does not make the subject of a reported clause the target of the reporting verb', () => {
    const text = 'Mr. Lind said Norway would sign. Mr. Lind told Ms. Ortiz the news.';
    const acts = actors(text, [['Per Lind', 'PERSON', ['Mr. Lind']], ['Norway', 'LOCATION', ['Norway']], ['Ana Ortiz', 'PERSON', ['Ms. Ortiz']]]);
    const { events } = run(text, acts);
    const said = events.find((e) => text.slice(e.trigger[0], e.trigger[1]) === 'said')!;
    expect(said.participants).toEqual([{ actor: 'a1', role: 'agent' }]);
    const told = events.find((e) => text.slice(e.trigger[0], e.trigger[1]) === 'told')!;
    expect(told.participants).toEqual([{ actor: 'a1', role: 'agent' }, { actor: 'a3', role: 'target' }]);
  });

  it('swaps roles in the passive', () => {
    const text = 'The convoy was attacked by the Front.';
    const acts = actors(text, [['convoy', 'GROUP', ['The convoy']], ['Front', 'ORGANIZATION', ['the Front']]]);
    expect(run(text, acts).at('attacked')!.participants).toEqual([
      { actor: 'a2', role: 'agent' },
      { actor: 'a1', role: 'target' },
    ]);
  });

  it('uses the speaker of a statement whose cue is the trigger', () => {
    const text = 'Peace is near, the envoy said.';
    const cue = text.indexOf('said');
    const statements: StatementFinding[] = [{ content: [[0, 13]], cue: [cue, cue + 4], source: null, speaker: 'a9', kind: 'INDIRECT', time: null }];
    const e = run(text, [], '2021-06-16', statements).at('said')!;
    expect(e.type).toBe('MAKE_STATEMENT');
    expect(e.participants).toEqual([{ actor: 'a9', role: 'agent' }]);
  });
});

describe('findEvents: time anchoring', () => {
  it('anchors to the date of the clause, preferring a DATE over a DURATION', () => {
    const text = 'After a two-week siege, the army entered the town on Friday. Aid arrived.';
    const { timexes, at } = run(text);
    const entered = at('entered')!;
    expect(entered.time).not.toBeNull();
    expect(timexes[entered.time!].value).toBe('2021-06-11');
    expect(at('arrived')!.time).toBeNull();
  });

  it('does not anchor across a clause boundary', () => {
    const text = 'The envoy said on Monday that the troops would leave.';
    const { timexes, at } = run(text);
    expect(timexes[at('said')!.time!].value).toBe('2021-06-14');
    expect(at('leave')!.time).toBeNull();
  });

  it('falls back to a duration when the sentence has no date', () => {
    const text = 'The siege lasted two weeks.';
    const { timexes, at } = run(text);
    expect(timexes[at('lasted')!.time!].value).toBe('P2W');
  });

  it('is linear on a long text without a full stop', () => {
    const text = 'Kenya met Uganda on Monday in Nairobi and '.repeat(20000);
    const acts = actors(text.slice(0, 200), [['Kenya', 'LOCATION', ['Kenya']], ['Uganda', 'LOCATION', ['Uganda']]]);
    const t0 = Date.now();
    const { events } = run(text, acts);
    expect(events.length).toBe(20000);
    expect(Date.now() - t0).toBeLessThan(10000);
  });
});

describe('findEvents: conflict and upheaval types', () => {
  it('types a revolution, a coup and an uprising as UPRISING, also when named', () => {
    const text = 'The ties date back to the 1952 Egyptian Revolution. Officers staged a coup in 1999. The uprising spread fast.';
    const { at, timexes } = run(text);
    const rev = at('Revolution')!;
    expect(rev.type).toBe('UPRISING');
    expect(timexes[rev.time!].value).toBe('1952');
    expect(at('coup')?.type).toBe('UPRISING');
    expect(at('uprising')?.type).toBe('UPRISING');
    expect(EVENT_TYPE_NAMES).toContain('UPRISING');
  });

  it('types taking back ground as FIGHT and reads "seize" by its object', () => {
    const text = 'Government troops recaptured the port and liberated two villages. Customs officers seized cocaine. Militias seized the airport.';
    const { events } = run(text);
    const typed = events.map((e) => [text.slice(e.trigger[0], e.trigger[1]), e.type]);
    expect(typed).toContainEqual(['recaptured', 'FIGHT']);
    expect(typed).toContainEqual(['liberated', 'FIGHT']);
    expect(typed.filter(([w]) => w === 'seized').map(([, t]) => t)).toEqual(['OCCURRENCE', 'FIGHT']);
  });

  it('gives "the outbreak of war" the type of the war and dates both with the year', () => {
    const text = 'Since the outbreak of civil war in Yemen in 2014, the port has been closed.';
    const { at, timexes } = run(text);
    for (const w of ['outbreak', 'war']) {
      expect(at(w)?.type).toBe('FIGHT');
      expect(timexes[at(w)!.time!].value).toBe('2014');
    }
  });

  it('anchors an event to a relative past expression of its clause, which has a range', () => {
    const text = 'In recent weeks, the militia has managed to retake the northern hills.';
    const { at, timexes } = run(text);
    const e = at('retake')!;
    expect(e.type).toBe('FIGHT');
    const t = timexes[e.time!];
    expect([t.value, t.start, t.end]).toEqual(['PAST_REF', '2021-05-16', '2021-06-16']);
  });
});
