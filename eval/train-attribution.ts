/**
 * Trains the learned cue detector (src/extract/statements/cue-model.ts) on the PolNeAR train split:
 * `npm run train:attribution` writes src/extract/statements/cue-weights.json. Deterministic (seeded
 * shuffle, fixed feature order), so the committed weights are reproducible from this script.
 * `npm run train:attribution -- --cv 2` instead cross-validates on train (train on one half, score the
 * other with the whole pipeline) for a range of thresholds, to tune MODEL_THRESHOLD without dev. Each
 * fold also trains the content-start and content-end rankers on its half, behind its own detector, so
 * that nothing scored has been seen in training (`--rankers committed|off` for the committed rankers or none).
 *
 * Examples are the words the rule passes leave untaken (exactly the candidates the extractor scores);
 * a word is a positive example when it lies inside a gold cue whose content follows it.
 * Never reads the dev split.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { findStatements, MODEL_THRESHOLD } from '../src/extract/statements';
import { emptyCounts, finalScores, scoreArticle } from './attribution-score';
import { loadSplit, prepareArticle } from './polnear-load';
import type { PolnearArticle } from './polnear-load';
import { arg } from './cli-args';
import { averagedWeights, FeatureIndex, meanOfBags, shuffle } from './perceptron';
import { collect as collectEnds, collectStarts, RANKER_TRAINING, scorerOf, train as trainRanker } from './extent-training';
import type { ExtentOptions } from '../src/extract/statements/extent';

/** One candidate word: its features and whether it lies inside a gold cue. */
interface Example {
  f: string[];
  y: number;
}


function collect(articles: PolnearArticle[]): Example[] {
  const examples: Example[] = [];
  for (const art of articles) {
    const text = art.text;
    // positions inside a gold cue whose content lies after the position
    const cueAt = new Int32Array(text.length + 1).fill(-1);
    for (const g of art.gold) {
      if (!g.cue) continue;
      const cStart = g.content[0][0];
      for (const [s, e] of g.cue) for (let k = s; k < e; k++) cueAt[k] = Math.max(cueAt[k], cStart);
    }
    const { doc, timexes, actors } = prepareArticle(art);
    findStatements(doc, actors, timexes, {
      collect: (feats, tok) => examples.push({ f: feats, y: cueAt[tok.start] >= tok.end ? 1 : 0 }),
    });
  }
  return examples;
}

/** Averaged perceptron over features seen at least minCount times; with bags > 1, the mean of that many (meanOfBags). */
function train(examples: Example[], epochs: number, minCount: number, bags = 1): { bias: number; w: Record<string, number> } {
  const index = new FeatureIndex();
  const ex = examples.map((e) => ({ ids: index.intern(e.f), y: e.y ? 1 : -1 }));
  const names = index.names;
  const keep = index.kept(minCount);
  // the bias rides as the last entry
  const mean = meanOfBags(names.length + 1, bags, 20161108, (rand) => trainOne(ex, names.length, keep, epochs, rand));
  return { bias: Math.round(mean[names.length] * 1000) / 1000, w: averagedWeights(names, keep, mean, new Float64Array(names.length + 1), 1) };
}

/** How much a missed cue word moves the weights against a false alarm (class weighting). */
const POS_WEIGHT = Number(arg('pos-weight', '1'));

/** One averaged perceptron: its weights, then its bias. */
function trainOne(ex: { ids: Int32Array; y: number }[], n: number, keep: boolean[], epochs: number, rand: () => number): Float64Array {
  const w = new Float64Array(n);
  const u = new Float64Array(n);
  let b = 0;
  let ub = 0;
  let c = 1;
  const order = ex.map((_, k) => k);
  for (let ep = 0; ep < epochs; ep++) {
    shuffle(order, rand);
    for (const k of order) {
      const { ids, y } = ex[k];
      let s = b;
      for (const id of ids) if (keep[id]) s += w[id];
      if (y * s <= 0) {
        const d = y > 0 ? POS_WEIGHT : y;
        for (const id of ids) {
          if (!keep[id]) continue;
          w[id] += d;
          u[id] += d * c;
        }
        b += d;
        ub += d * c;
      }
      c++;
    }
  }
  const avg = new Float64Array(n + 1);
  for (let id = 0; id < n; id++) avg[id] = w[id] - u[id] / c;
  avg[n] = b - ub / c;
  return avg;
}

function main(): void {
  const epochs = Number(arg('epochs', '4'));
  const minCount = Number(arg('min-count', '2'));
  const bags = Number(arg('bags', '5'));
  const folds = Number(arg('cv', '0'));
  const articles = loadSplit('train');
  if (folds > 1) {
    // the first threshold is also the one each fold's rankers are trained behind: the committed one by default
    const thresholds = arg('thresholds', `${MODEL_THRESHOLD},-2,-1,0,1,2,3`).split(',').map(Number);
    const rankers = arg('rankers', 'fold');
    if (!['fold', 'committed', 'off'].includes(rankers)) throw new Error(`--rankers must be fold, committed or off, not ${rankers}`);
    const counts = thresholds.map(() => emptyCounts());
    for (let k = 0; k < folds; k++) {
      // --save-folds DIR / --load-folds DIR: keep the fold models fixed to judge a rule change without retraining noise
      const saveDir = arg('save-folds', '');
      const loadDir = arg('load-folds', '');
      const model: { bias: number; w: Record<string, number> } = loadDir
        ? JSON.parse(fs.readFileSync(path.join(loadDir, `fold${k}.json`), 'utf8'))
        : train(collect(articles.filter((_, i) => i % folds !== k)), epochs, minCount, bags);
      if (saveDir) {
        fs.mkdirSync(saveDir, { recursive: true });
        fs.writeFileSync(path.join(saveDir, `fold${k}.json`), JSON.stringify(model) + '\n');
      }
      const W = new Map(Object.entries(model.w));
      const scorer = (feats: string[]): number => feats.reduce((s, f) => s + (W.get(f) ?? 0), model.bias);
      // word-level detection figures on the held-out half
      const held = collect(articles.filter((_, i) => i % folds === k));
      const tp = held.filter((e) => e.y && scorer(e.f) > 0).length;
      const sp = held.filter((e) => scorer(e.f) > 0).length;
      const gp = held.filter((e) => e.y).length;
      // word-level average precision (ranking quality, independent of the threshold)
      const ranked = held.map((e) => [scorer(e.f), e.y] as const).sort((a, b) => b[0] - a[0]);
      let hits = 0;
      let ap = 0;
      ranked.forEach(([, y], r) => {
        if (y) ap += ++hits / (r + 1);
      });
      const tp2 = held.filter((e) => e.y && scorer(e.f) > -2).length;
      const sp2 = held.filter((e) => scorer(e.f) > -2).length;
      console.log(`fold ${k}: cue words P ${(tp / sp).toFixed(3)} R ${(tp / gp).toFixed(3)} (${gp} gold, ${sp} predicted); at -2 P ${(tp2 / sp2).toFixed(3)} R ${(tp2 / gp).toFixed(3)}; AP ${(ap / gp).toFixed(4)}`);
      if (process.argv.includes('--word-only')) continue;
      // the content rankers too, trained on this fold's half behind this fold's detector, as
      // train:extent trains them behind the committed one. `--rankers committed` keeps the committed ones
      // (trained on all of train, so the soft and exact figures are then in part in-sample); `--rankers
      // off` leaves every content as the rules made it
      let extent: ExtentOptions | undefined;
      if (rankers === 'off') extent = { off: true, startOff: true };
      else if (rankers === 'fold') {
        const trainArts = articles.filter((_, i) => i % folds !== k);
        const detector = { scorer, threshold: thresholds[0] };
        const startScorer = scorerOf(trainRanker(collectStarts(trainArts, detector), RANKER_TRAINING.epochs, RANKER_TRAINING.minCount, RANKER_TRAINING.bags));
        const endScorer = scorerOf(trainRanker(collectEnds(trainArts, { startScorer }, detector), RANKER_TRAINING.epochs, RANKER_TRAINING.minCount, RANKER_TRAINING.bags));
        extent = { startScorer, scorer: endScorer };
      }
      for (const art of articles.filter((_, i) => i % folds === k)) {
        const { doc, timexes, actors } = prepareArticle(art);
        thresholds.forEach((threshold, ti) => {
          const st = findStatements(doc, actors, timexes, { scorer, threshold, extent });
          scoreArticle({ text: art.text, gold: art.gold, system: st.map((s) => ({ content: s.content, cue: s.cue, source: s.source })) }, counts[ti]);
        });
      }
    }
    if (process.argv.includes('--word-only')) return;
    const f3 = (x: number): string => x.toFixed(3);
    thresholds.forEach((t, ti) => {
      const r = finalScores(counts[ti]);
      console.log(`threshold ${t}: overlap ${f3(r.overlap.p)}/${f3(r.overlap.r)}/${f3(r.overlap.f1)} soft ${f3(r.soft.f1)} exact ${f3(r.exact.f1)} direct ${f3(r.direct.f1)} source ${f3(r.sourceAccuracy)} cue ${f3(r.cueAccuracy)}`);
    });
    return;
  }
  // --half: train on the even-numbered articles only (to study errors on the odd ones while developing)
  const examples = collect(process.argv.includes('--half') ? articles.filter((_, i) => i % 2 === 0) : articles);
  console.log(`${examples.length} candidate words, ${examples.filter((e) => e.y).length} cue words`);
  const model = train(examples, epochs, minCount, bags);
  const out = path.resolve(__dirname, '../src/extract/statements/cue-weights.json');
  fs.writeFileSync(out, JSON.stringify(model) + '\n');
  console.log(`wrote ${Object.keys(model.w).length} weights (bias ${model.bias}) to ${path.relative(process.cwd(), out)}`);
}

main();
