import { buildDocument } from '../../../src/extract/document';
import { findActors } from '../../../src/extract/actors';
import { findStatements } from '../../../src/extract/statements';
import { cueFeatures, cueScore, cueScoreOf, type CueContext } from '../../../src/extract/statements/cue-model';
import { extentScore } from '../../../src/extract/statements/extent';
import { startScore } from '../../../src/extract/statements/start';
import { FeatureList, LinearModel, ScoreSum } from '../../../src/extract/statements/ranker';
import { runExtent } from '../../support/extent';

const SENTENCES = [
  'The governor insisted on Tuesday that the new budget would not raise taxes, aides said.',
  'Critics bemoaned what they called a rushed vote, and the senator made clear she would oppose it.',
  '“We are not done,” the coach told reporters after the loss, adding that the team would regroup.',
  'Officials were eager to point out that turnout had doubled since the last election.',
  'She pushed back hard on the idea that the plan was dead, but conceded it faced long odds.',
];

describe('learned parts: scoring features as they come equals scoring their strings', () => {
  it('finds a weight whose parts hold "|" under the split that spells it, and nothing else', () => {
    const m = new LinearModel({ 'p|n=a|b|c': 2, 'w=x': 1, nM: 0.5 }, 0.25);
    expect(m.get('p|n=', 'a|b', 'c')).toBe(2);
    expect(m.get('p|n=', 'a', 'b|c')).toBe(2);
    expect(m.get('p|n=', 'a', 'b')).toBeUndefined();
    expect(m.get('w=', 'x')).toBe(1);
    expect(m.get('w=', 'y')).toBeUndefined();
    expect(m.get('nM')).toBe(0.5);
    expect(m.get('start')).toBeUndefined();
    const list = new FeatureList();
    const sum = new ScoreSum(m);
    for (const sink of [list, sum]) {
      sink.reset();
      sink.add('w=', 'x');
      sink.add('p|n=', 'a', 'b|c');
      sink.add('nM');
      sink.add('w=', 'z');
    }
    expect(list.result()).toEqual(['w=x', 'p|n=a|b|c', 'nM', 'w=z']);
    expect(sum.result()).toBe(m.score(list.result()));
  });

  it('gives every word of a sentence the same cue score, to the last bit', () => {
    const ctx: CueContext = { mentionEnd: () => undefined, mentionStart: () => false, lexClass: (w) => (w === 'said' ? 'CLAUSE' : undefined), aux: new Set(['has', 'also']) };
    for (const s of SENTENCES) {
      const toks = buildDocument(s).sentences[0].tokens;
      const q = toks.map(() => false);
      for (let i = 0; i < toks.length; i++) expect(cueScoreOf(toks, i, q, ctx)).toBe(cueScore(cueFeatures(toks, i, q, ctx)));
    }
  });

  it('finds the same statements as scoring by feature strings (cue detector, end and start rankers)', () => {
    for (const s of SENTENCES) {
      const doc = buildDocument(s);
      const actors = findActors(doc);
      expect(findStatements(doc, actors, [])).toEqual(findStatements(doc, actors, [], { scorer: cueScore }));
      expect(runExtent(s)).toEqual(runExtent(s, { scorer: extentScore, startScorer: startScore }));
    }
  });
});
