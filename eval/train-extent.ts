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
import type { ExtentOptions } from '../src/extract/statements/extent';
import { START_MARGIN } from '../src/extract/statements/start';
import { emptyCounts, finalScores, scoreArticle } from './attribution-score';
import type { Counts } from './attribution-score';
import { loadSplit, prepareArticle } from './polnear-load';
import { arg } from './cli-args';
import { collect, collectStarts, RANKER_TRAINING, scorerOf, train, type Example } from './extent-training';

function report(label: string, c: Counts): void {
  const r = finalScores(c);
  console.log(`  (${c.overlap} paired of ${c.gold} gold / ${c.system} system)`);
  const f3 = (x: number): string => x.toFixed(4);
  console.log(`${label}: overlap ${f3(r.overlap.p)}/${f3(r.overlap.r)}/${f3(r.overlap.f1)} soft ${f3(r.soft.p)}/${f3(r.soft.r)}/${f3(r.soft.f1)} exact ${f3(r.exact.f1)} direct ${f3(r.direct.f1)} source ${f3(r.sourceAccuracy)} cue ${f3(r.cueAccuracy)}`);
}

function main(): void {
  const epochs = Number(arg('epochs', String(RANKER_TRAINING.epochs)));
  const minCount = Number(arg('min-count', String(RANKER_TRAINING.minCount)));
  const bags = Number(arg('bags', String(RANKER_TRAINING.bags)));
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
