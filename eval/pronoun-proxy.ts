/**
 * npm run eval:pronouns [-- --split train --limit N --hide-gender]
 *
 * Pronoun resolution has no gold in our corpora, so this measures it by substitution: where a
 * sentence's subject is a person's surname that the article has already introduced by full name
 * ("…. Roe said …" after "Jane Roe"), the surname is replaced by the pronoun of that person's
 * gender, known from a given name or a gendered title, and the actor finder runs again on the changed
 * text. The figure is the share of such pronouns resolved to the person the surname named. One
 * substitution per run, so no pronoun is resolved against another substitution.
 *
 * A proxy: writers use the name where a pronoun would be unclear, so the test is harder than the
 * pronouns in real text. Compare rules on it; do not read it as an accuracy of real pronouns.
 */
import { buildDocument } from '../src/extract/document';
import { findActors } from '../src/extract/actors';
import { GIVEN_NAMES } from '../src/extract/lexicon/names';
import type { ActorFinding } from '../src/extract/types';
import { loadSplit } from './polnear-load';
import { arg } from './cli-args';

const FEMALE_TITLE = /^(Mrs|Ms|Miss|Madam|Queen|Princess|Lady|Sister)\.?$/;
const MALE_TITLE = /^(Mr|King|Prince|Sir|Lord|Father|Brother)\.?$/;

/** The gender a person's full name or title shows, or null. */
export function nameGender(a: ActorFinding, text: string): 'M' | 'F' | null {
  if (a.kind !== 'PERSON') return null;
  const first = a.name.split(/\s+/)[0].toLowerCase();
  const g = GIVEN_NAMES.get(first);
  if (g) return g;
  if (a.title && FEMALE_TITLE.test(a.title)) return 'F';
  if (a.title && MALE_TITLE.test(a.title)) return 'M';
  for (const m of a.mentions) {
    const before = text.slice(Math.max(0, m.span[0] - 6), m.span[0]).trim().split(/\s+/).pop() ?? '';
    if (FEMALE_TITLE.test(before)) return 'F';
    if (MALE_TITLE.test(before)) return 'M';
  }
  return null;
}

export interface Substitution {
  at: number;
  end: number;
  pronoun: string;
  actor: string;
}

/** Surname subjects of sentences after the person's first mention, each with its pronoun. */
export function substitutions(text: string, actors: ActorFinding[]): Substitution[] {
  const out: Substitution[] = [];
  for (const a of actors) {
    const g = nameGender(a, text);
    if (!g) continue;
    const parts = a.name.split(/\s+/);
    if (parts.length < 2) continue;
    const surname = parts[parts.length - 1];
    const ms = [...a.mentions].sort((x, y) => x.span[0] - y.span[0]);
    for (const m of ms.slice(1)) {
      if (text.slice(m.span[0], m.span[1]) !== surname) continue;
      // a sentence subject: after a sentence end or a paragraph break, before a lower-case word
      const before = text.slice(Math.max(0, m.span[0] - 3), m.span[0]);
      const after = text.slice(m.span[1], m.span[1] + 2);
      if (!/(?:[.!?]["”’]?\s+|\n\s*)$/.test(before) && m.span[0] !== 0) continue;
      if (!/^ [a-z]/.test(after)) continue;
      out.push({ at: m.span[0], end: m.span[1], pronoun: g === 'M' ? 'He' : 'She', actor: a.name });
    }
  }
  return out;
}

export interface ProxyCounts {
  total: number;
  right: number;
  unresolved: number;
}

/**
 * Runs every substitution of one article and counts the pronouns resolved to the named person. With
 * `hideGender` the person's given name is replaced by one no lexicon knows (same length, so offsets
 * stay): the case of a person whose gender the text does not show.
 */
export function scoreSubstitutions(original: string, hideGender = false): ProxyCounts {
  const c: ProxyCounts = { total: 0, right: 0, unresolved: 0 };
  for (const s of substitutions(original, findActors(buildDocument(original)))) {
    let text = original.slice(0, s.at) + s.pronoun + original.slice(s.end);
    const given = s.actor.split(/\s+/)[0];
    const shown = hideGender ? ['Q' + 'x'.repeat(given.length - 1), ...s.actor.split(/\s+/).slice(1)].join(' ') : s.actor;
    if (hideGender) text = text.split(s.actor).join(shown);
    const holder = findActors(buildDocument(text)).find((a) => a.mentions.some((m) => m.span[0] === s.at && m.kind === 'PRONOUN'));
    c.total++;
    if (!holder) c.unresolved++;
    else if (holder.name === shown || holder.aliases.includes(shown)) c.right++;
  }
  return c;
}

function main(): void {
  const split = arg('split', 'train');
  const limit = Number(arg('limit', '0'));
  const hideGender = process.argv.includes('--hide-gender');
  let articles = loadSplit(split);
  if (limit > 0) articles = articles.slice(0, limit);
  const sum: ProxyCounts = { total: 0, right: 0, unresolved: 0 };
  for (const art of articles) {
    const c = scoreSubstitutions(art.text, hideGender);
    sum.total += c.total;
    sum.right += c.right;
    sum.unresolved += c.unresolved;
  }
  const { total, right, unresolved } = sum;
  console.log(`pronoun substitution (${split}, ${articles.length} articles${hideGender ? ', given names hidden' : ''}): ${total} surname subjects replaced by he/she`);
  console.log(`resolved to the named person: ${right}/${total} = ${(right / Math.max(1, total)).toFixed(3)}; unresolved ${unresolved}`);
}

if (require.main === module) main();
