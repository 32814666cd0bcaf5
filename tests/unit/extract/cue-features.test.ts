import { buildDocument } from '../../../src/extract/document';
import { cueFeatures, type CueContext } from '../../../src/extract/statements/cue-model';

/** A context whose word list knows "said" and "argued". */
const context: CueContext = {
  mentionEnd: () => undefined,
  mentionStart: () => false,
  lexClass: (w) => (w === 'said' || w === 'argued' ? 'CLAUSE' : undefined),
  aux: new Set(['has', 'also']),
};

/** The detector's features of the word "grumbled" in the sentence. */
function grumbledFeatures(text: string): string[] {
  const toks = buildDocument(text).sentences[0].tokens;
  return cueFeatures(toks, toks.findIndex((t) => t.text === 'grumbled'), toks.map(() => false), context);
}

describe('learned cue detector: the verb a word may depend on, and the words after it', () => {
  it('sees the word-list verb it may depend on, and the two words after it', () => {
    const f = grumbledFeatures('The mayor said critics grumbled that the plan was late.');
    // the nearest word-list verb on the left, close by
    expect(f).toContain('pv=CLAUSE@1');
    expect(f).toContain('wnn=grumbled|that|the');
  });

  it('says "none" when no known verb stands before the word', () => {
    const f = grumbledFeatures('Neighbours grumbled that the new road was too loud.');
    expect(f).toContain('pv=none');
  });
});
