import { buildDocument } from '../../../src/extract/document';
import { cueFeatures, type CueContext } from '../../../src/extract/statements/cue-model';

/** A context whose word list knows "said" and "argued", with the rules' cue on the word at `cueAt`. */
function context(text: string, cueWord: string): CueContext {
  const cueAt = text.indexOf(cueWord);
  return {
    mentionEnd: () => undefined,
    mentionStart: () => false,
    lexClass: (w) => (w === 'said' || w === 'argued' ? 'CLAUSE' : undefined),
    aux: new Set(['has', 'also']),
    taken: (pos) => (pos === cueAt ? 2 : 0),
  };
}

describe('learned cue detector: features of what the rules took and of the words around', () => {
  it('sees a rule cue near the word, the verb it may depend on, and the two words after it', () => {
    const text = 'The mayor said critics grumbled that the plan was late.';
    const toks = buildDocument(text).sentences[0].tokens;
    const q = toks.map(() => false);
    const i = toks.findIndex((t) => t.text === 'grumbled');
    const f = cueFeatures(toks, i, q, context(text, 'said'));
    // the rule cue "said" two words to the left, none on the right
    expect(f).toContain('kd=2|n');
    expect(f).toContain('tk=--');
    // the nearest word-list verb on the left, close by
    expect(f).toContain('pv=CLAUSE@1');
    expect(f).toContain('wnn=grumbled|that|the');
  });

  it('says "none" when no rule took anything near the word and no known verb stands before it', () => {
    const text = 'Neighbours grumbled that the new road was too loud.';
    const toks = buildDocument(text).sentences[0].tokens;
    const q = toks.map(() => false);
    const i = toks.findIndex((t) => t.text === 'grumbled');
    const f = cueFeatures(toks, i, q, context(text, 'nothing here'));
    expect(f).toContain('kd=n|n');
    expect(f).toContain('pv=none');
  });
});
