import { buildDocument } from '../../../src/extract/document';
import { adjustExtents, extentCandidates } from '../../../src/extract/statements/extent';
import type { ExtentDraft } from '../../../src/extract/statements/extent';
import { at, plainCtx, runExtent } from '../../support/extent';

/** Cue and content of every statement as text, with the step on (default) or off. */
function run(text: string, off = false) {
  return runExtent(text, off ? { off: true } : {});
}

describe('content extent: a phrasal cue keeps its particle and preposition', () => {
  it('gives the verb after a word of effort to the cue ("failed to mention", "was quick to praise")', () => {
    expect(run('The mayor failed to mention the deficit.')).toEqual([{ cue: 'failed to mention', content: ['the deficit'] }]);
    expect(run('The coach was quick to praise the young goalkeeper.')).toEqual([{ cue: 'was quick to praise', content: ['the young goalkeeper'] }]);
  });

  it('joins the effort word to the cue whichever of the two words was taken as the cue', () => {
    const text = 'The mayor failed to mention the deficit.';
    for (const [cue, content] of [['failed', 'to mention the deficit'], ['mention', 'the deficit']]) {
      const d: ExtentDraft = { content: [at(text, content)], cue: at(text, cue), source: at(text, 'The mayor') };
      adjustExtents(buildDocument(text), [d], plainCtx(text), { scorer: () => 0 });
      expect(text.slice(...d.cue!)).toBe('failed to mention');
      expect(text.slice(...d.content[0])).toBe('the deficit');
    }
  });

  it('gives a particle and its preposition to the cue ("lashed out at")', () => {
    expect(run('The mayor lashed out at the council over the budget.')).toEqual([{ cue: 'lashed out at', content: ['the council over the budget'] }]);
    // without the extent step the particle opens the content
    expect(run('The mayor lashed out at the council over the budget.', true)[0].content).toEqual(['out at the council over the budget']);
  });

  it('gives a leading preposition to the cue ("wrote about")', () => {
    const [s] = run('Jane Roe wrote about the plan to close the school in a letter to parents.');
    expect(s.cue).toBe('wrote about');
    expect(s.content[0].startsWith('the plan to close the school')).toBe(true);
  });

  it('gives a light verb\'s bare noun and its preposition to the cue ("raised concerns about", "took issue with")', () => {
    expect(run('The council raised concerns about the cost of the new stadium.')).toEqual([{ cue: 'raised concerns about', content: ['the cost of the new stadium'] }]);
    expect(run('Rivera took issue with the timing of the vote.')).toEqual([{ cue: 'took issue with', content: ['the timing of the vote'] }]);
    // a noun with a determiner is the content itself
    expect(run('The council raised the questions of cost and safety.', true)).toEqual(run('The council raised the questions of cost and safety.'));
  });

  it('gives the noun phrase and preposition after a light verb to the cue ("offered his condolences to", "turned her attention to")', () => {
    expect(run('The coach offered his condolences to the family.')).toEqual([{ cue: 'offered his condolences to', content: ['the family'] }]);
    expect(run('The governor turned her attention to Lisbon.')).toEqual([{ cue: 'turned her attention to', content: ['Lisbon'] }]);
    // an infinitive after "to" is the content's, not a preposition's object
    expect(run('The minister made a promise to cut taxes.')[0].content).toEqual(['to cut taxes']);
  });

  it('leaves a content that does not open right after its cue alone', () => {
    const text = 'Out of patience, the mayor said the talks had failed.';
    const doc = buildDocument(text);
    const d: ExtentDraft = { content: [at(text, 'Out of patience')], cue: at(text, 'said'), source: at(text, 'the mayor') };
    adjustExtents(doc, [d], plainCtx(text), { scorer: () => 0 });
    expect(d.content).toEqual([at(text, 'Out of patience')]);
    expect(d.cue).toEqual(at(text, 'said'));
  });
});

describe('content extent: the learned end (src/extract/statements/extent-weights.json)', () => {
  it('ends a noun-phrase content before the place and time of the praise', () => {
    expect(run('The senator praised the new bridge at a rally in Leeds on Monday.')).toEqual([{ cue: 'praised', content: ['the new bridge'] }]);
  });

  it('ends a warning before the occasion it was made on', () => {
    expect(run('The governor warned against cuts to the hospital budget at a news conference on Friday.')).toEqual([
      { cue: 'warned against', content: ['cuts to the hospital budget'] },
    ]);
  });

  it('picks the best-scoring candidate end and never runs into the next statement', () => {
    const text = 'The coach said the team was tired, and the captain agreed with him on Sunday.';
    const doc = buildDocument(text);
    const first: ExtentDraft = { content: [at(text, 'the team was tired')], cue: at(text, 'said'), source: at(text, 'The coach') };
    const second: ExtentDraft = { content: [at(text, 'with him on Sunday')], cue: at(text, 'agreed'), source: at(text, 'the captain') };
    // a scorer that always wants the farthest end
    const far = (f: string[]): number => (f.includes('r=0') ? 10 : 0);
    adjustExtents(doc, [first, second], plainCtx(text), { scorer: far, margin: 0 });
    // the first content could run on to the sentence end, but stops where the second statement begins
    expect(text.slice(...first.content[0]).startsWith('the team was tired, and')).toBe(true);
    expect(first.content[0][1]).toBeLessThanOrEqual(second.source![0]);
    // a scorer that prefers the boundary before a comma cuts there
    const d: ExtentDraft = { content: [at(text, 'the team was tired, and the captain agreed with him on Sunday')], cue: at(text, 'said'), source: at(text, 'The coach') };
    adjustExtents(doc, [d], plainCtx(text), { scorer: (f) => (f.includes('n=,') ? 5 : 0), margin: 0 });
    expect(text.slice(...d.content[0])).toBe('the team was tired');
  });

  it('tells the ranker when a statement noun follows a boundary ("… in an interview", not "… in the north")', () => {
    const text = 'The senator praised the new budget in an interview and the roads in the north.';
    const doc = buildDocument(text);
    const d: ExtentDraft = { content: [at(text, 'the new budget in an interview and the roads in the north')], cue: at(text, 'praised'), source: at(text, 'The senator') };
    const cands = extentCandidates(doc, d, text.length, plainCtx(text))!;
    const before = (part: string) => cands.find((c) => c.end === text.indexOf(part) - 1)!.feats;
    expect(before('in an interview')).toContain('sn|n=sn|in');
    expect(before('in the north')).toContain('sn|n=-|in');
  });

  it('leaves quotations, and every content with the step switched off, as the rules made them', () => {
    const text = 'She said “the bridge is unsafe, and it must close” on Monday.';
    const doc = buildDocument(text);
    const d: ExtentDraft = { content: [at(text, '“the bridge is unsafe, and it must close”')], cue: at(text, 'said'), source: at(text, 'She') };
    expect(extentCandidates(doc, d, text.length, plainCtx(text))).toBeNull();
    const plain = 'The coach said the team was tired, and the captain agreed.';
    const e: ExtentDraft = { content: [at(plain, 'the team was tired, and the captain agreed')], cue: at(plain, 'said'), source: at(plain, 'The coach') };
    adjustExtents(buildDocument(plain), [e], plainCtx(plain), { off: true, scorer: (f) => (f.includes('n=,') ? 5 : 0) });
    expect(e.content).toEqual([at(plain, 'the team was tired, and the captain agreed')]);
  });
});
