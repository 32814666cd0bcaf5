/**
 * What the two trainers of the learned attribution parts share (the cue detector's binary
 * perceptron and the content-extent ranker): feature strings interned in first-seen order, a seeded
 * shuffle, and averaged weights rounded and written in name order, so that a retrain reproduces the
 * committed JSON byte for byte.
 */

import { rng } from './seeded-random';

/** Feature strings as ids, with how often each occurs. */
export class FeatureIndex {
  readonly names: string[] = [];
  private readonly counts: number[] = [];
  private readonly ids = new Map<string, number>();

  intern(feats: readonly string[]): Int32Array {
    return Int32Array.from(feats, (f) => {
      let id = this.ids.get(f);
      if (id === undefined) {
        id = this.names.length;
        this.ids.set(f, id);
        this.names.push(f);
        this.counts.push(0);
      }
      this.counts[id]++;
      return id;
    });
  }

  /** Which features occur often enough to be learned. */
  kept(minCount: number): boolean[] {
    return this.counts.map((c) => c >= minCount);
  }
}

/** Fisher–Yates, in place, from a seeded generator. */
export function shuffle(order: number[], rand: () => number): void {
  for (let k = order.length - 1; k > 0; k--) {
    const j = Math.floor(rand() * (k + 1));
    [order[k], order[j]] = [order[j], order[k]];
  }
}

/** The averaged weights (w − u / c) of the kept features, rounded to 0.001, in name order; zeros left out. */
export function averagedWeights(names: string[], keep: boolean[], w: Float64Array, u: Float64Array, c: number): Record<string, number> {
  const weights: Record<string, number> = {};
  const sorted = names.map((n, id) => [n, id] as const).filter(([, id]) => keep[id]).sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0));
  for (const [n, id] of sorted) {
    const v = w[id] - u[id] / c;
    if (Math.abs(v) >= 0.01) weights[n] = Math.round(v * 1000) / 1000;
  }
  return weights;
}

/**
 * The mean of `bags` perceptrons, each trained by `trainOne` on its own seeded order (seed, seed + 1, …):
 * a perceptron depends on the order it sees its examples in, and the mean varies less when the rules
 * change which examples there are.
 */
export function meanOfBags(n: number, bags: number, seed: number, trainOne: (rand: () => number) => Float64Array): Float64Array {
  const sum = new Float64Array(n);
  for (let bag = 0; bag < bags; bag++) {
    const avg = trainOne(rng(seed + bag));
    for (let id = 0; id < n; id++) sum[id] += avg[id] / bags;
  }
  return sum;
}
