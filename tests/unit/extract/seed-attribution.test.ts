import * as fs from 'node:fs';
import * as path from 'node:path';
import { extract } from '../../../src/extract';
import type { Findings, StatementFinding } from '../../../src/extract';

const text = fs.readFileSync(path.resolve(__dirname, '../../../seeds/000_06a914ba39d29b72.txt'), 'utf8');

describe('seed article: who said what', () => {
  let f: Findings;
  beforeAll(() => {
    f = extract(text, { publishedAt: '2018-08-27' });
  });

  const slice = (s: [number, number] | null): string => (s ? text.slice(s[0], s[1]) : '');
  const contentOf = (s: StatementFinding): string => s.content.map((c) => slice(c)).join(' … ');
  const statementWith = (fragment: string): StatementFinding => {
    const s = f.statements.find((x) => contentOf(x).includes(fragment));
    if (!s) throw new Error(`no statement containing "${fragment}"`);
    return s;
  };
  const actor = (key: string | null) => f.actors.find((a) => a.key === key);

  it('attributes the quote to the Iranian minister, resolved to his full name', () => {
    const s = statementWith('Syria is getting out of crisis and entering the reconstruction phase');
    expect(s.kind).toBe('DIRECT');
    expect(slice(s.source)).toBe('the Iranian minister');
    expect(slice(s.cue)).toBe('said');
    expect(actor(s.speaker)?.name).toBe('Amir Hatami');
    expect(actor(s.speaker)?.title).toBe('Defense Minister');
    expect(actor(s.speaker)?.affiliation).toBe('Iran');
  });

  it('resolves "He said …" through "The Syrian president" in the sentence before', () => {
    const s = statementWith('Iran and Syria have strong and stable relations');
    expect(slice(s.source)).toBe('He');
    expect(s.kind).toBe('INDIRECT');
    expect(actor(s.speaker)?.name).toBe('Bashar al-Assad');
    expect(actor(s.speaker)?.kind).toBe('PERSON');
  });

  it("gives John Bolton an indirect statement with its own time", () => {
    const s = statementWith('Iran should remove its forces from Syria');
    expect(s.kind).toBe('INDIRECT');
    expect(actor(s.speaker)?.name).toBe('John Bolton');
    expect(contentOf(s)).toBe('that Iran should remove its forces from Syria');
    if (s.time !== null) expect(slice(f.timexes[s.time].span)).toBe('last week');
  });

  it('gives Ali Abdullah Ayyoub the statement after "stressing that"', () => {
    const s = statementWith('the sides will not allow others to harm their close relations');
    expect(slice(s.cue)).toBe('stressing');
    expect(actor(s.speaker)?.name).toBe('Ali Abdullah Ayyoub');
  });

  it('makes the reporting news agency an ORGANIZATION speaker', () => {
    const s = f.statements.find((x) => slice(x.cue) === 'reported');
    expect(s).toBeDefined();
    expect(actor(s!.speaker)?.name).toBe('Tasnim News Agency');
    expect(actor(s!.speaker)?.kind).toBe('ORGANIZATION');
  });

  it('makes "Senior Iranian officials" a GROUP speaker', () => {
    const s = statementWith('their military presence in Syria is at the invitation');
    expect(actor(s.speaker)?.kind).toBe('GROUP');
    expect(actor(s.speaker)?.affiliation).toBe('Iran');
    expect(slice(s.source)).toBe('Senior Iranian officials');
  });

  it('collects every mention of the minister under one actor', () => {
    const hatami = f.actors.find((a) => a.name === 'Amir Hatami')!;
    const surfaces = hatami.mentions.map((m) => slice(m.span));
    expect(surfaces).toEqual(expect.arrayContaining(['Iranian Defense Minister Amir Hatami', 'the Iranian minister', 'Hatami', 'General Hatami']));
    expect(f.actors.filter((a) => a.name.includes('Hatami'))).toHaveLength(1);
  });
});
