/**
 * Trains the content-extent ranker (src/extract/statements/extent.ts) on the PolNeAR train split:
 * `npm run train:extent` writes src/extract/statements/extent-weights.json. Deterministic (seeded
 * shuffle, fixed feature order), so the committed weights are reproducible from this script.
 * `npm run train:extent -- --cv 2` instead cross-validates on train (train on one half of the articles,
 * score the other with the whole pipeline, then swap). Never reads the dev split. The content-start
 * ranker (start.ts, start-weights.json) is trained first, on the same kind of examples over candidate
 * starts (Jaccard taken up to the rules' own end), and the end ranker then sees the starts it chose.
 *
 * Examples: the whole pipeline runs with the ranker switched off; its statements are paired with the
 * gold ones exactly as the scorer pairs them (greedy, by content Jaccard); each paired statement with
 * candidate ends is one ranking example, whose target is the candidate with the highest Jaccard with
 * the gold content (the rules' own end on a tie).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { findStatements } from '../src/extract/statements';
import type { ExtentCandidate, ExtentOptions } from '../src/extract/statements/extent';
import { START_MARGIN, type StartCandidate } from '../src/extract/statements/start';
import type { Span } from '../src/extract/types';
import { charSet, emptyCounts, finalScores, scoreArticle, trimSpan } from './attribution-score';
import type { Counts } from './attribution-score';
import { loadSplit, prepareArticle } from './polnear-load';
import type { PolnearArticle } from './polnear-load';
import { arg } from './cli-args';
import { averagedWeights, FeatureIndex, meanOfBags, shuffle } from './perceptron';
import { linearScorer } from '../src/extract/statements/ranker';

/** One ranking example: every candidate's features and its content Jaccard with the gold content. */
interface Example {
  feats: string[][];
  j: number[];
  orig: number;
}


function jaccardRange(text: string, [s, e]: Span, gold: Set<number>): number {
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
function pairedCandidates<C>(articles: PolnearArticle[], extent: (put: (c: Span, cs: C[]) => void) => ExtentOptions, each: (text: string, content: Span, cs: C[], gold: Set<number>) => void): void {
  for (const art of articles) {
    const { doc, timexes, actors } = prepareArticle(art);
    const cands = new Map<string, C[]>();
    const st = findStatements(doc, actors, timexes, { extent: extent((c, cs) => cands.set(c[0] + ',' + c[1], cs)) });
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
function collectStarts(articles: PolnearArticle[]): Example[] {
  const examples: Example[] = [];
  pairedCandidates<StartCandidate>(articles, (put) => ({ collectStart: put }), (text, content, cs, gold) =>
    examples.push({ feats: cs.map((c) => c.feats), j: cs.map((c) => jaccardRange(text, [c.start, content[1]], gold)), orig: cs.findIndex((c) => c.orig) }),
  );
  return examples;
}

function scorerOf(model: { w: Record<string, number> }): (feats: string[]) => number {
  return linearScorer(model.w);
}

/** End-ranking examples; `start` chooses the contents' starts first (the committed start weights by default). */
function collect(articles: PolnearArticle[], start: ExtentOptions = {}): Example[] {
  const examples: Example[] = [];
  pairedCandidates<ExtentCandidate>(articles, (put) => ({ ...start, collect: put }), (text, content, cs, gold) =>
    examples.push({ feats: cs.map((c) => c.feats), j: cs.map((c) => jaccardRange(text, [content[0], c.end], gold)), orig: cs.findIndex((c) => c.orig) }),
  );
  return examples;
}

/** Averaged structured perceptron over features seen at least minCount times; with bags > 1, the mean of that many (meanOfBags). */
function train(examples: Example[], epochs: number, minCount: number, bags = 1): { w: Record<string, number> } {
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

function report(label: string, c: Counts): void {
  const r = finalScores(c);
  console.log(`  (${c.overlap} paired of ${c.gold} gold / ${c.system} system)`);
  const f3 = (x: number): string => x.toFixed(4);
  console.log(`${label}: overlap ${f3(r.overlap.p)}/${f3(r.overlap.r)}/${f3(r.overlap.f1)} soft ${f3(r.soft.p)}/${f3(r.soft.r)}/${f3(r.soft.f1)} exact ${f3(r.exact.f1)} direct ${f3(r.direct.f1)} source ${f3(r.sourceAccuracy)} cue ${f3(r.cueAccuracy)}`);
}

function main(): void {
  const epochs = Number(arg('epochs', '10'));
  const minCount = Number(arg('min-count', '3'));
  const bags = Number(arg('bags', '5'));
  const folds = Number(arg('cv', '0'));
  const articles = loadSplit('train');
  if (folds > 1) {
    const margins = arg('margins', '0').split(',').map(Number);
    const startMargins = arg('start-margins', String(START_MARGIN)).split(',').map(Number);
    const off = emptyCounts();
    const start = emptyCounts();
    const endOnly = margins.map(() => emptyCounts());
    const startOnly = startMargins.map(() => emptyCounts());
    const both = startMargins.map(() => margins.map(() => emptyCounts()));
    for (let k = 0; k < folds; k++) {
      const trainArts = articles.filter((_, i) => i % folds !== k);
      const startScorer = scorerOf(train(collectStarts(trainArts), epochs, minCount, bags));
      const plain = scorerOf(train(collect(trainArts, { startOff: true }), epochs, minCount, bags));
      const scorer = scorerOf(train(collect(trainArts, { startScorer, startMargin: startMargins[0] }), epochs, minCount, bags));
      for (const art of articles.filter((_, i) => i % folds === k)) {
        const { doc, timexes, actors } = prepareArticle(art);
        const runs: [Counts, ExtentOptions][] = [
          [off, { off: true }],
          [start, { startOff: true, scorer: () => 0 }],
          ...margins.map((margin, mi): [Counts, ExtentOptions] => [endOnly[mi], { startOff: true, scorer: plain, margin }]),
          ...startMargins.map((sm, si): [Counts, ExtentOptions] => [startOnly[si], { startScorer, startMargin: sm, scorer: () => 0 }]),
          ...startMargins.flatMap((sm, si) => margins.map((margin, mi): [Counts, ExtentOptions] => [both[si][mi], { startScorer, startMargin: sm, scorer, margin }])),
        ];
        for (const [counts, opts] of runs) {
          const st = findStatements(doc, actors, timexes, { extent: opts });
          scoreArticle({ text: art.text, gold: art.gold, system: st.map((s) => ({ content: s.content, cue: s.cue, source: s.source })) }, counts);
        }
      }
    }
    report('rules only (held-out halves)', off);
    report('start rule only (no ranker)', start);
    margins.forEach((m, mi) => report(`end ranker only, margin ${m}, ${folds}-fold cross-validated`, endOnly[mi]));
    startMargins.forEach((sm, si) => report(`start ranker only, margin ${sm}`, startOnly[si]));
    startMargins.forEach((sm, si) => margins.forEach((m, mi) => report(`start ranker margin ${sm} + end ranker margin ${m}`, both[si][mi])));
    return;
  }
  if (arg('start-cv', '')) {
    // the start ranker alone on the examples: summed Jaccard over the rules' ends, held-out halves
    const halves = [0, 1].map((h) => collectStarts(articles.filter((_, i) => i % 2 === h)));
    for (const m of arg('start-cv', '').split(',').map(Number)) {
      let gain = 0;
      let changed = 0;
      let better = 0;
      let worse = 0;
      let lost = 0;
      for (const h of [0, 1]) {
        const sc = scorerOf(train(halves[1 - h], epochs, minCount, bags));
        for (const e of halves[h]) {
          let b = e.orig;
          let bs = sc(e.feats[e.orig]) + m + 1e-6;
          e.feats.forEach((f, i) => {
            const s = sc(f);
            if (s > bs) {
              bs = s;
              b = i;
            }
          });
          if (b === e.orig) continue;
          changed++;
          const d = e.j[b] - e.j[e.orig];
          gain += d;
          if (d > 1e-9) better++;
          else if (d < -1e-9) worse++;
          if (e.j[b] === 0 && e.j[e.orig] > 0) lost++;
        }
      }
      console.log(`start margin ${m}: changed ${changed}, better ${better}, worse ${worse}, summed Jaccard gain ${gain.toFixed(1)}, lost ${lost}`);
    }
    return;
  }
  const startModel = fitAndWrite('starts', collectStarts(articles), 'start-weights.json');
  fitAndWrite('ends', collect(articles, { startScorer: scorerOf(startModel) }), 'extent-weights.json');

  /** Trains one ranker on its examples and writes its weights next to the extractor, saying what it learnt from. */
  function fitAndWrite(what: string, examples: Example[], file: string): { w: Record<string, number> } {
    const rules = examples.reduce((s, e) => s + e.j[e.orig], 0);
    const best = examples.reduce((s, e) => s + Math.max(...e.j), 0);
    console.log(`${examples.length} contents, ${examples.reduce((s, e) => s + e.j.length, 0)} candidate ${what}; summed Jaccard: rules ${rules.toFixed(1)}, best candidate ${best.toFixed(1)}`);
    const model = train(examples, epochs, minCount, bags);
    const out = path.resolve(__dirname, '../src/extract/statements', file);
    fs.writeFileSync(out, JSON.stringify(model) + '\n');
    console.log(`wrote ${Object.keys(model.w).length} weights to ${path.relative(process.cwd(), out)}`);
    return model;
  }
}

main();
