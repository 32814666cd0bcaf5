import { actorIdentity, isGlobalName, normalizeName } from '../../src/ingest/actor-identity';

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
