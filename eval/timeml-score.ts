/**
 * Pure TempEval-3 Task A style scorer (see ../shared/corpora/README.md):
 * gold and system timexes are paired one-to-one when their spans overlap (greedily, largest overlap
 * first, then earliest). relaxed = paired; strict = paired with identical spans; value = paired with
 * identical value; type = paired with identical type. Precision is over all system timexes, recall
 * over all gold ones. An EVENT is found when a system trigger overlaps it (also one-to-one).
 */
export type Span = [number, number];

export interface ScoredTimex {
  span: Span;
  type: string;
  value: string;
}

export interface Counts {
  /** Number of gold items. */
  gold: number;
  /** Number of system items. */
  system: number;
  /** Correct pairs. */
  correct: number;
}

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

export interface TimexCounts {
  relaxed: Counts;
  strict: Counts;
  value: Counts;
  type: Counts;
}

export interface ValueError {
  gold: ScoredTimex;
  system: ScoredTimex;
}

export function overlap(a: Span, b: Span): number {
  return Math.max(0, Math.min(a[1], b[1]) - Math.max(a[0], b[0]));
}

/** One-to-one pairs [goldIndex, systemIndex] of overlapping spans, largest overlap first. */
export function pairSpans(gold: Span[], system: Span[]): [number, number][] {
  const cands: [number, number, number][] = [];
  // Both lists are scanned in span order so the candidate search stays near-linear.
  const sOrder = system.map((s, i) => [s, i] as const).sort((x, y) => x[0][0] - y[0][0]);
  for (let g = 0; g < gold.length; g++) {
    for (const [s, i] of sOrder) {
      if (s[0] >= gold[g][1]) break;
      const o = overlap(gold[g], s);
      if (o > 0) cands.push([o, g, i]);
    }
  }
  cands.sort((a, b) => b[0] - a[0] || a[1] - b[1] || a[2] - b[2]);
  const usedG = new Set<number>();
  const usedS = new Set<number>();
  const pairs: [number, number][] = [];
  for (const [, g, s] of cands) {
    if (usedG.has(g) || usedS.has(s)) continue;
    usedG.add(g);
    usedS.add(s);
    pairs.push([g, s]);
  }
  return pairs.sort((a, b) => a[0] - b[0]);
}

export function emptyCounts(): Counts {
  return { gold: 0, system: 0, correct: 0 };
}

export function emptyTimexCounts(): TimexCounts {
  return { relaxed: emptyCounts(), strict: emptyCounts(), value: emptyCounts(), type: emptyCounts() };
}

export function scoreTimexes(gold: ScoredTimex[], system: ScoredTimex[]): { counts: TimexCounts; valueErrors: ValueError[] } {
  const counts = emptyTimexCounts();
  for (const c of Object.values(counts)) {
    c.gold = gold.length;
    c.system = system.length;
  }
  const valueErrors: ValueError[] = [];
  for (const [g, s] of pairSpans(gold.map((t) => t.span), system.map((t) => t.span))) {
    const a = gold[g];
    const b = system[s];
    counts.relaxed.correct++;
    if (a.span[0] === b.span[0] && a.span[1] === b.span[1]) counts.strict.correct++;
    if (a.value === b.value) counts.value.correct++;
    else valueErrors.push({ gold: a, system: b });
    if (a.type === b.type) counts.type.correct++;
  }
  return { counts, valueErrors };
}

export function scoreEvents(gold: Span[], system: Span[]): Counts {
  return { gold: gold.length, system: system.length, correct: pairSpans(gold, system).length };
}

export function addCounts(into: Counts, c: Counts): Counts {
  into.gold += c.gold;
  into.system += c.system;
  into.correct += c.correct;
  return into;
}

export function addTimexCounts(into: TimexCounts, c: TimexCounts): TimexCounts {
  addCounts(into.relaxed, c.relaxed);
  addCounts(into.strict, c.strict);
  addCounts(into.value, c.value);
  addCounts(into.type, c.type);
  return into;
}

export function prf(c: Counts): Prf {
  const precision = c.system === 0 ? 0 : c.correct / c.system;
  const recall = c.gold === 0 ? 0 : c.correct / c.gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}
