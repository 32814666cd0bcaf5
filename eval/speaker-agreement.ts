/**
 * Speaker agreement: a check of actor resolution that PolNeAR's metrics do not make (they score the
 * `source` span, not the actor it resolves to). Of the paired statements whose gold source names
 * someone (a capitalised word that is not a pronoun, a determiner, a number or a title), the share
 * whose resolved speaker's name or one of its aliases contains one of those words. Approximate by
 * design ("Republicans" against an actor "Republican Party" agrees); a tracking figure, not a target.
 */
import type { ActorFinding, Span, StatementFinding } from '../src/extract/types';

const NOT_NAMES = new Set(['The', 'A', 'An', 'This', 'That', 'These', 'Those', 'His', 'Her', 'Their', 'Its', 'Our', 'My',
  'He', 'She', 'They', 'It', 'We', 'You', 'Who', 'Some', 'Most', 'Many', 'Several', 'Other', 'Others', 'One', 'Two',
  'Three', 'Four', 'Five', 'Six', 'Seven', 'Eight', 'Nine', 'Ten', 'Half', 'About', 'Nearly', 'Almost', 'Only', 'Just',
  'More', 'Even', 'But', 'And', 'In', 'Mr', 'Mrs', 'Ms', 'Dr', 'Sen', 'Rep', 'Gov', 'President', 'Former', 'Senator',
  'Secretary', 'Minister', 'Governor', 'Speaker', 'Judge', 'General',
  // affiliations, not names: "Republican presidential nominee Donald Trump"
  'Democratic', 'Republican', 'American', 'Conservative', 'Liberal']);
const NUMBER_WORD = /^(Twenty|Thirty|Forty|Fifty|Sixty|Seventy|Eighty|Ninety|Hundred|Thousand)/;

export interface AgreementCounts {
  named: number;
  agree: number;
  unresolved: number;
}

export function emptyAgreement(): AgreementCounts {
  return { named: 0, agree: 0, unresolved: 0 };
}

/** The capitalised words of a gold source that name someone. */
export function nameWords(text: string, source: Span[] | Span | null): string[] {
  if (!source || source.length === 0) return [];
  const segs = (typeof source[0] === 'number' ? [source] : source) as Span[];
  const words = segs.flatMap(([s, e]) => text.slice(s, e).match(/\p{Lu}[\p{L}'’-]+/gu) ?? []);
  return words.map((w) => w.replace(/['’]s$/, '')).filter((w) => w.length >= 3 && !NOT_NAMES.has(w) && !NUMBER_WORD.test(w));
}

/** Adds one paired statement: its gold source and the system statement it was paired with. */
export function addAgreement(c: AgreementCounts, text: string, goldSource: Span[] | Span | null, system: StatementFinding, actors: Map<string, ActorFinding>): void {
  const words = nameWords(text, goldSource);
  if (words.length === 0) return;
  c.named++;
  const actor = system.speaker ? actors.get(system.speaker) : undefined;
  if (!actor) {
    c.unresolved++;
    return;
  }
  const names = [actor.name, ...actor.aliases].join(' ');
  if (words.some((w) => names.includes(w))) c.agree++;
}
