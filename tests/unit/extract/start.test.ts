import { buildDocument } from '../../../src/extract/document';
import { startCandidates } from '../../../src/extract/statements/start';
import { chooseCandidate as chooseStart } from '../../../src/extract/statements/ranker';
import { adjustExtents, type ExtentDraft } from '../../../src/extract/statements/extent';
import { at, plainCtx, runExtent } from '../../support/extent';

/** Cue and content of every statement as text, with the step on (default) or off. */
function run(text: string, startOff = false) {
  return runExtent(text, startOff ? { startOff: true } : {});
}

describe('content start: the learned start (src/extract/statements/start-weights.json)', () => {
  it('leaves an infinitive verb of saying out of the content ("refused to admit | that …")', () => {
    const text = 'The mayor refused to admit that the budget had collapsed.';
    expect(run(text)[0].content).toEqual(['that the budget had collapsed']);
    expect(run(text, true)[0].content).toEqual(['to admit that the budget had collapsed']);
  });

  it('gives the words it leaves out right after the cue to the cue, not across punctuation', () => {
    expect(run('The mayor refused to admit that the budget had collapsed.')[0].cue).toBe('refused to admit');
    const text = 'The mayor refused to concede, at last, that the budget had collapsed.';
    const doc = buildDocument(text);
    const d: ExtentDraft = { content: [at(text, 'to concede, at last, that the budget had collapsed')], cue: at(text, 'refused'), source: at(text, 'The mayor') };
    adjustExtents(doc, [d], plainCtx(text), { startScorer: (f) => (f.includes('n=that') ? 5 : 0), startMargin: 0, scorer: () => 0 });
    expect(text.slice(...d.content[0])).toBe('that the budget had collapsed');
    expect(text.slice(...d.cue!)).toBe('refused');
  });

  it('leaves a cue after its content whole when the start moves ("…, according to X")', () => {
    const text = 'Most voters downtown now find the mayor aloof, according to a new survey.';
    const doc = buildDocument(text);
    const d: ExtentDraft = { content: [at(text, 'Most voters downtown now find the mayor aloof')], cue: at(text, 'according to'), source: at(text, 'a new survey') };
    adjustExtents(doc, [d], plainCtx(text), { startScorer: (f) => (f.includes('n=now') ? 5 : 0), startMargin: 0, scorer: () => 0 });
    expect(text.slice(...d.content[0])).toBe('now find the mayor aloof');
    expect(text.slice(...d.cue!)).toBe('according to');
  });

  it('starts a document\'s stance at what it is about ("a resolution condemning | the strike")', () => {
    const text = 'The council passed a resolution condemning the strike.';
    expect(run(text)[0].content).toEqual(['the strike']);
    expect(run(text, true)[0].content).toEqual(['a resolution condemning the strike']);
  });
});

describe('content start: candidates and choice', () => {
  const text = 'The mayor refused to concede, at last, that the budget had collapsed.';
  const doc = buildDocument(text);
  const draft = (): ExtentDraft => ({ content: [at(text, 'to concede, at last, that the budget had collapsed')], cue: at(text, 'refused'), source: at(text, 'The mayor') });

  it('offers the rules\' start and each later word boundary, never one before punctuation', () => {
    const cands = startCandidates(doc, draft(), plainCtx(text))!;
    const starts = cands.map((c) => text.slice(c.start, c.start + 4));
    expect(starts[0]).toBe('to c');
    expect(cands[0].orig).toBe(true);
    expect(starts).toEqual(['to c', 'conc', 'at l', 'last', 'that', 'the ', 'budg']);
  });

  it('keeps the rules\' start unless another candidate scores above it by the margin', () => {
    const cands = startCandidates(doc, draft(), plainCtx(text))!;
    const likesThat = (f: string[]): number => (f.includes('n=that') ? 5 : 0);
    expect(text.slice(chooseStart(cands, likesThat, 0).start).startsWith('that the budget')).toBe(true);
    expect(chooseStart(cands, likesThat, 5).orig).toBe(true);
  });

  it('leaves a quoted content alone', () => {
    const q = 'She said “the bridge is unsafe and must close” on Monday.';
    const d: ExtentDraft = { content: [at(q, '“the bridge is unsafe and must close”')], cue: at(q, 'said'), source: at(q, 'She') };
    expect(startCandidates(buildDocument(q), d, plainCtx(q))).toBeNull();
  });
});
