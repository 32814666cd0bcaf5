import { actorIdentity, isGlobalName, normalizeName } from '../../src/ingest/actor-identity';
import { tightSpan } from '../../src/ingest/store';

describe('actor identity', () => {
  it('folds case, accents and punctuation', () => {
    expect(normalizeName('Bashar al-Assad')).toBe('bashar al assad');
    expect(normalizeName('BASHAR AL ASSAD')).toBe('bashar al assad');
    expect(normalizeName('José  Martí')).toBe('jose marti');
  });

  it('names are global, lower-case descriptions belong to their article', () => {
    expect(isGlobalName('Amir Hatami')).toBe(true);
    expect(isGlobalName('Senior Iranian officials')).toBe(true);
    expect(isGlobalName('Iran')).toBe(true);
    expect(isGlobalName('his aides')).toBe(false);
    expect(isGlobalName('the senator')).toBe(false);
    expect(actorIdentity('his aides', 'abc123')).not.toBe(actorIdentity('his aides', 'def456'));
    expect(actorIdentity('Amir Hatami', 'abc123')).toBe(actorIdentity('Amir  HATAMI', 'def456'));
  });
});

describe('statement spans as stored', () => {
  it('drop the quotation marks and the comma before the cue, keep what is inside', () => {
    const text = '“We will win,” she said. He said "no." \'Fine\'';
    expect(text.slice(...tightSpan(text, [0, 14]))).toBe('We will win');
    expect(text.slice(...tightSpan(text, [33, 38]))).toBe('no.');
    expect(text.slice(...tightSpan(text, [39, 45]))).toBe('Fine');
    expect(tightSpan(text, [13, 14])).toEqual([13, 14]); // nothing left: unchanged
  });
});

import { canonicalizeArticle } from '../../src/ingest/article-input';

describe('article text', () => {
  it('a stray control character becomes a space, offsets unchanged; many mean binary', () => {
    const a = canonicalizeArticle({ text: 'The mayor\u001b said the road would open.' });
    expect(a.text).toBe('The mayor  said the road would open.');
    expect(() => canonicalizeArticle({ text: '\u0001\u0002\u0003\u0004\u0005 ok' })).toThrow(/control characters/);
    expect(() => canonicalizeArticle({ text: 'zip\u0000file' })).toThrow(/NUL/);
    expect(canonicalizeArticle({ text: 'Line one\r\nLine two' }).text).toBe('Line one\nLine two');
  });
});
