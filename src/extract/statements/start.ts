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
import { linearScorer } from './ranker';
import { bucket, cls, FINITE, form, PUNCT_BREAK, rankableContent, type ExtentContext, type ExtentDraft } from './extent';

export interface StartCandidate {
  /** Content start offset if this candidate is chosen. */
  start: number;
  feats: string[];
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
  const f0 = form(toks[i0]);
  const ct = cls(f0);
  // whether a finite or past-tense verb lies at or after each token (a clause follows, not a phrase)
  const restVerb = new Uint8Array(k0 + 1);
  for (let k = k0 - 1; k >= i0; k--) {
    const f = form(toks[k]);
    restVerb[k] = restVerb[k + 1] || FINITE.test(f) || (f.endsWith('ed') && f.length > 4) ? 1 : 0;
  }
  const cands: StartCandidate[] = [];
  const seq: string[] = [];
  const skipped = new Set<string>();
  let commas = 0;
  let skippedVerb = false;
  const last = Math.min(k0 - 1, i0 + MAX_SKIP);
  for (let k = i0; k <= last; k++) {
    if (k > i0) {
      const pf0 = form(toks[k - 1]);
      seq.push(cls(pf0));
      if (pf0 === ',') commas++;
      skipped.add(pf0);
      if (FINITE.test(pf0) || (pf0.endsWith('ed') && pf0.length > 4)) skippedVerb = true;
      if (!WORDLIKE.test(toks[k].text)) continue;
    }
    const isOrig = k === i0;
    const pf = k > 0 ? form(toks[k - 1]) : '<s>';
    const nf = form(toks[k]);
    const pc = cls(pf);
    const nc = cls(nf);
    const n2c = k + 1 < k0 ? cls(form(toks[k + 1])) : '</c>';
    const dist = bucket(k - i0);
    const sq = k - i0 <= 4 ? seq.join(' ') : 'long';
    const rv = restVerb[k] ? 'rv' : 'rn';
    const sv = skippedVerb ? 'sv' : 'sn';
    const cm = String(Math.min(2, commas));
    const feats = [
      'n=' + nf,
      'nc=' + nc,
      'p=' + pf,
      'pc|nc=' + pc + '|' + nc,
      'p|n=' + pf + '|' + nf,
      'n|n2c=' + nf + '|' + n2c,
      'p|nc|n2c=' + pf + '|' + nc + '|' + n2c,
      'd=' + dist,
      'd|nc=' + dist + '|' + nc,
      'd|pc=' + dist + '|' + pc,
      'seq=' + sq,
      'seq|nc=' + sq + '|' + nc,
      'ct|d=' + ct + '|' + dist,
      'f0|p=' + f0 + '|' + pf,
      'f0|n=' + f0 + '|' + nf,
      'cue|p=' + cueW + '|' + pf,
      'cue|nc=' + cueW + '|' + nc,
      'cue|seq=' + cueW + '|' + sq,
      'lex|pc|nc=' + cueLex + '|' + pc + '|' + nc,
      'lex|seq=' + cueLex + '|' + sq,
      'post|nc=' + post + '|' + nc,
      'post|d=' + post + '|' + dist,
      'post|p=' + post + '|' + pf,
      'cm|nc=' + cm + '|' + nc,
      'sv|nc=' + sv + '|' + nc,
      'rv|nc=' + rv + '|' + nc,
      'rv|pc=' + rv + '|' + pc,
      'q|nc=' + (ctx.inQuote(toks[k].start) ? 'q' : '-') + '|' + nc,
      'cue|n=' + cueW + '|' + nf,
      'p2|p=' + (k > 1 ? form(toks[k - 2]) : '<s>') + '|' + pf,
      'n|n2=' + nf + '|' + (k + 1 < k0 ? form(toks[k + 1]) : '</c>'),
      'cue|p|n=' + cueW + '|' + pf + '|' + nf,
      'lex|n=' + cueLex + '|' + nf,
      'lex|p=' + cueLex + '|' + pf,
      'r|nc=' + bucket(k0 - k) + '|' + nc,
      'first|n=' + (skipped.has(nf) ? 'again' : 'first') + '|' + nf,
    ];
    for (const w of skipped) feats.push('sw=' + w);
    if (isOrig) feats.push('orig', 'orig|ct=' + ct, 'orig|lex=' + cueLex, 'orig|post=' + post);
    cands.push({ start: isOrig ? cs : toks[k].start, feats, orig: isOrig });
  }
  return cands.length > 1 ? cands : null;
}

/** The ranker's score of one candidate start. */
export const startScore = linearScorer((WEIGHTS as { w: Record<string, number> }).w);
