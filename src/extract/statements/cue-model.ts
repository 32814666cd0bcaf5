/**
 * A learned cue detector for the open tail of reporting expressions the word lists do not cover
 * ("bemoaned", "made clear", "his preference for", "is eager to"): an averaged perceptron over
 * sparse features of one word and its neighbours, trained on the PolNeAR train split by
 * `npm run train:attribution` (eval/train-attribution.ts, deterministic). Weights are static JSON.
 *
 * Feature extraction lives here so that training and extraction see exactly the same features.
 */
import type { Token } from '../document';
import WEIGHTS from './cue-weights.json';
import { FeatureList, LinearModel, ScoreSum, type FeatureSink } from './ranker';
import { wordnetInfo } from './wordnet';

/** Function words: never a cue head on their own (the cue grows over them by rule). */
export const NON_HEADS = new Set(['the', 'a', 'an', 'of', 'and', 'or', 'but', 'to', 'in', 'on', 'at', 'for', 'with',
  'by', 'from', 'about', 'as', 'into', 'onto', 'over', 'under', 'than', 'that', 'this', 'these', 'those', 'it', 'its',
  'he', 'she', 'they', 'we', 'i', 'you', 'him', 'her', 'them', 'us', 'me', 'his', 'their', 'our', 'my', 'your',
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'do', 'does', 'did', 'will', 'would',
  'can', 'could', 'should', 'may', 'might', 'must', 'shall', 'not', "n't", 'no', 'so', 'if', 'when', 'while',
  'who', 'whom', 'whose', 'which', 'what', 'where', 'why', 'how', 'there', 'here', 'then', 'also', 'just', 'very',
  'more', 'most', 'some', 'any', 'all', 'each', 'every', 'both', 'other', 'such', 'only', 'even', 'up', 'out',
  'down', 'off', 'now', 'after', 'before', 'since', 'until', 'because', 'though', 'although', 'against', 'between',
  'during', 'through', 'without', 'within', 'among', 'per', 'via', 'mr', 'mrs', 'ms', 'dr', "'s", '’s', 'one', 'two',
  'three', 'new', 'last', 'year', 'years', 'time', 'people', 'state', 'states', 'percent', 'according']);

export interface CueContext {
  /** Kind of the actor mention ending at this offset ("NAME", "PRONOUN", …), or undefined. */
  mentionEnd(pos: number): string | undefined;
  /** Whether an actor mention starts at this offset. */
  mentionStart(pos: number): boolean;
  /** Reporting-lexicon class of a lower-case word ("CLAUSE", "NP", "noun", …), or undefined. */
  lexClass(w: string): string | undefined;
  /** Words that may stand between a subject and its verb ("has", "also"). */
  aux: Set<string>;
}

const POSSESSIVES = /^(his|her|their|its|our|my|your)$/;
/** Copulas before an adjective cue ("remained wary of"): part of the cue, not its subject. */
export const COPULA = /^(remain|remains|remained|become|becomes|became|grew|grown|stay|stays|stayed|sounded|sounds|looked|looks)$/;

function shape(t: Token | undefined): string {
  if (!t) return '_';
  const c = t.text[0];
  if (/[\p{Lu}]/u.test(c)) return 'X';
  if (/[\p{Ll}]/u.test(c)) return 'x';
  if (/\d/.test(c)) return 'd';
  return t.text;
}

/** A crude stem shared by a word's inflections ("argued", "argues", "arguing" → "argu"). */
function stem(w: string): string {
  return w.replace(/(ies|ied|ying|ing|ed|es|s|e)$/, '');
}

const CLASSES: Record<string, string> = {};
for (const w of ['the', 'a', 'an', 'this', 'these', 'those', 'some', 'any', 'no', 'every', 'each']) CLASSES[w] = 'D';
for (const w of ['his', 'her', 'their', 'its', 'our', 'my', 'your']) CLASSES[w] = 'P';
for (const w of ['he', 'she', 'they', 'we', 'i', 'you', 'it', 'him', 'them', 'us', 'me']) CLASSES[w] = 'R';
for (const w of ['of', 'about', 'for', 'on', 'against', 'with', 'as', 'over', 'at', 'in', 'into', 'toward', 'towards', 'from', 'by', 'regarding']) CLASSES[w] = 'I';
for (const w of ['that', 'to', 'whether', 'if', 'how', 'what', 'why', 'when', 'who', 'which', 'and', 'but', 'or', 'not', "n't", 'be', 'is', 'was', 'are', 'were', 'has', 'have', 'had']) CLASSES[w] = w;

/**
 * The word a feature sees: lower case, except that a word with capitals that no word list knows (a
 * name, a handle, "Ortizville", "realFooBar") is only "Xx": the model learns how news is written, not who
 * is in the corpus.
 */
function form(text: string, ctx: CueContext): string {
  const lower = text.toLowerCase();
  if (lower === text) return lower;
  const part = (p: string): string => {
    const l = p.toLowerCase();
    return l === p || CLASSES[l] || NON_HEADS.has(l) || ctx.lexClass(l) !== undefined ? l : 'Xx';
  };
  // "anti-Trump" is "anti-Xx"
  return text.includes('-') ? text.split('-').map(part).join('-') : part(text);
}

/** A coarse class of a lower-case token (punctuation and closed-class words stand for themselves). */
function wordClass(w: string): string {
  const c = CLASSES[w];
  if (c) return c;
  if (!/[a-z0-9]/.test(w[0] ?? '')) return w.length === 1 || w === '“q”' || w === '<s>' || w === '</s>' ? w : 'w';
  if (/ing$/.test(w)) return 'G';
  if (/ed$/.test(w)) return 'E';
  if (/ly$/.test(w)) return 'L';
  if (/s$/.test(w)) return 'S';
  return 'w';
}

/** The form of each token of the sentence last seen (a sentence's words are scored one after another). */
let formToks: Token[] | null = null;
let formLex: ((w: string) => string | undefined) | null = null;
let forms: (string | undefined)[] = [];

// Plain functions rather than closures inside cueFeaturesInto: that runs for every token scored, and each
// closure made there was an allocation (and, under tsx, a renaming call) per token.
/** form() of token k of the sentence whose forms are held (cueFeaturesInto resets them per sentence). */
function tokenForm(toks: Token[], k: number, ctx: CueContext): string {
  return forms[k] ?? (forms[k] = form(toks[k].text, ctx));
}

/** The word a neighbour feature sees: the token's form, "“q”" inside a quotation, or a sentence edge. */
function neighbour(toks: Token[], k: number, q: ArrayLike<boolean>, ctx: CueContext): string {
  return k >= 0 && k < toks.length ? (q[k] ? '“q”' : tokenForm(toks, k, ctx)) : k < 0 ? '<s>' : '</s>';
}

/** The sparse features of token i as a cue head. */
export function cueFeatures(toks: Token[], i: number, q: ArrayLike<boolean>, ctx: CueContext): string[] {
  const out = new FeatureList();
  out.reset();
  cueFeaturesInto(out, toks, i, q, ctx);
  return out.result();
}

/** The features of token i as a cue head, handed to `out` in order. */
function cueFeaturesInto(out: FeatureSink<unknown>, toks: Token[], i: number, q: ArrayLike<boolean>, ctx: CueContext): void {
  if (toks !== formToks || ctx.lexClass !== formLex) {
    formToks = toks;
    formLex = ctx.lexClass;
    forms = new Array(toks.length);
  }
  const w = tokenForm(toks, i, ctx);
  const p1 = neighbour(toks, i - 1, q, ctx);
  const p2 = neighbour(toks, i - 2, q, ctx);
  const n1 = neighbour(toks, i + 1, q, ctx);
  const n2 = neighbour(toks, i + 2, q, ctx);
  out.add('w=', w);
  out.add('s3=', w.slice(-3));
  out.add('s2=', w.slice(-2));
  out.add('p1=', p1);
  out.add('p2=', p2);
  out.add('n1=', n1);
  out.add('n2=', n2);
  out.add('wn=', w, n1);
  out.add('pw=', p1, w);
  out.add('sh=', shape(toks[i]) + shape(toks[i + 1]));
  out.add('lex=', ctx.lexClass(w) ?? '-');
  out.add('nlex=', ctx.lexClass(n1) ?? '-');
  // the subject slot: back over auxiliaries and adverbs
  let L = i - 1;
  if (L >= 0 && !q[L] && COPULA.test(toks[L].text.toLowerCase())) L--;
  while (L >= 0 && !q[L] && (ctx.aux.has(toks[L].text.toLowerCase()) || /^[a-z]+ly$/.test(toks[L].text))) L--;
  let subj = '<s>';
  if (L >= 0) {
    const t = toks[L];
    const lt = t.text.toLowerCase();
    const mk = q[L] ? undefined : ctx.mentionEnd(t.end);
    if (q[L]) subj = 'quote';
    else if (mk) subj = 'M' + mk;
    else if (POSSESSIVES.test(lt)) subj = 'poss';
    else if (/^['’]s$/.test(lt) || /['’]s$/.test(lt)) subj = 'gen';
    else if (/^(he|she|they|we|i|you|it|who)$/.test(lt)) subj = 'pron:' + lt;
    else if (/^[,;:—–(]$/.test(t.text)) subj = 'punct' + t.text;
    else subj = 'w:' + shape(t);
  }
  const st = stem(w);
  const c1 = wordClass(n1);
  const c2 = wordClass(n2);
  const subjC = subj.startsWith('M') || subj.startsWith('pron') ? 'actor' : subj;
  // subject kind, ending and next class: what lets an unseen verb be read ("X harrumphed that …")
  out.add('subj=', subj);
  out.add('aux=', L < i - 1 ? 'y' : 'n');
  out.add('stem=', st);
  out.add('st|c1=', st, c1);
  out.add('c1c2=', c1 + c2);
  out.add('sc|s2|c1=', subjC, w.slice(-2), c1);
  out.add('pc|w=', wordClass(p1), w);
  // what follows: an actor, a quotation, a clause
  if (i + 1 < toks.length && !q[i + 1] && ctx.mentionStart(toks[i + 1].start)) out.add('nM');
  for (let k = i + 1; k < toks.length && k <= i + 6; k++) {
    if (q[k]) {
      out.add('qAfter', String(Math.min(3, k - i)));
      break;
    }
  }
  if (i === 0 || (L < 0 && i - 1 < 3)) out.add('start');
  // The word's lexicon class with its frame (who is on the left, what opens the right): generalises
  // from verbs seen in training to the rest of their class. Only for lexicon words: a class "none"
  // would lump words never seen with the seen non-cues and hold back an unseen verb ("X harrumphed that").
  const lx = ctx.lexClass(w);
  if (lx) {
    out.add('lx|sc|c1=', lx, subjC, c1);
    out.add('lx|c1=', lx, c1);
    out.add('lx|sc=', lx, subjC);
  }
  // WordNet's classes of the word's lemmas and the clause frames of its verb senses: they hold for
  // words that neither the training text nor the lexicon has ("X intimated that …": a verb of
  // communication with a that-clause frame). Alone, not with the subject slot: conjoined, they split
  // into rarer features that fit train and lose held out.
  const wn = wordnetInfo(w);
  for (const c of wn.verbFirst) out.add('wnv1=', c);
  for (const c of wn.verbAny) out.add('wnv=', c);
  for (const f of wn.frames) {
    out.add('wnf=', f);
    out.add('wnf|c1=', f, c1);
  }
  for (const c of wn.nounFirst) out.add('wnn1=', c);
  for (const c of wn.nounAny) out.add('wnna=', c);
  out.add('st|c1c2=', st, c1 + c2);
  out.add('sc|c1=', subjC, c1);
  // how far the complement's marker is ("pushed back hard on the idea that", "warned reporters:")
  let mk = 'none';
  for (let k = i + 1; k < toks.length && k <= i + 8; k++) {
    const m = q[k] ? 'q' : toks[k].text.toLowerCase();
    if (m === 'q' || m === 'that' || m === ':' || m === ',' || m === 'to' || m === 'whether' || m === '.' || m === 'if') {
      mk = m + '@' + Math.min(4, k - i);
      break;
    }
  }
  out.add('mk=', mk);
  // a finite clause right after the word (a subject, then a verb-like word) is its likely content
  if (i + 1 < toks.length && !q[i + 1] && (ctx.mentionStart(toks[i + 1].start) || CLASSES[n1] === 'R')) {
    let k = i + 2;
    while (k < toks.length && k <= i + 5 && !q[k] && /^[A-Z]/.test(toks[k].text)) k++;
    const v = k < toks.length ? wordClass(neighbour(toks, k, q, ctx)) : '_';
    out.add('fin=', v);
    if (lx) out.add('lx|fin=', lx, v);
  }
  // the nearest word on the left that a word list knows: the verb the word may depend on ("said critics
  // grumbled that": a cue inside reported speech is still a cue; "the report's call for")
  let pv = 'none';
  for (let k = i - 1; k >= 0 && k >= i - 8; k--) {
    if (q[k]) continue;
    const c = ctx.lexClass(tokenForm(toks, k, ctx));
    if (c) {
      pv = c + (k >= i - 2 ? '@1' : '@f');
      break;
    }
  }
  out.add('pv=', pv);
  // the word and the two after it: multi-word cues ("raised questions about", "took aim at")
  out.add('wnn=', w, n1, n2);
}

/** The model's score for a token's features (> 0: a cue). */
const CUE_MODEL = new LinearModel((WEIGHTS as { w: Record<string, number> }).w, (WEIGHTS as { bias: number }).bias);
export const cueScore = (feats: string[]): number => CUE_MODEL.score(feats);

const cueSum = new ScoreSum(CUE_MODEL);
/** The model's score of token i as a cue head: cueScore(cueFeatures(…)) without building the strings. */
export function cueScoreOf(toks: Token[], i: number, q: ArrayLike<boolean>, ctx: CueContext): number {
  cueSum.reset();
  cueFeaturesInto(cueSum, toks, i, q, ctx);
  return cueSum.result();
}
