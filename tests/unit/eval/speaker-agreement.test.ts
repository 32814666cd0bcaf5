import { addAgreement, emptyAgreement, nameWords } from '../../../eval/speaker-agreement';
import type { ActorFinding, StatementFinding } from '../../../src/extract/types';

const actor = (key: string, name: string, aliases: string[] = []): ActorFinding =>
  ({ key, name, kind: 'PERSON', title: null, affiliation: null, aliases, mentions: [] }) as ActorFinding;
const said = (speaker: string | null): StatementFinding =>
  ({ content: [[0, 1]], cue: null, source: null, speaker, kind: 'INDIRECT', time: null }) as StatementFinding;

describe('speaker agreement', () => {
  it('takes the naming words of a gold source, not pronouns, titles or numbers', () => {
    const text = 'Sen. Ruth Amsel’s aide; She; Forty percent of Iowans';
    expect(nameWords(text, [0, 22])).toEqual(['Ruth', 'Amsel']);
    expect(nameWords(text, [24, 27])).toEqual([]);
    expect(nameWords(text, [29, 52])).toEqual(['Iowans']);
  });

  it('counts agreement through names and aliases, and unresolved speakers apart', () => {
    const text = 'Governor Ruth Amsel';
    const actors = new Map([['a1', actor('a1', 'Ruth Amsel')], ['a2', actor('a2', 'Karl Dunmore', ['the governor'])]]);
    const c = emptyAgreement();
    addAgreement(c, text, [9, 19], said('a1'), actors);
    addAgreement(c, text, [9, 19], said('a2'), actors);
    addAgreement(c, text, [9, 19], said(null), actors);
    addAgreement(c, text, [0, 8], said('a1'), actors); // "Governor" alone names no one
    expect(c).toEqual({ named: 3, agree: 1, unresolved: 1 });
  });
});
