import { buildDocument } from '../../../src/extract/document';
import { findActors } from '../../../src/extract/actors';
import { nameGender, scoreSubstitutions, substitutions } from '../../../eval/pronoun-proxy';

describe('pronoun substitution proxy', () => {
  const text = 'Senator Laura Finch spoke in Dover on Monday. Finch said the bridge would be rebuilt. The mayor agreed, and Finch smiled.';

  it('knows a person\'s gender from a given name or a gendered title only', () => {
    const actors = findActors(buildDocument(text));
    expect(nameGender(actors.find((a) => a.name === 'Laura Finch')!, text)).toBe('F');
    const t2 = 'Mr. Oduya Kem arrived. Kem spoke.';
    expect(nameGender(findActors(buildDocument(t2)).find((a) => a.name.endsWith('Kem'))!, t2)).toBe('M');
  });

  it('replaces only later surname subjects of sentences, with the pronoun of the person\'s gender', () => {
    const subs = substitutions(text, findActors(buildDocument(text)));
    expect(subs).toEqual([{ at: text.indexOf('Finch said'), end: text.indexOf('Finch said') + 5, pronoun: 'She', actor: 'Laura Finch' }]);
  });

  it('counts a pronoun resolved to the named person as right, and one resolved elsewhere as wrong', () => {
    expect(scoreSubstitutions(text)).toEqual({ total: 1, right: 1, unresolved: 0 });
    // the nearest subject is now another woman, so "She" goes to her
    const other = 'Senator Laura Finch spoke in Dover. Judge Ruth Amos listened. Finch said the bridge would be rebuilt.';
    expect(scoreSubstitutions(other)).toEqual({ total: 1, right: 0, unresolved: 0 });
  });
});
