/**
 * What the learned parts share: a linear score over sparse string features (the cue detector and the
 * two content-extent rankers), and the choice among candidates that keeps the rules' own one
 * unless another beats it by a margin.
 */

/**
 * The score of a feature list under `weights`: `bias` plus the sum of the known features' weights. A
 * Map, since a lookup by a freshly built feature string then costs one hash probe.
 */
export function linearScorer(weights: Record<string, number>, bias = 0): (feats: string[]) => number {
  const W = new Map(Object.entries(weights));
  return (feats) => {
    let s = bias;
    for (const f of feats) {
      const v = W.get(f);
      if (v !== undefined) s += v;
    }
    return s;
  };
}

/** The best-scoring candidate, the rules' own (`orig`) ahead by `margin`; the first on a tie. */
export function chooseCandidate<C extends { feats: string[]; orig: boolean }>(cands: C[], scorer: (feats: string[]) => number, margin: number): C {
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
