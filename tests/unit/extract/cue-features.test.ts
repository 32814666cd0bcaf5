import { buildDocument } from '../../../src/extract/document';
import { cueFeatures, type CueContext } from '../../../src/extract/statements/cue-model';

/** A context whose word list knows "said" and "argued". */
const context: CueContext = {
  mentionEnd: () => undefined,
  mentionStart: () => false,
  lexClass: (w) => (w === 'said' || w === 'argued' ? 'CLAUSE' : undefined),
  aux: new Set(['has', 'also']),
};

describe('learned cue detector: the verb a word may depend on, and the words after it', () => {
  it('sees the word-list verb it may depend on, and the two words after it', () => {
    const text = 'The mayor said critics grumbled that the plan was late.';
    const toks = buildDocument(text).sentences[0].tokens;
    const q = toks.map(() => false);
    const i = toks.findIndex((t) => t.text === 'grumbled');
    const f = cueFeatures(toks, i, q, context);
    // the nearest word-list verb on the left, close by
    expect(f).toContain('pv=CLAUSE@1');
    expect(f).toContain('wnn=grumbled|that|the');
  });

  it('says "none" when no known verb stands before the word', () => {
    const text = 'Neighbours grumbled that the new road was too loud.';
    const toks = buildDocument(text).sentences[0].tokens;
    const q = toks.map(() => false);
    const i = toks.findIndex((t) => t.text === 'grumbled');
    const f = cueFeatures(toks, i, q, context);
    expect(f).toContain('pv=none');
  });
});
