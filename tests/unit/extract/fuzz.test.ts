import { extract } from '../../../src/extract';
import type { Findings, Span } from '../../../src/extract/types';
import { rng } from '../../support/synthetic';

/** Every offset lies inside the text and every reference points at something that exists. */
function assertWellFormed(text: string, f: Findings): void {
  const inside = ([s, e]: Span) => Number.isInteger(s) && Number.isInteger(e) && s >= 0 && s <= e && e <= text.length;
  const keys = new Set(f.actors.map((a) => a.key));
  expect(keys.size).toBe(f.actors.length);
  for (const a of f.actors) for (const m of a.mentions) expect(inside(m.span)).toBe(true);
  for (const s of f.statements) {
    expect(s.content.length).toBeGreaterThan(0);
    for (const c of s.content) expect(inside(c)).toBe(true);
    if (s.cue) expect(inside(s.cue)).toBe(true);
    if (s.source) expect(inside(s.source)).toBe(true);
    if (s.speaker !== null) expect(keys.has(s.speaker)).toBe(true);
    if (s.time !== null) expect(s.time).toBeLessThan(f.timexes.length);
  }
  for (const t of f.timexes) expect(inside(t.span)).toBe(true);
  for (const e of f.events) {
    expect(inside(e.trigger)).toBe(true);
    for (const p of e.participants) expect(keys.has(p.actor)).toBe(true);
    if (e.time !== null) expect(e.time).toBeLessThan(f.timexes.length);
  }
}

const SCRIPTS = ['Hello world', 'Привет мир', 'مرحبا بالعالم', 'שלום עולם', '你好世界', 'こんにちは', '😀🔥👍🏽', 'Ünïcödé', '\u200B\u200E\u202E', 'Mr.', 'U.S.', '"', '“', '”', "'", '‘', '’', ':', '—', '\t', '\n', '\n\n', '...', '?', '!'];

function hostile(seed: number): string {
  const r = rng(seed);
  const parts: string[] = [];
  const n = 20 + Math.floor(r() * 400);
  for (let i = 0; i < n; i++) {
    const x = r();
    if (x < 0.4) parts.push(SCRIPTS[Math.floor(r() * SCRIPTS.length)]);
    else if (x < 0.6) parts.push(String.fromCharCode(Math.floor(r() * 0x3000)));
    else if (x < 0.8) parts.push(['said', 'told', 'according to', 'on Monday', 'last week', 'President', 'Smith', 'he', 'the minister'][Math.floor(r() * 9)]);
    else parts.push(' ');
  }
  return parts.join(r() < 0.5 ? ' ' : '');
}

describe('extraction on hostile text', () => {
  const cases: [string, () => string][] = [
    ['1 MB without a full stop', () => 'the minister said that '.repeat(45_000)],
    ['one huge line of quotes that never close', () => '"He said "she said "they said '.repeat(5_000)],
    ['control characters', () => 'The minister\u0000 said\u0007 "yes\u001b" on\u0008 Monday.'.repeat(200)],
    ['only punctuation', () => '.,;:!?"“”‘’—–-()[]{}'.repeat(10_000)],
    ['ten thousand newlines', () => '\n'.repeat(10_000) + 'The mayor said so.' + '\n'.repeat(10_000)],
    ['a very long word', () => 'a'.repeat(500_000)],
    ['capitalised words without end', () => 'Smith Jones Brown Taylor President General '.repeat(5_000)],
    ['nested and mixed quotes', () => '“He said ‘she told me “no” and ‘yes’’ loudly,” the senator said. '.repeat(500)],
    ['transcript colons', () => 'SMITH: Q: A: PRESIDENT: '.repeat(5_000)],
  ];
  for (const [name, make] of cases) {
    it(name, () => {
      const text = make();
      const started = Date.now();
      const f = extract(text, { publishedAt: '2020-01-01' });
      // A bound against hangs (catastrophic backtracking, quadratic passes), not a speed target.
      expect(Date.now() - started).toBeLessThan(60_000);
      assertWellFormed(text, f);
    }, 120_000);
  }

  it('random mixed-script text (200 seeded cases)', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const text = hostile(seed);
      assertWellFormed(text, extract(text, { publishedAt: seed % 2 ? '2016-02-29' : null }));
    }
  });
});
