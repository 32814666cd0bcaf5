/**
 * Where reported speech ends. The rules give each statement a content (usually the complement to the
 * sentence end, or a noun phrase to the next comma); news annotators often stop earlier (before a
 * trailing adverbial, a `, who …` clause about someone in the content, a `, but …` clause of the
 * writer) or run on further (a noun phrase past its comma). After the rules, every statement whose
 * content is reported speech (not mostly inside quotation marks) and lies within one sentence gets a
 * set of candidate end points: before punctuation (comma, dash, semicolon, colon, parenthesis), before
 * a coordinator, preposition, subordinator or relative pronoun, at the rules' own end, and at the
 * sentence end (or the next statement's span, which a content never runs into). A small averaged
 * perceptron ranker (weights in extent-weights.json, trained on the PolNeAR train split by
 * `npm run train:extent`, eval/train-extent.ts, seeded) picks one.
 *
 * Features see the words around each boundary, the cue word and its lexicon class, what the content
 * opens with (a complementizer, *to*, a determiner…), the distance, commas crossed, and whether the
 * boundary is the rules' choice. Names are hidden: a capitalised word that is not a function word is
 * "Xx". Feature extraction lives here so that training and extraction see exactly the same features.
 */
import { sentenceAt, tokenIndexAt, type Document, type Sentence, type Token } from '../document';
import type { Span } from '../types';
import WEIGHTS from './extent-weights.json';
import { STATEMENT_NOUNS } from '../lexicon/reporting';
import { chooseCandidate, FeatureList, LinearModel, ScoreSum, type FeatureSink } from './ranker';
import { candidateStarts, startCandidates, startSum, START_MARGIN, type StartCandidate } from './start';

/** The part of a statement draft the extent step reads and rewrites. */
export interface ExtentDraft {
  content: Span[];
  cue: Span | null;
  source: Span | null;
}

export interface ExtentContext {
  /** Whether the character at pos lies inside a quotation. */
  inQuote(pos: number): boolean;
  /** Reporting-lexicon class of a lower-case word, or undefined. */
  lexClass(w: string): string | undefined;
  /** Whether a time expression starts at pos. */
  timexAt?(pos: number): boolean;
}

export interface ExtentCandidate<F = string[]> {
  /** Content end offset if this candidate is chosen. */
  end: number;
  /** The features (or, as extraction ranks them, straight away their score). */
  feats: F;
  /** The rules' own end. */
  orig: boolean;
}

export interface ExtentOptions {
  /** Another scorer than the committed weights (cross-validation). */
  scorer?: (feats: string[]) => number;
  /** Training hook: receives every eligible content and its candidates; contents are left unchanged. */
  collect?: (content: Span, cands: ExtentCandidate[]) => void;
  /** Leave every content as the rules made it. */
  off?: boolean;
  /** How far a candidate must score above the rules' own end to replace it (default EXTENT_MARGIN). */
  margin?: number;
  /** Another scorer of candidate starts than the committed weights (training, cross-validation). */
  startScorer?: (feats: string[]) => number;
  /** How far a candidate start must score above the rules' own start (default START_MARGIN). */
  startMargin?: number;
  /** Leave every start as the rules made it. */
  startOff?: boolean;
  /** Training hook: receives every eligible content and its candidate starts; nothing is changed after the rules. */
  collectStart?: (content: Span, cands: StartCandidate[]) => void;
}

/** Words before which a content may end. */
const BREAK_WORDS = new Set(['and', 'or', 'but', 'nor', 'yet', 'so', 'who', 'whom', 'whose', 'which', 'that', 'where',
  'when', 'while', 'whereas', 'because', 'as', 'after', 'before', 'since', 'if', 'unless', 'though', 'although',
  'until', 'than', 'to', 'in', 'on', 'at', 'for', 'with', 'by', 'from', 'about', 'during', 'over', 'under',
  'against', 'without', 'through', 'into', 'amid', 'among', 'despite', 'including', 'like', 'per', 'via',
  'according', 'saying', 'adding', 'calling', 'citing', 'noting', 'arguing', 'even', 'instead', 'rather', 'not',
  'what', 'how', 'why', 'whether', 'toward', 'towards', 'around', 'across', 'upon', 'outside', 'inside', 'behind',
  'following', 'ahead', 'along', 'beyond', 'within', 'out', 'up', 'off', 'down', 'back', 'then', 'now', 'also',
  'ever', 'only', 'just', 'here', 'there', 'this', 'last', 'next', 'earlier', 'later', 'yesterday', 'today',
  'tonight', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'said', 'says', 'told']);

/** Closed-class words a feature may see even when capitalised. */
const KNOWN = new Set([...BREAK_WORDS, 'the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'he',
  'she', 'they', 'we', 'i', 'you', 'it', 'him', 'them', 'us', 'me', 'is', 'are', 'was', 'were', 'be', 'been', 'has',
  'have', 'had', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must', 'do', 'does', 'did', 'some', 'any',
  'no', 'all', 'these', 'those', 'every', 'each', 'mr', 'mrs', 'ms', 'dr', 'sen', 'rep', 'gov', 'president']);

export const DETS = new Set(['the', 'a', 'an', 'this', 'these', 'those', 'some', 'any', 'no', 'every', 'each', 'all', 'his',
  'her', 'their', 'its', 'our', 'my', 'your']);
export const PRONS = new Set(['he', 'she', 'they', 'we', 'i', 'you', 'it']);
export const FINITE = /^(is|are|was|were|will|would|can|could|should|may|might|must|has|have|had|do|does|did|'s|’s|'re|’re|'ll|’ll|n't|n’t)$/;

/** The word a feature sees: lower case; an unknown capitalised word is "Xx", a number "0". */
export function form(t: Token | undefined): string {
  if (!t) return '</s>';
  const w = t.text;
  const l = w.toLowerCase();
  const c = w.charCodeAt(0);
  if (c >= 48 && c <= 57) return '0';
  if (l === w) return l;
  return KNOWN.has(l) ? l : 'Xx';
}

/** The tokens whose forms formAt() holds (a sentence's contents are ranked one after another). */
let formToks: Token[] | null = null;
let formCache: (string | undefined)[] = [];

/** form(toks[k]), computed once per token of the sentence last seen. */
export function formAt(toks: Token[], k: number): string {
  if (toks !== formToks) {
    formToks = toks;
    formCache = new Array(toks.length);
  }
  return formCache[k] ?? (formCache[k] = form(toks[k]));
}

/** A coarse class of a feature word. */
export function cls(w: string): string {
  if (DETS.has(w)) return 'D';
  if (PRONS.has(w)) return 'R';
  if (FINITE.test(w)) return 'V';
  if (BREAK_WORDS.has(w)) return w;
  if (w === 'Xx' || w === '0' || w === '</s>') return w;
  const c = w.charCodeAt(0);
  if (!((c >= 97 && c <= 122) || c > 127)) return w; // punctuation stands for itself
  if (w.endsWith('ing')) return 'G';
  if (w.endsWith('ed')) return 'E';
  if (w.endsWith('ly')) return 'L';
  if (w.endsWith('s')) return 'S';
  return 'w';
}

export function bucket(n: number): string {
  return n <= 3 ? String(n) : n <= 6 ? '6' : n <= 10 ? '10' : n <= 16 ? '16' : n <= 25 ? '25' : '40';
}

export const PUNCT_BREAK = /^[,;:—–\-()[\]“”"‘’']$/;

/**
 * The candidate ends of one content (null when the content is not eligible: several segments, mostly
 * quoted, or not within one sentence). `limit` is where the next statement's spans begin.
 */
/**
 * The tokens of a content a ranker may move: one segment within one sentence, mostly unquoted. `i0` is
 * its first token, `k0` the number of tokens that start before its end. Null when not eligible.
 */
export function rankableContent(doc: Document, d: ExtentDraft, ctx: ExtentContext): { sent: Sentence; toks: Token[]; i0: number; k0: number } | null {
  if (d.content.length !== 1) return null;
  const [cs, ce] = d.content[0];
  const sent = sentenceAt(doc, cs);
  // a 1 MB "sentence" is not news prose (the rules skip it too): no candidates, so no quadratic cost
  if (!sent || ce > sent.end + 1 || sent.tokens.length > 2000) return null;
  const toks = sent.tokens;
  const i0 = tokenIndexAt(toks, cs);
  if (i0 >= toks.length) return null;
  let k0 = i0;
  let quoted = 0;
  let total = 0;
  while (k0 < toks.length && toks[k0].start < ce) {
    const len = toks[k0].end - toks[k0].start;
    total += len;
    if (ctx.inQuote(toks[k0].start)) quoted += len;
    k0++;
  }
  if (total === 0 || quoted / total >= 0.5) return null;
  return { sent, toks, i0, k0 };
}

export function extentCandidates(doc: Document, d: ExtentDraft, limit: number, ctx: ExtentContext, lexClass: (w: string) => string | undefined = ctx.lexClass): ExtentCandidate[] | null {
  return candidateEnds(new FeatureList(), doc, d, limit, ctx, lexClass);
}

/** extentCandidates() with each candidate's features given to `sink` (a FeatureList, or a ScoreSum). */
function candidateEnds<F>(sink: FeatureSink<F>, doc: Document, d: ExtentDraft, limit: number, ctx: ExtentContext, lexClass: (w: string) => string | undefined): ExtentCandidate<F>[] | null {
  const r = rankableContent(doc, d, ctx);
  if (!r || r.k0 <= r.i0) return null;
  const { sent, toks, i0, k0 } = r;
  const [cs, ce] = d.content[0];
  // the last boundary: the sentence end, or the next statement's spans
  let kmax = k0;
  const stop = Math.min(limit, sent.end);
  while (kmax < toks.length && toks[kmax].start < stop) kmax++;
  // trailing sentence punctuation is not a boundary of its own
  let kEnd = kmax;
  while (kEnd > k0 && /^[.!?]$/.test(toks[kEnd - 1].text)) kEnd--;
  const limited = kmax < toks.length && toks[kmax].start >= limit;

  const cueWord = d.cue ? doc.text.slice(d.cue[0], d.cue[1]).toLowerCase().split(/\s+/).pop() ?? '' : '';
  const cueW = /^[a-z]+$/.test(cueWord) ? cueWord : cueWord.length === 1 ? cueWord : 'Xx';
  const cueLex = lexClass(cueW) ?? '-';
  const post = d.cue && d.cue[0] > cs ? 'post' : 'pre';
  const f0 = formAt(toks, i0);
  const ct = f0 === 'that' || f0 === 'to' || f0 === 'whether' || f0 === 'if' || f0 === 'how' || f0 === 'what' || f0 === 'why' ? f0 : cls(f0);

  // whether a finite or past-tense verb follows each boundary before the last one (a clause, not a phrase)
  const restVerb = new Uint8Array(kEnd + 2);
  for (let k = kEnd - 1; k >= i0; k--) {
    const f = formAt(toks, k);
    restVerb[k] = restVerb[k + 1] || FINITE.test(f) || (f.endsWith('ed') && f.length > 4) ? 1 : 0;
  }
  const origNext = k0 < kEnd ? formAt(toks, k0) : k0 < toks.length && !limited ? '</s>' : '<lim>';
  const on = cls(origNext);
  const cands: ExtentCandidate<F>[] = [];
  let commas = 0;
  let verb = false;
  for (let k = i0 + 1; k <= kEnd; k++) {
    const prev = toks[k - 1];
    const pf = formAt(toks, k - 1);
    if (pf === ',') commas++;
    if (k - 1 > i0 && (FINITE.test(pf) || pf.endsWith('ed'))) verb = true;
    const next = k < kEnd ? toks[k] : undefined;
    const isOrig = k === k0;
    const nf = next ? formAt(toks, k) : k < toks.length && !limited ? '</s>' : '<lim>';
    if (!isOrig && k !== kEnd) {
      if (!(PUNCT_BREAK.test(nf) || BREAK_WORDS.has(nf) || cls(nf) === 'G')) continue;
      // never inside a quotation
      if (ctx.inQuote(prev.start) && next && ctx.inQuote(next.start)) continue;
    }
    // trailing punctuation is trimmed by the scorer: a boundary after a comma is the one before it
    if (!isOrig && PUNCT_BREAK.test(pf) && pf !== '”' && pf !== '"' && pf !== ')') continue;
    const nc = cls(nf);
    const n2 = next && k + 1 < toks.length ? formAt(toks, k + 1) : '</s>';
    const n2c = cls(n2);
    const pc = cls(pf);
    const rel = k < k0 ? 'lt' : k > k0 ? 'gt' : 'eq';
    const dist = bucket(k - i0);
    const rest = bucket(kEnd - k);
    const cm = String(Math.min(3, commas));
    const n3c = next && k + 2 < toks.length ? cls(formAt(toks, k + 2)) : '</s>';
    const tx = next && ctx.timexAt ? (ctx.timexAt(next.start) ? 't0' : k + 1 < toks.length && ctx.timexAt(toks[k + 1].start) ? 't1' : '-') : '-';
    const rv = k < kEnd && restVerb[k] ? 'rv' : 'rn';
    // a statement noun just past the boundary: the venue of the saying ("… in an interview", "on a call")
    let sn = '-';
    for (let j = k + 1; j < kEnd && j <= k + 4; j++) {
      const w = toks[j].text;
      if (PUNCT_BREAK.test(w)) break;
      if (STATEMENT_NOUNS.has(w.toLowerCase())) { sn = 'sn'; break; }
    }
    const v = verb ? 'v' : 'nv';
    sink.reset();
    sink.add('n=', nf);
    sink.add('nc=', nc);
    sink.add('p=', pf);
    sink.add('pc|nc=', pc, nc);
    sink.add('n|n2c=', nf, n2c);
    sink.add('nc|n2c=', nc, n2c);
    sink.add('rel=', rel);
    sink.add('rel|nc=', rel, nc);
    sink.add('rel|ct=', rel, ct);
    sink.add('rel|post=', rel, post);
    sink.add('ct|nc=', ct, nc);
    sink.add('ct|n|n2c=', ct, nf, n2c);
    sink.add('lex|nc=', cueLex, nc);
    sink.add('cue|nc=', cueW, nc);
    sink.add('cue|rel=', cueW, rel);
    sink.add('d=', dist);
    sink.add('d|nc=', dist, nc);
    sink.add('r=', rest);
    sink.add('r|nc=', rest, nc);
    sink.add('cm|nc=', cm, nc);
    sink.add('v|nc=', v, nc);
    sink.add('v|ct|nc=', v, ct, nc);
    sink.add('post|nc=', post, nc);
    sink.add('n|n2=', nf, n2);
    sink.add('nc|n2c|n3c=', nc, n2c, n3c);
    sink.add('tx|nc=', tx, nc);
    sink.add('tx|ct=', tx, ct);
    sink.add('rv|nc=', rv, nc);
    sink.add('rv|v|ct=', rv, v, ct);
    sink.add('rv|n|n2c=', rv, nf, n2c);
    sink.add('on|rel|nc=', on, rel, nc);
    sink.add('on|ct|rel=', on, ct, rel);
    sink.add('sn|n=', sn, nf);
    sink.add('sn|ct|nc=', sn, ct, nc);
    if (isOrig) {
      sink.add('orig');
      sink.add('orig|n=', nf);
      sink.add('orig|ct=', ct);
      sink.add('orig|lex=', cueLex);
    }
    cands.push({ end: isOrig ? ce : prev.end, feats: sink.result(), orig: isOrig });
  }
  return cands.length > 1 ? cands : null;
}

/** How far a candidate must score above the rules' own end to replace it (chosen by cross-validation on train). */
export const EXTENT_MARGIN = 8;

/** The ranker's score of one candidate. */
const EXTENT_MODEL = new LinearModel((WEIGHTS as { w: Record<string, number> }).w);
export const extentScore = (feats: string[]): number => EXTENT_MODEL.score(feats);
const extentSum = new ScoreSum(EXTENT_MODEL);
const identity = (x: number): number => x;

/** Verb particles that belong to the cue ("laid out", "lashed out at", "struck down", "opened up about"). */
const LEAD_PARTICLES = new Set(['out', 'up', 'down', 'off', 'back']);
/** A preposition after a particle, also the cue's ("lashed out at", "lined up behind"). */
const PARTICLE_PREPS = new Set(['at', 'against', 'about', 'with', 'behind', 'on', 'for', 'of', 'over']);
/** Prepositions that belong to a cue when its content opens with them ("wrote about", "stood by", "cautioned against"). */
const LEAD_PREPS = new Set(['about', 'upon', 'against', 'for', 'by', 'among']);

/** Words of effort or readiness whose infinitive verb is part of the cue ("tried to block", "was quick to praise"). */
const AIM_WORDS = /^(try|tries|tried|trying|attempt|attempts|attempted|attempting|fail|fails|failed|failing|struggle|struggles|struggled|struggling|pivot|pivots|pivoted|pivoting|proceed|proceeds|proceeded|proceeding|quick|inclined|rushed|rushing|hastened|managed)$/;
/** A preposition the verb after an effort word takes ("tried to focus on", "failed to vote for"). */
const AIM_PREPS = new Set(['on', 'about', 'for', 'with', 'at', 'against', 'into', 'to', 'from', 'over']);

/**
 * Bare nouns that, after a light verb, are part of the cue with their preposition ("raised questions
 * about", "expressed concern over", "took issue with", "made fun of", "paid attention to").
 */
const LIGHT_NOUNS = new Set(['questions', 'concern', 'concerns', 'support', 'issue', 'attention', 'doubts', 'doubt',
  'credit', 'fun', 'aim', 'words', 'views', 'criticism', 'confidence', 'praise', 'blame', 'exception', 'note',
  'notice', 'objections', 'sympathy', 'disdain', 'frustration', 'outrage', 'anger', 'optimism', 'skepticism']);
const LIGHT_PREPS = new Set(['about', 'over', 'for', 'with', 'to', 'at', 'of', 'on', 'in', 'against', 'toward', 'towards']);

/** Light verbs whose noun phrase and preposition are part of the cue ("made the case for", "took a shot at", "offered his condolences for"). */
const LIGHT_VERBS = /^(make|makes|made|making|take|takes|took|taken|taking|offer|offers|offered|offering|give|gives|gave|given|giving|cast|casts|casting|turn|turns|turned|turning|hold|holds|held|holding|launch|launches|launched|launching)$/;
const LIGHT_DETS = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'no', 'some', 'several']);
/** The prepositions of such a phrase ("in" would take a place: "made a speech in Ohio"). */
const LIGHT_NP_PREPS = new Set(['about', 'over', 'for', 'with', 'to', 'at', 'of', 'on', 'against', 'toward', 'towards']);
const OBJ_START = /^(the|a|an|his|her|their|its|our|my|your|this|that|these|those|him|them|us|me|[A-Z0-9].*|[a-z]+ing)$/;

/**
 * A content that opens right after its cue with a verb particle or a preposition ("laid | out his
 * plan", "wrote | about the race") gives those words to the cue: annotators mark the phrasal verb as
 * the cue and what follows as the content.
 */
function moveStart(doc: Document, d: ExtentDraft, ctx: ExtentContext): void {
  if (!d.cue || d.content.length !== 1) return;
  const text = doc.text;
  // the same phrase when the verb itself was taken as the cue ("failed to | mention"): the effort word joins it
  const aim = /\b([A-Za-z]+)\s+to\s+$/.exec(text.slice(Math.max(0, d.cue[0] - 30), d.cue[0]));
  if (aim && AIM_WORDS.test(aim[1]) && /^[a-z]+$/.test(text.slice(d.cue[0], d.cue[1]))) d.cue = [d.cue[0] - aim[0].length, d.cue[1]];
  const [cs, ce] = d.content[0];
  if (d.cue[1] > cs || !/^\s*$/.test(text.slice(d.cue[1], cs))) return;
  if (ctx.inQuote(cs)) return;
  const re = /[A-Za-z]+/y;
  const word = (at: number): [string, number] | null => {
    re.lastIndex = at;
    const m = re.exec(text);
    return m && m.index + m[0].length < ce ? [m[0], m.index + m[0].length] : null;
  };
  /** The first offset from `at` (within the content) that is not a space. */
  const spacesFrom = (at: number): number => {
    while (at < ce && text[at] === ' ') at++;
    return at;
  };
  const w1 = word(cs);
  if (!w1 || !/^\s/.test(text[w1[1]] ?? '')) return;
  let end = -1;
  if (LEAD_PARTICLES.has(w1[0])) {
    end = w1[1];
    const w2 = word(spacesFrom(end));
    if (w2 && PARTICLE_PREPS.has(w2[0]) && /^\s/.test(text[w2[1]] ?? '')) end = w2[1];
  } else if (w1[0] === 'to' && AIM_WORDS.test(text.slice(d.cue[0], d.cue[1]).split(/\s+/).pop() ?? '')) {
    // "tried to win over …", "was quick to embrace …": the verb after an effort word is the cue's
    const w2 = word(spacesFrom(w1[1]));
    if (!w2 || !/^\s/.test(text[w2[1]] ?? '') || /^[A-Z]/.test(w2[0]) || w2[0].length < 2 || w2[0] === 'be') return;
    end = w2[1];
    const w3 = word(spacesFrom(end));
    if (w3 && AIM_PREPS.has(w3[0]) && /^\s/.test(text[w3[1]] ?? '')) end = w3[1];
  } else if (LIGHT_DETS.has(w1[0]) && LIGHT_VERBS.test(text.slice(d.cue[0], d.cue[1]).split(/\s+/).pop() ?? '')) {
    // "took | a shot at Lee", "made | no mention of the deficit": a determiner, up to three words and a preposition
    let next = w1[1];
    for (let n = 0; n < 4; n++) {
      if (!/^ +$/.test(text.slice(next, next + 1))) return;
      next = spacesFrom(next);
      const w = word(next);
      if (!w || !/^[a-z][a-z-]*$/.test(w[0]) || !/^\s/.test(text[w[1]] ?? '')) return;
      if (n > 0 && LIGHT_NP_PREPS.has(w[0])) {
        // "to" must take a noun phrase, not an infinitive ("made a promise to cut taxes")
        const after = spacesFrom(w[1]);
        const w2 = /\S+/y;
        w2.lastIndex = after;
        const m = w2.exec(text);
        if (w[0] === 'to' && !(m && OBJ_START.test(m[0]))) return;
        end = w[1];
        break;
      }
      if (LIGHT_DETS.has(w[0]) || w[0] === 'that' || w[0] === 'and') return;
      next = w[1];
    }
    if (end < 0) return;
  } else if (LEAD_PREPS.has(w1[0])) end = w1[1];
  else if (LIGHT_NOUNS.has(w1[0])) {
    const w2 = word(spacesFrom(w1[1]));
    if (w2 && LIGHT_PREPS.has(w2[0]) && /^\s/.test(text[w2[1]] ?? '')) end = w2[1];
  }
  if (end < 0) return;
  let start = end;
  while (start < ce && /\s/.test(text[start])) start++;
  // something must be left, and not just punctuation
  if (!/[\p{L}\p{N}]/u.test(text.slice(start, ce))) return;
  d.content = [[start, ce]];
  d.cue = [d.cue[0], end];
}

/** The chosen candidate, or null when there are none. */
function bestOf<F, C extends { feats: F; orig: boolean }>(cands: C[] | null, scorer: (feats: F) => number, margin: number): C | null {
  return cands ? chooseCandidate(cands, scorer, margin) : null;
}

/**
 * Moves the end of each eligible content to the ranker's best candidate. `drafts` are sorted by content
 * start; a content never runs into another statement's content, cue or source.
 */
export function adjustExtents(doc: Document, drafts: ExtentDraft[], ctx: ExtentContext, options: ExtentOptions = {}): void {
  if (options.off) return;
  const margin = options.margin ?? EXTENT_MARGIN;
  for (const d of drafts) moveStart(doc, d, ctx);
  if (options.collectStart) {
    for (const d of drafts) {
      const cands = startCandidates(doc, d, ctx);
      if (cands) options.collectStart(d.content[0], cands);
    }
    return;
  }
  if (!options.startOff) {
    const startScorer = options.startScorer;
    const startMargin = options.startMargin ?? START_MARGIN;
    for (const d of drafts) {
      // the committed weights score each candidate as its features come (same sum, no strings)
      const best = startScorer ? bestOf(startCandidates(doc, d, ctx), startScorer, startMargin) : bestOf(candidateStarts(startSum, doc, d, ctx), identity, startMargin);
      if (!best) continue;
      if (best.orig) continue;
      const [cs, ce] = d.content[0];
      // the words left out right after the cue are the cue's ("refused | to concede | that …"); not when
      // the cue comes after its content ("…, according to X"), whose cue would otherwise end before it began
      const skipped = doc.text.slice(cs, best.start).trimEnd();
      if (d.cue && d.cue[1] <= cs && /^\s*$/.test(doc.text.slice(d.cue[1], cs)) && !/[,;:—–()“”"]/.test(skipped)) d.cue = [d.cue[0], cs + skipped.length];
      d.content = [[best.start, ce]];
    }
  }
  // every span start of every statement, sorted, for the limit of each content
  const starts: number[] = [];
  for (const d of drafts) {
    for (const [s] of d.content) starts.push(s);
    if (d.cue) starts.push(d.cue[0]);
    if (d.source) starts.push(d.source[0]);
  }
  starts.sort((a, b) => a - b);
  for (const d of drafts) {
    if (d.content.length !== 1) continue;
    const cs = d.content[0][0];
    // the first span start after this content's start
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid] <= cs) lo = mid + 1;
      else hi = mid;
    }
    let limit = lo < starts.length ? starts[lo] : doc.text.length;
    // a limit inside the content itself (its own cue in the middle) leaves the content alone
    if (limit < d.content[0][1]) limit = d.content[0][1];
    if (options.collect) {
      const cands = extentCandidates(doc, d, limit, ctx);
      if (cands) options.collect(d.content[0], cands);
      continue;
    }
    const best = options.scorer ? bestOf(extentCandidates(doc, d, limit, ctx), options.scorer, margin) : bestOf(candidateEnds(extentSum, doc, d, limit, ctx, ctx.lexClass), identity, margin);
    if (best && !best.orig) d.content = [[cs, best.end]];
  }
}
