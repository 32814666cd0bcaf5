/**
 * Attribution scorer (pure functions), exactly as ../shared/corpora/README.md defines the metrics.
 * Spans are sets of characters after trimming surrounding white space, punctuation and quotation marks
 * (per segment); gold and system statements pair one-to-one, greedily by highest content Jaccard.
 */
import type { Span } from '../src/extract/types';

export interface ScoredStatement {
  content: Span[];
  cue: Span[] | Span | null;
  source: Span[] | Span | null;
}

export interface ArticleInput {
  text: string;
  gold: ScoredStatement[];
  system: ScoredStatement[];
}

export interface PRF {
  p: number;
  r: number;
  f1: number;
}

export interface Counts {
  gold: number;
  system: number;
  overlap: number;
  soft: number;
  exact: number;
  directGold: number;
  directSystem: number;
  directOverlap: number;
  sourceTotal: number;
  sourceCorrect: number;
  cueTotal: number;
  cueCorrect: number;
}

export interface Scores {
  overlap: PRF;
  soft: PRF;
  exact: PRF;
  direct: PRF;
  sourceAccuracy: number;
  cueAccuracy: number;
  counts: Counts;
}

const TRIM_RE = /[\s\p{P}“”"‘’'«»]/u;

function isTrimmable(ch: string): boolean {
  return TRIM_RE.test(ch);
}

/** Trims one segment of white space, punctuation and quotation marks at both ends. */
export function trimSpan(text: string, [s, e]: Span): Span | null {
  while (s < e && isTrimmable(text[s])) s++;
  while (e > s && isTrimmable(text[e - 1])) e--;
  return e > s ? [s, e] : null;
}

function toSegments(x: Span[] | Span | null | undefined): Span[] {
  if (!x || x.length === 0) return [];
  if (typeof x[0] === 'number') return [x as Span];
  return x as Span[];
}

/** The set of character offsets a (possibly discontinuous) span covers after trimming. */
export function charSet(text: string, x: Span[] | Span | null | undefined): Set<number> {
  const set = new Set<number>();
  for (const seg of toSegments(x)) {
    const t = trimSpan(text, seg);
    if (!t) continue;
    for (let i = t[0]; i < t[1]; i++) set.add(i);
  }
  return set;
}

export function jaccard(a: Set<number>, b: Set<number>): number {
  if (a.size === 0 || b.size === 0) return 0;
  const [small, big] = a.size <= b.size ? [a, b] : [b, a];
  let inter = 0;
  for (const x of small) if (big.has(x)) inter++;
  return inter / (a.size + b.size - inter);
}

export function overlaps(a: Set<number>, b: Set<number>): boolean {
  const [small, big] = a.size <= b.size ? [a, b] : [b, a];
  for (const x of small) if (big.has(x)) return true;
  return false;
}

/** Greedy one-to-one pairing by highest Jaccard (> 0); ties broken by gold then system order. */
export function pairGreedy(gold: Set<number>[], system: Set<number>[]): { g: number; s: number; j: number }[] {
  const cands: { g: number; s: number; j: number }[] = [];
  for (let g = 0; g < gold.length; g++) {
    for (let s = 0; s < system.length; s++) {
      const j = jaccard(gold[g], system[s]);
      if (j > 0) cands.push({ g, s, j });
    }
  }
  cands.sort((a, b) => b.j - a.j || a.g - b.g || a.s - b.s);
  const usedG = new Set<number>();
  const usedS = new Set<number>();
  const pairs: { g: number; s: number; j: number }[] = [];
  for (const c of cands) {
    if (usedG.has(c.g) || usedS.has(c.s)) continue;
    usedG.add(c.g);
    usedS.add(c.s);
    pairs.push(c);
  }
  return pairs;
}

/**
 * Characters inside quotation marks: from an opening double mark (“ or a straight " that opens) to
 * its closing mark, marks included ('' counts as a straight double mark). A quote left open runs to
 * the end of its paragraph.
 */
export function quoteMask(text: string): Uint8Array {
  const mask = new Uint8Array(text.length);
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\n') {
      if (open >= 0) mask.fill(1, open, i);
      open = -1;
    } else if (ch === "'" && text[i + 1] === "'") {
      // two apostrophes are a straight double mark in some wire copy
      if (open < 0) open = i;
      else {
        mask.fill(1, open, i + 2);
        open = -1;
      }
      i++;
    } else if (ch === '“' || (ch === '"' && open < 0)) {
      if (open < 0) open = i;
    } else if ((ch === '”' || ch === '"') && open >= 0) {
      mask.fill(1, open, i + 1);
      open = -1;
    }
  }
  if (open >= 0) mask.fill(1, open, text.length);
  return mask;
}

/** True when at least 60 % of the (trimmed) content lies inside quotation marks. */
export function isDirect(set: Set<number>, mask: Uint8Array, threshold = 0.6): boolean {
  if (set.size === 0) return false;
  let inside = 0;
  for (const i of set) if (mask[i]) inside++;
  return inside / set.size >= threshold;
}

export function emptyCounts(): Counts {
  return { gold: 0, system: 0, overlap: 0, soft: 0, exact: 0, directGold: 0, directSystem: 0, directOverlap: 0, sourceTotal: 0, sourceCorrect: 0, cueTotal: 0, cueCorrect: 0 };
}

function setsEqual(a: Set<number>, b: Set<number>): boolean {
  if (a.size !== b.size) return false;
  for (const x of a) if (!b.has(x)) return false;
  return true;
}

/** Adds one article's counts into `c` (returns the pairs for error analysis). */
export function scoreArticle(a: ArticleInput, c: Counts = emptyCounts()): { counts: Counts; pairs: { g: number; s: number; j: number }[] } {
  const gs = a.gold.map((x) => charSet(a.text, x.content));
  const ss = a.system.map((x) => charSet(a.text, x.content));
  const gi = gs.map((_, i) => i).filter((i) => gs[i].size > 0);
  const si = ss.map((_, i) => i).filter((i) => ss[i].size > 0);
  c.gold += gi.length;
  c.system += si.length;
  const pairs = pairGreedy(gi.map((i) => gs[i]), si.map((i) => ss[i])).map((p) => ({ g: gi[p.g], s: si[p.s], j: p.j }));
  for (const p of pairs) {
    c.overlap += 1;
    c.soft += p.j;
    if (setsEqual(gs[p.g], ss[p.s])) c.exact += 1;
    const gold = a.gold[p.g];
    const sys = a.system[p.s];
    const gSrc = charSet(a.text, gold.source);
    if (gSrc.size > 0) {
      c.sourceTotal += 1;
      if (overlaps(gSrc, charSet(a.text, sys.source))) c.sourceCorrect += 1;
    }
    const gCue = charSet(a.text, gold.cue);
    if (gCue.size > 0) {
      c.cueTotal += 1;
      if (overlaps(gCue, charSet(a.text, sys.cue))) c.cueCorrect += 1;
    }
  }
  // Direct quotes: both sides restricted to mostly-quoted contents, paired afresh, overlap criterion.
  const mask = quoteMask(a.text);
  const dg = gi.filter((i) => isDirect(gs[i], mask));
  const ds = si.filter((i) => isDirect(ss[i], mask));
  c.directGold += dg.length;
  c.directSystem += ds.length;
  c.directOverlap += pairGreedy(dg.map((i) => gs[i]), ds.map((i) => ss[i])).length;
  return { counts: c, pairs };
}

export function prf(hit: number, system: number, gold: number): PRF {
  const p = system ? hit / system : 0;
  const r = gold ? hit / gold : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

export function finalScores(c: Counts): Scores {
  return {
    overlap: prf(c.overlap, c.system, c.gold),
    soft: prf(c.soft, c.system, c.gold),
    exact: prf(c.exact, c.system, c.gold),
    direct: prf(c.directOverlap, c.directSystem, c.directGold),
    sourceAccuracy: c.sourceTotal ? c.sourceCorrect / c.sourceTotal : 0,
    cueAccuracy: c.cueTotal ? c.cueCorrect / c.cueTotal : 0,
    counts: c,
  };
}

export function scoreCorpus(articles: ArticleInput[]): Scores {
  const c = emptyCounts();
  for (const a of articles) scoreArticle(a, c);
  return finalScores(c);
}
