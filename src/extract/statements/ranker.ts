/**
 * What the learned parts share: a linear score over sparse string features (the cue detector and the
 * two content-extent rankers), and the choice among candidates that keeps the rules' own one
 * unless another beats it by a margin.
 *
 * A feature is a template ("wn=") and up to three parts joined by "|" ("said", "that" → "wn=said|that").
 * Feature functions hand each feature to a sink: a FeatureList builds the strings (training, other
 * weights), a ScoreSum adds the weights straight away through a LinearModel's per-template index, so
 * extraction never builds and hashes a fresh string per lookup. Both see the same features in the same
 * order, so the score is the same number to the last bit.
 */

/** Where a feature function puts its features. */
export interface FeatureSink<T> {
  /** Starts a new feature set. */
  reset(): void;
  /** One feature: template `t`, then the parts joined by "|" (no part: the template alone). */
  add(t: string, a?: string, b?: string, c?: string): void;
  /** The feature set since reset(). */
  result(): T;
}

/** The feature strings, in order. */
export class FeatureList implements FeatureSink<string[]> {
  private f: string[] = [];
  reset(): void {
    this.f = [];
  }
  add(t: string, a?: string, b?: string, c?: string): void {
    this.f.push(a === undefined ? t : b === undefined ? t + a : c === undefined ? t + a + '|' + b : t + a + '|' + b + '|' + c);
  }
  result(): string[] {
    return this.f;
  }
}

type Level = Map<string, number | Level>;

/**
 * Linear weights over feature strings, with an index by template and parts built on first use of each
 * template (and number of parts): the weight of t + a + "|" + b is found as index[t][a][b]. A key
 * whose parts themselves contain "|" is filed under every split, which is exact: a split is found
 * only when its joined string is that very key.
 */
export class LinearModel {
  /** The weights by feature string, made on the first score() (extraction only uses the index). */
  private W: Map<string, number> | null = null;
  private readonly idx = new Map<string, (Level | number | undefined | null)[]>();
  constructor(private readonly weights: Record<string, number>, readonly bias = 0) {}

  /** The score of a feature list: bias plus the known features' weights, in list order. */
  score(feats: string[]): number {
    const W = (this.W ??= new Map(Object.entries(this.weights)));
    let s = this.bias;
    for (const f of feats) {
      const v = W.get(f);
      if (v !== undefined) s += v;
    }
    return s;
  }

  private build(t: string, n: number): Level | number | undefined {
    if (n === 0) return Object.hasOwn(this.weights, t) ? this.weights[t] : undefined;
    const root: Level = new Map();
    for (const key of Object.keys(this.weights)) {
      if (!key.startsWith(t)) continue;
      const v = this.weights[key];
      const rest = key.slice(t.length);
      const bars: number[] = [];
      for (let i = rest.indexOf('|'); i >= 0; i = rest.indexOf('|', i + 1)) bars.push(i);
      const put = (parts: string[]): void => {
        let m = root;
        for (let j = 0; j < parts.length - 1; j++) {
          let next = m.get(parts[j]) as Level | undefined;
          if (next === undefined) m.set(parts[j], (next = new Map()));
          m = next;
        }
        m.set(parts[parts.length - 1], v);
      };
      if (n === 1) put([rest]);
      else if (n === 2) for (const i of bars) put([rest.slice(0, i), rest.slice(i + 1)]);
      else for (const i of bars) for (const j of bars) if (j > i) put([rest.slice(0, i), rest.slice(i + 1, j), rest.slice(j + 1)]);
    }
    return root;
  }

  /** The weight of feature (t, a, b, c), or undefined when it has none. */
  get(t: string, a?: string, b?: string, c?: string): number | undefined {
    const n = a === undefined ? 0 : b === undefined ? 1 : c === undefined ? 2 : 3;
    let byN = this.idx.get(t);
    if (byN === undefined) this.idx.set(t, (byN = []));
    let root = byN[n];
    if (root === undefined) root = byN[n] = this.build(t, n) ?? null;
    if (root === null) return undefined;
    if (n === 0) return root as number;
    let m = (root as Level).get(a!);
    if (n === 1 || m === undefined) return m as number | undefined;
    m = (m as Level).get(b!);
    if (n === 2 || m === undefined) return m as number | undefined;
    return (m as Level).get(c!) as number | undefined;
  }
}

/** The score of the features as they come: the model's bias plus each known feature's weight, in order. */
export class ScoreSum implements FeatureSink<number> {
  private s = 0;
  constructor(private readonly model: LinearModel) {}
  reset(): void {
    this.s = this.model.bias;
  }
  add(t: string, a?: string, b?: string, c?: string): void {
    const v = this.model.get(t, a, b, c);
    if (v !== undefined) this.s += v;
  }
  result(): number {
    return this.s;
  }
}

/**
 * The score of a feature list under `weights`: `bias` plus the sum of the known features' weights
 * (for weights held as a plain record, as the trainer has them).
 */
export function linearScorer(weights: Record<string, number>, bias = 0): (feats: string[]) => number {
  const model = new LinearModel(weights, bias);
  return (feats) => model.score(feats);
}

/** The best-scoring candidate, the rules' own (`orig`) ahead by `margin`; the first on a tie. */
export function chooseCandidate<F, C extends { feats: F; orig: boolean }>(cands: C[], scorer: (feats: F) => number, margin: number): C {
  let best = cands[0];
  let bestScore = -Infinity;
  for (const c of cands) {
    const s = scorer(c.feats) + (c.orig ? margin + 1e-6 : 0);
    if (s > bestScore) {
      bestScore = s;
      best = c;
    }
  }
  return best;
}
