import { charSet, isDirect, jaccard, pairGreedy, quoteMask, scoreCorpus, trimSpan } from '../../../eval/attribution-score';
import type { ScoredStatement } from '../../../eval/attribution-score';
import { parseAnn } from '../../../eval/polnear-load';
import type { Span } from '../../../src/extract/types';

/** Span of the first occurrence of `frag` in `text` (after `from`). */
const at = (text: string, frag: string, from = 0): Span => {
  const i = text.indexOf(frag, from);
  if (i < 0) throw new Error(`"${frag}" not in text`);
  return [i, i + frag.length];
};
const st = (content: Span | Span[], cue: Span | null = null, source: Span | null = null): ScoredStatement => ({
  content: (typeof content[0] === 'number' ? [content] : content) as Span[],
  cue,
  source,
});

describe('attribution scorer', () => {
  it('trims white space, punctuation and quotation marks around a span', () => {
    const text = ' “Hello, world,” ';
    expect(trimSpan(text, [0, text.length])).toEqual(at(text, 'Hello, world'));
    expect(trimSpan(text, [0, 2])).toBeNull();
    expect(charSet('"ab".', [0, 5]).size).toBe(2);
  });

  it('treats a discontinuous span as the union of its trimmed segments', () => {
    const text = '“Part one,” he said, “part two.”';
    const set = charSet(text, [at(text, '“Part one,”'), at(text, '“part two.”')]);
    expect(set.size).toBe('Part one'.length + 'part two'.length);
  });

  it('computes Jaccard over characters', () => {
    expect(jaccard(new Set([1, 2, 3, 4]), new Set([3, 4, 5, 6]))).toBeCloseTo(2 / 6);
    expect(jaccard(new Set(), new Set([1]))).toBe(0);
  });

  it('pairs greedily one-to-one by highest Jaccard', () => {
    // gold 0 overlaps both system items; the best pair (g0,s1) is taken first, then g1 gets s0
    const g = [new Set([1, 2, 3, 4]), new Set([5, 6])];
    const s = [new Set([4, 5, 6]), new Set([1, 2, 3, 4])];
    expect(pairGreedy(g, s)).toEqual([
      { g: 0, s: 1, j: 1 },
      { g: 1, s: 0, j: 2 / 3 },
    ]);
    // a system item is used at most once
    expect(pairGreedy([new Set([1]), new Set([1, 2])], [new Set([1])])).toHaveLength(1);
  });

  const text = 'The mayor said the plan works. “It is done,” she said. Rain fell all day.';
  const goldA = st(at(text, 'the plan works'), at(text, 'said'), at(text, 'The mayor'));
  const goldB = st(at(text, '“It is done,”'), at(text, 'said', 40), at(text, 'she'));

  it('scores overlap, soft and exact P/R/F1', () => {
    // system: A partly (Jaccard 4/14), B exactly, plus a false positive
    const sys = [
      st(at(text, 'plan'), at(text, 'said'), at(text, 'mayor')),
      st(at(text, 'It is done'), at(text, 'said', 40), at(text, 'she')),
      st(at(text, 'Rain fell all day')),
    ];
    const r = scoreCorpus([{ text, gold: [goldA, goldB], system: sys }]);
    expect(r.counts).toEqual(expect.objectContaining({ gold: 2, system: 3, overlap: 2, exact: 1 }));
    expect(r.overlap.p).toBeCloseTo(2 / 3);
    expect(r.overlap.r).toBeCloseTo(1);
    expect(r.soft.r).toBeCloseTo((4 / 14 + 1) / 2);
    expect(r.soft.p).toBeCloseTo((4 / 14 + 1) / 3);
    expect(r.exact.f1).toBeCloseTo((2 * 0.5 * (1 / 3)) / (0.5 + 1 / 3));
  });

  it('counts source and cue accuracy over paired statements whose gold has one', () => {
    const sys = [
      st(at(text, 'the plan works'), at(text, 'said'), at(text, 'Rain')), // wrong source, right cue
      st(at(text, 'It is done'), null, at(text, 'she')), // right source, no cue
    ];
    const goldNoSource = st(at(text, 'Rain fell all day'));
    const r = scoreCorpus([{ text, gold: [goldA, goldB, goldNoSource], system: sys }]);
    expect(r.counts.sourceTotal).toBe(2);
    expect(r.counts.sourceCorrect).toBe(1);
    expect(r.counts.cueTotal).toBe(2);
    expect(r.counts.cueCorrect).toBe(1);
    expect(r.sourceAccuracy).toBeCloseTo(0.5);
  });

  it('restricts direct F1 to contents at least 60 % inside quotation marks', () => {
    const mask = quoteMask(text);
    expect(isDirect(charSet(text, goldB.content), mask)).toBe(true);
    expect(isDirect(charSet(text, goldA.content), mask)).toBe(false);
    const mixed = 'He called it “a total and utter disaster” today.';
    const m2 = quoteMask(mixed);
    expect(isDirect(charSet(mixed, [at(mixed, 'it “a total and utter disaster”')]), m2)).toBe(true); // 29 of 32
    expect(isDirect(charSet(mixed, [at(mixed, 'He called it “a total')]), m2)).toBe(false);
    const r = scoreCorpus([{ text, gold: [goldA, goldB], system: [st(at(text, 'It is done')), st(at(text, 'the plan works'))] }]);
    expect(r.counts.directGold).toBe(1);
    expect(r.counts.directSystem).toBe(1);
    expect(r.direct.f1).toBe(1);
  });

  it('runs an open quotation to the end of its paragraph and reads two apostrophes as a mark', () => {
    const t = '“Open quote\nnext';
    const mask = quoteMask(t);
    expect(mask[5]).toBe(1);
    expect(mask[t.indexOf('next')]).toBe(0);
    const nyt = "He said ''yes'' twice.";
    expect(quoteMask(nyt)[nyt.indexOf('yes')]).toBe(1);
  });

  it('parses brat attributions with discontinuous content and missing sources', () => {
    const ann = [
      'T1\tSource 0 3\tAnn',
      'T2\tCue 4 8\tsaid',
      'T3\tContent 9 12;20 25\tabc xyz',
      'T4\tAttribution 4 8\tsaid',
      'E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1',
      'T5\tContent 30 40\tx',
      'T6\tCue 41 50\ty',
      'E2\tAttribution-no-source:T6 Content:T5 Cue:T6',
      'T7\tDiscuss 0 3\tAnn',
    ].join('\n');
    expect(parseAnn(ann)).toEqual([
      { content: [[9, 12], [20, 25]], cue: [[4, 8]], source: [[0, 3]] },
      { content: [[30, 40]], cue: [[41, 50]], source: null },
    ]);
  });
});
