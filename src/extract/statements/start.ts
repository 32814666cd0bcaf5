/**
 * Where reported speech starts. The rules open a content right after its cue (or at the subject of a
 * fronted clause); annotators often leave the first words to the cue or out of the statement: the
 * verb of an infinitive (*to concede | that …*), an addressee or object before a preposition (*Megyn
 * Kelly | about bullying*), a head noun before its clause (*the point | that …*), a connective before
 * a fronted content (*In contrast, | Clinton …*). Every content the end ranker would see also gets
 * candidate starts: the rules' start and each word boundary up to MAX_SKIP tokens after it. A small
 * averaged perceptron ranker (weights in start-weights.json, trained with the end ranker by
 * `npm run train:extent`) picks one; the rules' start keeps a margin, as the rules' end does.
 */
import type { Document } from '../document';
import WEIGHTS from './start-weights.json';
import { FeatureList, LinearModel, ScoreSum, type FeatureSink } from './ranker';
import { bucket, cls, FINITE, formAt, PUNCT_BREAK, rankableContent, type ExtentContext, type ExtentDraft } from './extent';

export interface StartCandidate<F = string[]> {
  /** Content start offset if this candidate is chosen. */
  start: number;
  /** The features (or, as extraction ranks them, straight away their score). */
  feats: F;
  /** The rules' own start. */
  orig: boolean;
}

/** How many tokens past the rules' start a content may begin. */
const MAX_SKIP = 8;

/** How far a candidate must score above the rules' own start to replace it (chosen by cross-validation on train). */
export const START_MARGIN = 12;

/** A word a content may open with: a letter or a digit first. */
const WORDLIKE = /^[\p{L}\p{N}]/u;

/**
 * The candidate starts of one content (null when the content is not eligible: several segments, mostly
 * quoted, not within one sentence, or a turn after a bare colon or full stop).
 */
export function startCandidates(doc: Document, d: ExtentDraft, ctx: ExtentContext): StartCandidate[] | null {
  return candidateStarts(new FeatureList(), doc, d, ctx);
}

/** startCandidates() with each candidate's features given to `sink` (a FeatureList, or a ScoreSum). */
export function candidateStarts<F>(sink: FeatureSink<F>, doc: Document, d: ExtentDraft, ctx: ExtentContext): StartCandidate<F>[] | null {
  // a turn of a transcript or an interview ("A. Not this year", "ROE: We will") starts where the turn does
  if (d.cue && d.cue[1] - d.cue[0] === 1 && /[.:]/.test(doc.text[d.cue[0]])) return null;
  const r = rankableContent(doc, d, ctx);
  if (!r || r.k0 <= r.i0 + 1) return null;
  const { toks, i0, k0 } = r;
  const cs = d.content[0][0];

  const cueWord = d.cue ? doc.text.slice(d.cue[0], d.cue[1]).toLowerCase().split(/\s+/).pop() ?? '' : '';
  const cueW = /^[a-z]+$/.test(cueWord) ? cueWord : cueWord.length === 1 ? cueWord : 'Xx';
  const cueLex = ctx.lexClass(cueW) ?? '-';
  const post = d.cue && d.cue[0] > cs ? 'post' : 'pre';
  const f0 = formAt(toks, i0);
  const ct = cls(f0);
  // whether a finite or past-tense verb lies at or after each token (a clause follows, not a phrase)
  const restVerb = new Uint8Array(k0 + 1);
  for (let k = k0 - 1; k >= i0; k--) {
    const f = formAt(toks, k);
    restVerb[k] = restVerb[k + 1] || FINITE.test(f) || (f.endsWith('ed') && f.length > 4) ? 1 : 0;
  }
  const cands: StartCandidate<F>[] = [];
  const seq: string[] = [];
  const skipped = new Set<string>();
  let commas = 0;
  let skippedVerb = false;
  const last = Math.min(k0 - 1, i0 + MAX_SKIP);
  for (let k = i0; k <= last; k++) {
    if (k > i0) {
      const pf0 = formAt(toks, k - 1);
      seq.push(cls(pf0));
      if (pf0 === ',') commas++;
      skipped.add(pf0);
      if (FINITE.test(pf0) || (pf0.endsWith('ed') && pf0.length > 4)) skippedVerb = true;
      if (!WORDLIKE.test(toks[k].text)) continue;
    }
    const isOrig = k === i0;
    const pf = k > 0 ? formAt(toks, k - 1) : '<s>';
    const nf = formAt(toks, k);
    const pc = cls(pf);
    const nc = cls(nf);
    const n2c = k + 1 < k0 ? cls(formAt(toks, k + 1)) : '</c>';
    const dist = bucket(k - i0);
    const sq = k - i0 <= 4 ? seq.join(' ') : 'long';
    const rv = restVerb[k] ? 'rv' : 'rn';
    const sv = skippedVerb ? 'sv' : 'sn';
    const cm = String(Math.min(2, commas));
    sink.reset();
    sink.add('n=', nf);
    sink.add('nc=', nc);
    sink.add('p=', pf);
    sink.add('pc|nc=', pc, nc);
    sink.add('p|n=', pf, nf);
    sink.add('n|n2c=', nf, n2c);
    sink.add('p|nc|n2c=', pf, nc, n2c);
    sink.add('d=', dist);
    sink.add('d|nc=', dist, nc);
    sink.add('d|pc=', dist, pc);
    sink.add('seq=', sq);
    sink.add('seq|nc=', sq, nc);
    sink.add('ct|d=', ct, dist);
    sink.add('f0|p=', f0, pf);
    sink.add('f0|n=', f0, nf);
    sink.add('cue|p=', cueW, pf);
    sink.add('cue|nc=', cueW, nc);
    sink.add('cue|seq=', cueW, sq);
    sink.add('lex|pc|nc=', cueLex, pc, nc);
    sink.add('lex|seq=', cueLex, sq);
    sink.add('post|nc=', post, nc);
    sink.add('post|d=', post, dist);
    sink.add('post|p=', post, pf);
    sink.add('cm|nc=', cm, nc);
    sink.add('sv|nc=', sv, nc);
    sink.add('rv|nc=', rv, nc);
    sink.add('rv|pc=', rv, pc);
    sink.add('q|nc=', (ctx.inQuote(toks[k].start) ? 'q' : '-'), nc);
    sink.add('cue|n=', cueW, nf);
    sink.add('p2|p=', (k > 1 ? formAt(toks, k - 2) : '<s>'), pf);
    sink.add('n|n2=', nf, (k + 1 < k0 ? formAt(toks, k + 1) : '</c>'));
    sink.add('cue|p|n=', cueW, pf, nf);
    sink.add('lex|n=', cueLex, nf);
    sink.add('lex|p=', cueLex, pf);
    sink.add('r|nc=', bucket(k0 - k), nc);
    sink.add('first|n=', (skipped.has(nf) ? 'again' : 'first'), nf);
    for (const w of skipped) sink.add('sw=', w);
    if (isOrig) {
      sink.add('orig');
      sink.add('orig|ct=', ct);
      sink.add('orig|lex=', cueLex);
      sink.add('orig|post=', post);
    }
    cands.push({ start: isOrig ? cs : toks[k].start, feats: sink.result(), orig: isOrig });
  }
  return cands.length > 1 ? cands : null;
}

/** The ranker's score of one candidate start. */
const START_MODEL = new LinearModel((WEIGHTS as { w: Record<string, number> }).w);
export const startScore = (feats: string[]): number => START_MODEL.score(feats);
/** The ranker's score of candidate starts as their features come (candidateStarts(startSum, …)). */
export const startSum = new ScoreSum(START_MODEL);
