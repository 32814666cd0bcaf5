/**
 * Training of the content-start and content-end rankers (start.ts, extent.ts) on PolNeAR articles:
 * shared by `npm run train:extent` and by the fully held-out cross-validation of
 * `npm run train:attribution -- --cv 2`, which trains them per fold behind that fold's cue detector.
 */
import { findStatements } from '../src/extract/statements';
import type { ExtentOptions } from '../src/extract/statements/extent';
import type { ExtentCandidate } from '../src/extract/statements/extent';
import type { StartCandidate } from '../src/extract/statements/start';
import type { Span } from '../src/extract/types';
import { charSet, scoreArticle, trimSpan } from './attribution-score';
import { prepareArticle } from './polnear-load';
import type { PolnearArticle } from './polnear-load';
import { averagedWeights, FeatureIndex, meanOfBags, shuffle } from './perceptron';
import { linearScorer } from '../src/extract/statements/ranker';

/** The rankers' training settings (train:extent's defaults; its flags override them there). */
export const RANKER_TRAINING = { epochs: 10, minCount: 3, bags: 5 };

/** The cue detector to run the pipeline with (a fold's model in cross-validation; the committed one by default). */
export interface Detector {
  scorer?: (feats: string[]) => number;
  threshold?: number;
}

/** One ranking example: every candidate's features and its content Jaccard with the gold content. */
export interface Example {
  feats: string[][];
  j: number[];
  orig: number;
}


export function jaccardRange(text: string, [s, e]: Span, gold: Set<number>): number {
  const t = trimSpan(text, [s, e]);
  if (!t || gold.size === 0) return 0;
  let inter = 0;
  for (let i = t[0]; i < t[1]; i++) if (gold.has(i)) inter++;
  return inter / (t[1] - t[0] + gold.size - inter);
}

/**
 * Each content of the whole pipeline that the scorer pairs with a gold one (one segment only), with the
 * candidates findStatements reported for it through `extent` and the gold content's characters.
 */
export function pairedCandidates<C>(articles: PolnearArticle[], extent: (put: (c: Span, cs: C[]) => void) => ExtentOptions, each: (text: string, content: Span, cs: C[], gold: Set<number>) => void, detector: Detector = {}): void {
  for (const art of articles) {
    const { doc, timexes, actors } = prepareArticle(art);
    const cands = new Map<string, C[]>();
    const st = findStatements(doc, actors, timexes, { ...detector, extent: extent((c, cs) => cands.set(c[0] + ',' + c[1], cs)) });
    const system = st.map((s) => ({ content: s.content, cue: s.cue, source: s.source }));
    const { pairs } = scoreArticle({ text: art.text, gold: art.gold, system });
    for (const p of pairs) {
      const s = st[p.s];
      if (s.content.length !== 1) continue;
      const cs = cands.get(s.content[0][0] + ',' + s.content[0][1]);
      if (cs) each(art.text, s.content[0], cs, charSet(art.text, art.gold[p.g].content));
    }
  }
}

/** Candidate starts of the rules' contents, each scored by Jaccard over the rules' own end. */
export function collectStarts(articles: PolnearArticle[], detector: Detector = {}): Example[] {
  const examples: Example[] = [];
  pairedCandidates<StartCandidate>(articles, (put) => ({ collectStart: put }), (text, content, cs, gold) =>
    examples.push({ feats: cs.map((c) => c.feats), j: cs.map((c) => jaccardRange(text, [c.start, content[1]], gold)), orig: cs.findIndex((c) => c.orig) }),
    detector,
  );
  return examples;
}

export function scorerOf(model: { w: Record<string, number> }): (feats: string[]) => number {
  return linearScorer(model.w);
}

/** End-ranking examples; `start` chooses the contents' starts first (the committed start weights by default). */
export function collect(articles: PolnearArticle[], start: ExtentOptions = {}, detector: Detector = {}): Example[] {
  const examples: Example[] = [];
  pairedCandidates<ExtentCandidate>(articles, (put) => ({ ...start, collect: put }), (text, content, cs, gold) =>
    examples.push({ feats: cs.map((c) => c.feats), j: cs.map((c) => jaccardRange(text, [content[0], c.end], gold)), orig: cs.findIndex((c) => c.orig) }),
    detector,
  );
  return examples;
}

/** Averaged structured perceptron over features seen at least minCount times; with bags > 1, the mean of that many (meanOfBags). */
export function train(examples: Example[], epochs: number, minCount: number, bags = 1): { w: Record<string, number> } {
  const index = new FeatureIndex();
  const ex = examples.map((e) => ({ ids: e.feats.map((fs) => index.intern(fs)), j: e.j, orig: e.orig }));
  const names = index.names;
  const keep = index.kept(minCount);
  const mean = meanOfBags(names.length, bags, 20160607, (rand) => trainOne(ex, names.length, keep, epochs, rand));
  return { w: averagedWeights(names, keep, mean, new Float64Array(names.length), 1) };
}

function trainOne(ex: { ids: Int32Array[]; j: number[]; orig: number }[], n: number, keep: boolean[], epochs: number, rand: () => number): Float64Array {
  const w = new Float64Array(n);
  const u = new Float64Array(n);
  let c = 1;
  const order = ex.map((_, k) => k);
  const score = (ids: Int32Array): number => {
    let s = 0;
    for (const id of ids) if (keep[id]) s += w[id];
    return s;
  };
  const add = (ids: Int32Array, y: number): void => {
    for (const id of ids) {
      if (!keep[id]) continue;
      w[id] += y;
      u[id] += y * c;
    }
  };
  for (let ep = 0; ep < epochs; ep++) {
    shuffle(order, rand);
    for (const k of order) {
      const e = ex[k];
      // target: the best Jaccard, the rules' end on a tie
      let t = e.orig;
      for (let i = 0; i < e.j.length; i++) if (e.j[i] > e.j[t] + 1e-9) t = i;
      let p = e.orig;
      let ps = score(e.ids[p]) + 1e-6;
      for (let i = 0; i < e.ids.length; i++) {
        const s = score(e.ids[i]);
        if (s > ps) {
          ps = s;
          p = i;
        }
      }
      if (e.j[p] < e.j[t] - 1e-9) {
        add(e.ids[t], 1);
        add(e.ids[p], -1);
      }
      c++;
    }
  }
  const avg = new Float64Array(n);
  for (let id = 0; id < n; id++) avg[id] = w[id] - u[id] / c;
  return avg;
}

