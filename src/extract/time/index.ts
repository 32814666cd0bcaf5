/**
 * Temporal expressions: recognition and TIMEX3 normalisation (TempEval-3 / TimeBank conventions).
 *
 * One linear pass per sentence over a small time-specific tokenisation; at each token a set of
 * matchers (explicit dates, relative dates, durations, sets, times of day, quarters, seasons) is tried
 * and the longest candidate wins. Relative expressions resolve against the publication date (DCT);
 * weekdays and bare month names use the tense of the nearest verb ("said Monday" → the most recent
 * Monday, "will meet Monday" → the next one). Without a publication date nothing is invented: the
 * unknown parts stay X ("XXXX-WXX-1").
 */
import type { Document } from '../document';
import type { TimexFinding, TimexType } from '../types';
import {
  addMonths, dayNumber, fromDayNumber, isoDay, isoWeek, isoWeekStart, pad, parseIsoDate, rangeOf, validDate, weekday, weekValue,
} from './calendar';
import {
  AMBIGUOUS_MONTH, FUTURE_MARKERS, IRREGULAR_PAST, MONTHS, NUMBER_WORDS, ORDINALS, PARTS_OF_DAY, QUANTITY_NOUNS, SEASONS,
  SET_ADVERBS, SINGULAR, TENS, UNITS, VAGUE_QUANTITY, VAGUE_UNIT_LETTER, WEEKDAYS, WEEKDAY_PLURALS,
} from './words';

import { relativeRange } from './ranges';

export { rangeOf } from './calendar';
export { relativeRange } from './ranges';

interface Tok {
  /** lower-case text */
  t: string;
  /** raw text */
  s: string;
  start: number;
  end: number;
}

type Tense = 'PAST' | 'FUTURE' | 'NONE';

/** A candidate match over tokens [i, j). `day` is set when the value pins one calendar day. */
interface Cand {
  i: number;
  j: number;
  type: TimexType;
  value: string;
  day?: number | null;
  /** What kind of base this is, for the modifier rules. */
  kind?: 'point' | 'duration' | 'ago' | 'set' | 'ref';
}

const TOKEN_RE = /\d{4}-\d{2}-\d{2}(?:T\d{2}(?::\d{2}){0,2})?|\d+(?:[.,:/]\d+)*(?:st|nd|rd|th|s)?|[ap]\.m\.?|\p{L}+|'\d\ds|\S/giu;

function tokenize(text: string, from: number, to: number): Tok[] {
  const out: Tok[] = [];
  const slice = text.slice(from, to);
  TOKEN_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN_RE.exec(slice)) !== null) {
    out.push({ t: m[0].toLowerCase(), s: m[0], start: from + m.index, end: from + m.index + m[0].length });
  }
  return out;
}

const BE_FORMS = new Set(['be', 'been', 'being', 'is', 'are', 'am', "'s", "'re"]);
/** "is to", "planned to", "agreed to" + verb look forward. */
const INTENT_BEFORE_TO = new Set(['is', 'are', 'was', 'were', "'s", "'re", 'planned', 'planning', 'plans', 'plan', 'agreed', 'decided', 'scheduled', 'set', 'due', 'expected', 'hoped', 'hopes', 'wanted', 'wants', 'promised', 'vowed', 'threatened', 'prepared', 'preparing', 'ready', 'going', 'intend', 'intends', 'intended', 'likely', 'unlikely', 'poised', 'slated']);
/** Irregular past forms that are also a base form or a participle. */
const BASE_LIKE_PAST = new Set(['hit', 'cut', 'beat', 'quit', 'shot', 'made', 'held', 'left', 'lost', 'sold', 'bought', 'paid', 'spent', 'built', 'struck', 'caught', 'kept', 'led', 'sent', 'found', 'told']);
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'his', 'her', 'their', 'our', 'my', 'your']);
const NOT_ED_VERBS = new Set(['need', 'indeed', 'speed', 'feed', 'seed', 'bed', 'red', 'hundred', 'shed', 'bred', 'breed', 'greed', 'deed', 'weed', 'proceed', 'succeed', 'exceed', 'limited', 'united', 'based', 'related', 'interested', 'concerned', 'supposed', 'used']);
const QUANTITY_MODS: [string[], number][] = [
  [['more', 'than'], 2], [['less', 'than'], 2], [['fewer', 'than'], 2], [['at', 'least'], 2], [['at', 'most'], 2],
  [['up', 'to'], 2], [['no', 'more', 'than'], 3], [['not', 'more', 'than'], 3], [['as', 'many', 'as'], 3], [['as', 'much', 'as'], 3],
  [['about'], 1], [['around'], 1], [['approximately'], 1], [['nearly'], 1], [['almost'], 1], [['roughly'], 1],
  [['some'], 1], [['over'], 1], [['well', 'over'], 2], [['under'], 1],
];
// "only", "just", "barely" are focus particles, not part of the expression ("only five hours",
// "just months ago"): TBAQ leaves them out of all 7 timexes they precede
const POSITION_MODS: [string[], number][] = [
  [['the', 'end', 'of'], 3], [['the', 'beginning', 'of'], 3], [['the', 'start', 'of'], 3], [['the', 'middle', 'of'], 3],
  [['the', 'turn', 'of'], 3], [['the', 'close', 'of'], 3], [['the', 'first', 'half', 'of'], 4], [['the', 'last', 'half', 'of'], 4],
  [['the', 'second', 'half', 'of'], 4], [['the', 'latter', 'part', 'of'], 4], [['the', 'early', 'part', 'of'], 4], [['end', 'of'], 2], [['beginning', 'of'], 2], [['start', 'of'], 2],
  [['early'], 1], [['late'], 1], [['mid'], 1], [['earlier'], 1], [['later'], 1], [['middle', 'of'], 2],
];
const YEAR_PREP = new Set(['in', 'since', 'from', 'until', 'till', 'by', 'of', 'before', 'after', 'during', 'through', 'year', 'fiscal', 'the', 'to', 'and', 'early', 'late', 'mid', 'around', 'circa', 'between', 'until']);
const BARE_UNIT_PREV = new Set(['for', 'in', 'within', 'over', 'after', 'than', 'take', 'takes', 'took', 'taken', 'last', 'lasted', 'spent', 'spend', 'wait', 'waited']);
/** Words before "a week" that make a frequency (a set) rather than a rate of some quantity. */
const FREQUENCY_WORDS = new Set(['twice', 'once', 'thrice', 'times', 'each']);
const SET_PREV = new Set(['twice', 'once', 'thrice', 'times', 'percent', '%', 'million', 'billion', 'trillion', 'thousand', 'hundred', 'dollars', 'cents', 'each']);

interface Ctx {
  dct: number | null;
  toks: Tok[];
  markers: ('F' | 'P' | null)[];
  /** Sentence index of each token. */
  sentOf: number[];
  sentence: number;
  /** the quarter under discussion; `fiscal` when it was named as a fiscal quarter ("the fiscal second quarter") */
  lastQuarter: { y: number; q: number; sentence: number; fiscal?: boolean } | null;
  ref: { y: number; m?: number; d?: number } | null;
  /** The publication date as the starting ref, to tell a date named in the text from none. */
  dctRef: { y: number; m?: number; d?: number } | null;
  /** Day numbers pinned earlier in this sentence / paragraph (for a bare "3 p.m."). */
  sentenceDay: number | null;
  paragraphDay: number | null;
  /** Set by tenseAt: the past verb it found governs the date itself (no infinitive or "for/through" between). */
  directPast?: boolean;
}

/**
 * The tense that governs a date: a deadline preposition right before it ("by Friday", "until Tuesday",
 * "as early as Monday") points forward; otherwise the nearest tense marker of the same sentence,
 * looking left first (the verb usually precedes its date adjunct), then right.
 */
/** How far (tokens) the governing tense marker is looked for, left first, then right. */
const TENSE_LEFT = 20;
const TENSE_RIGHT = 20;
function tenseAt(ctx: Ctx, i: number, j: number): Tense {
  const toks = ctx.toks;
  ctx.directPast = false;
  let p = i - 1;
  if (toks[p]?.t === 'on') p--;
  const w = toks[p]?.t;
  if ((w === 'until' || w === 'by' || w === 'till') && ctx.sentOf[p - 1] === ctx.sentOf[i] && p > 0 && !/^[,;:"“'`]$/.test(toks[p - 1].t)) {
    // "had filed reports by Wednesday": a pluperfect looks back from a past reference point
    for (let l = p - 1; l >= Math.max(0, p - 8); l--) {
      if (ctx.sentOf[l] !== ctx.sentOf[i] || /^[,;:]$/.test(toks[l].t)) break;
      if (toks[l].t === 'had' || toks[l].t === "'d") return 'PAST';
    }
    return 'FUTURE';
  }
  // "as early as Monday", "as soon as trading opened Monday"
  for (let l = i - 1; l >= Math.max(0, i - 6); l--) {
    if (toks[l].t === 'as' && /^(early|soon)$/.test(toks[l - 1]?.t ?? '') && toks[l - 2]?.t === 'as') return 'FUTURE';
    if (/^[,;:]$/.test(toks[l].t)) break;
  }
  const sent = ctx.sentOf[i];
  // a finite verb right after the date governs it ("on Sunday issued a warning")
  ctx.directPast = false;
  if (ctx.sentOf[j] === sent && ctx.markers[j] === 'P' && toks[j].t !== 'earlier' && toks[j].t !== 'last') {
    ctx.directPast = true;
    return 'PAST';
  }
  for (let l = i - 1; l >= Math.max(0, i - TENSE_LEFT); l--) {
    if (ctx.sentOf[l] !== sent || toks[l].t === ';') break;
    if (ctx.markers[l]) {
      if (ctx.markers[l] === 'F') return 'FUTURE';
      ctx.directPast = isDirect(ctx, l + 1, i);
      return 'PAST';
    }
  }
  // a fronted adjunct ("In January, a week after ..., a bomb killed") is governed by the main verb,
  // however long the phrase between
  const fronted = toks[j]?.t === ',' && i > 0 && ctx.sentOf[i - 1] === sent && (i < 2 || ctx.sentOf[i - 2] !== sent || OPENING.has(toks[i - 2].t));
  for (let r = j; r < Math.min(toks.length, j + (fronted ? 2 * TENSE_RIGHT : TENSE_RIGHT)); r++) {
    if (ctx.sentOf[r] !== sent || toks[r].t === ';') break;
    if (ctx.markers[r]) {
      if (ctx.markers[r] === 'F') return 'FUTURE';
      ctx.directPast = isDirect(ctx, j, r);
      return 'PAST';
    }
  }
  // a long sentence whose finite verb stands far before the date ("The stock has fluctuated sharply ...,
  // rising to a high of $42 in June from $29 in March"): the main verb still sets the tense
  for (let l = i - TENSE_LEFT - 1; l >= 0; l--) {
    if (ctx.sentOf[l] !== sent || toks[l].t === ';') break;
    if (ctx.markers[l]) return ctx.markers[l] === 'F' ? 'FUTURE' : 'PAST';
  }
  return 'NONE';
}

/**
 * Whether the past verb between tokens a..b (exclusive) governs the date itself: no infinitive
 * ("agreed to acquire the bank in January"), no reporting verb's complement clause and no
 * "for/through" before the date ("loans through January", "for November transactions") in between.
 */
const NOT_DIRECT_BEFORE = new Set(['for', 'through', 'until', 'till', 'by', 'before', 'since']);
function isDirect(ctx: Ctx, a: number, b: number): boolean {
  const toks = ctx.toks;
  for (let k = a; k < b; k++) {
    const t = toks[k].t;
    if (t === 'to' && /^\p{Ll}/u.test(toks[k + 1]?.s ?? '') && !DETERMINERS.has(toks[k + 1].t)) return false;
    if (t === 'that' || t === 'would' || t === 'could' || t === 'should' || t === 'might') return false;
  }
  // the preposition of the date ("planned for early March", "until mid-November")
  for (let k = Math.max(a, b - 3); k < b; k++) if (NOT_DIRECT_BEFORE.has(toks[k].t)) return false;
  return true;
}

function markersOf(toks: Tok[]): ('F' | 'P' | null)[] {
  return toks.map((k, idx) => {
    const t = k.t;
    if (t === 'next') return null;
    if (t === 'to' && INTENT_BEFORE_TO.has(toks[idx - 1]?.t ?? '')) {
      const p2 = toks[idx - 2]?.t ?? '';
      return p2 === 'had' || (p2 === 'been' && toks[idx - 3]?.t === 'had') ? 'P' : 'F';
    }
    const prev = toks[idx - 1]?.t ?? '';
    if (FUTURE_MARKERS.has(t)) {
      // "had been due to expire Friday": a plan seen from the past
      if (prev === 'had' || (prev === 'been' && toks[idx - 2]?.t === 'had')) return 'P';
      // "plans", "hopes" are verbs only with a complement ("plans to", "hopes that")
      if (/^(plans|hopes|wants|aims|expects|intends|expect|ends|opens|starts|begins)$/.test(t)) {
        const nx = toks[idx + 1]?.t ?? '';
        return nx === 'to' || nx === 'that' || DETERMINERS.has(nx) ? 'F' : null;
      }
      return 'F';
    }
    const passive = BE_FORMS.has(prev) || BE_FORMS.has(toks[idx - 2]?.t ?? '');
    // "protesters planned a rally on Saturday": a plan made in the past points forward
    if ((t === 'planned' || t === 'planning') && prev !== 'had' && !DETERMINERS.has(prev) && DETERMINERS.has(toks[idx + 1]?.t ?? '')) return 'F';
    // a form shared with the base or the participle after "to", a modal or "get" is no past
    // ("to hit", "will cut", "getting beat up")
    if (BASE_LIKE_PAST.has(t) && /^(to|will|would|can|could|may|might|must|should|shall|'ll|get|gets|getting|got|gotten)$/.test(prev)) return null;
    if (IRREGULAR_PAST.has(t)) return passive && t !== 'was' && t !== 'were' ? null : 'P';
    if (t.length > 4 && t.endsWith('ed') && /^\p{L}[a-z]+$/u.test(k.s) && !NOT_ED_VERBS.has(t)) {
      // adjectival participles: "a still unspecified date", "the revised plan"
      if (t.startsWith('un') || DETERMINERS.has(prev) || (DETERMINERS.has(toks[idx - 2]?.t ?? '') && /^(\p{Ll}+ly|still|much|well|long|newly|so|very|recently|previously|already|once|just)$/u.test(toks[idx - 1]?.s ?? ''))) return null;
      return passive ? null : 'P';
    }
    return null;
  });
}

// ---------------------------------------------------------------- small readers

function numberAt(toks: Tok[], i: number): { n: number | null; j: number } | null {
  const k = toks[i];
  if (!k) return null;
  if (/^\d+(\.\d+)?$/.test(k.t)) {
    let n = parseFloat(k.t);
    let j = i + 1;
    // "2 1/2"
    if (toks[j] && /^\d\/\d$/.test(toks[j].t)) {
      const [a, b] = toks[j].t.split('/').map(Number);
      if (b) n += a / b;
      j++;
    }
    return { n, j };
  }
  if (k.t === 'a' || k.t === 'an') {
    const nx = toks[i + 1]?.t;
    if (nx === 'few') return { n: null, j: i + 2 };
    if (nx === 'couple') return { n: 2, j: toks[i + 2]?.t === 'of' ? i + 3 : i + 2 };
    if (nx === 'dozen') return { n: 12, j: i + 2 };
    if (nx === 'hundred') return { n: 100, j: i + 2 };
    if (nx === 'half' || nx === 'thousand') return null;
    return { n: 1, j: i + 1 };
  }
  if (k.t === 'couple') return { n: 2, j: toks[i + 1]?.t === 'of' ? i + 2 : i + 1 };
  if (VAGUE_QUANTITY.has(k.t)) return { n: null, j: i + 1 };
  if (NUMBER_WORDS.has(k.t)) {
    let n = NUMBER_WORDS.get(k.t)!;
    let j = i + 1;
    if (TENS.has(k.t)) {
      let q = j;
      if (toks[q]?.t === '-') q++;
      const o = NUMBER_WORDS.get(toks[q]?.t ?? '');
      if (o !== undefined && o >= 1 && o <= 9) {
        n += o;
        j = q + 1;
      }
    }
    if (toks[j]?.t === 'hundred' && n < 10) {
      n *= 100;
      j++;
    }
    if (toks[j]?.t === 'and' && toks[j + 1]?.t === 'a' && toks[j + 2]?.t === 'half') return { n: n + 0.5, j: j + 3 };
    return { n, j };
  }
  return null;
}

function unitAt(toks: Tok[], i: number): { unit: string; letter: string; mult: number; time: boolean; plural: boolean } | null {
  const t = toks[i]?.t;
  if (!t) return null;
  const u = UNITS.get(t);
  if (!u) return null;
  return { unit: SINGULAR.get(t) ?? t, letter: u[0], mult: u[1], time: u[2], plural: SINGULAR.has(t) };
}

function durationValue(n: number | null, unit: { unit: string; letter: string; mult: number; time: boolean }): string {
  const p = unit.time ? 'PT' : 'P';
  if (n === null) return `${p}X${VAGUE_UNIT_LETTER.get(unit.unit) ?? unit.letter}`;
  let v = n * unit.mult;
  if (unit.unit === 'weekend') return `P${fmtNum(v * 2)}D`;
  if (unit.unit === 'season') return `P${fmtNum(v * 3)}M`;
  if (!Number.isInteger(v)) {
    const whole = Math.floor(v);
    const frac = v - whole;
    const sub: Record<string, [string, number, boolean]> = { Y: ['M', 12, false], M: ['D', 30, false], W: ['D', 7, false], D: ['H', 24, true], H: ['M', 60, true], Q: ['M', 3, false] };
    const timeSub: Record<string, [string, number, boolean]> = { H: ['M', 60, true], M: ['S', 60, true] };
    const s = unit.time ? timeSub[unit.letter] : sub[unit.letter];
    if (s && Number.isInteger(frac * s[1])) {
      const head = whole > 0 ? `${whole}${unit.letter}` : '';
      if (s[2] && !unit.time) return `P${head}T${frac * s[1]}${s[0]}`;
      return `${p}${head}${frac * s[1]}${s[0]}`;
    }
    v = Math.round(v * 100) / 100;
  }
  return `${p}${fmtNum(v)}${unit.letter}`;
}

const fmtNum = (v: number): string => (Number.isInteger(v) ? String(v) : String(v));

function yearAt(toks: Tok[], i: number): number | null {
  const k = toks[i];
  if (!k || !/^\d{4}$/.test(k.t)) return null;
  const y = +k.t;
  return y >= 1000 && y <= 2099 ? y : null;
}

/** A year written out or in digits at i: "1994", "nineteen ninety-four" → [year, end]. */
function yearPhraseAt(toks: Tok[], i: number): [number, number] | null {
  const y = yearAt(toks, i);
  if (y !== null) return [y, i + 1];
  if (toks[i]?.t === 'nineteen' && TENS.has(toks[i + 1]?.t ?? '')) {
    const r = numberAt(toks, i + 1);
    if (r && r.n !== null && r.n >= 10 && r.n < 100) return [1900 + r.n, r.j];
  }
  return null;
}

function isCap(k: Tok | undefined): boolean {
  return !!k && /^\p{Lu}/u.test(k.s);
}

const MONTH_ABBREVIATIONS = new Set(['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);

function monthAt(toks: Tok[], i: number): { m: number; j: number } | null {
  const k = toks[i];
  if (!k) return null;
  const m = MONTHS.get(k.t);
  if (m === undefined) return null;
  let j = i + 1;
  const dotted = toks[j]?.t === '.' && toks[j].start === k.end && MONTH_ABBREVIATIONS.has(k.t);
  if (dotted) j++;
  if (AMBIGUOUS_MONTH.has(k.t)) {
    if (!isCap(k)) return null;
    const nx = toks[j];
    const pv = toks[i - 1]?.t;
    const strongNext = !!nx && (/^\d{1,4}(st|nd|rd|th)?$/.test(nx.t) || ORDINALS.has(nx.t));
    const strongPrev = !!pv && /^(in|since|until|till|by|from|during|through|early|late|mid|last|next|this|of|before|after|-|and|or|to|between)$/.test(pv);
    // "the March accession", "a May election": a capitalised month modifying a noun after an article
    const modifier = !!pv && /^(the|a|an|its|his|her|their|our)$/.test(pv) && !!nx && /^\p{Ll}{3,}$/u.test(nx.s) && !/^(of|against|for|on|to|in|from|with|through|into|and|or|was|is|were|are|has|had|have|will|would|can|could)$/.test(nx.t);
    if (!strongNext && !strongPrev && !modifier && !(dotted && k.t.length <= 4)) return null;
    if (k.t === 'may' && !strongNext && !modifier && !(pv && /^(in|since|until|by|from|during|early|late|mid|last|next|this|of|before|after)$/.test(pv))) return null;
  } else if (k.t.length <= 4 && !dotted && k.t !== 'june' && k.t !== 'july') {
    return null;
  }
  if (k.t.length <= 4 && !dotted && k.t !== 'june' && k.t !== 'july' && k.t !== 'may') {
    const nx = toks[j];
    if (!nx || !/^\d{1,4}(st|nd|rd|th)?$/.test(nx.t)) return null;
  }
  return { m, j };
}

function dayOfMonthAt(toks: Tok[], i: number): number | null {
  const k = toks[i];
  if (!k) return null;
  let d: number | undefined;
  const mm = k.t.match(/^(\d{1,2})(st|nd|rd|th)?$/);
  if (mm) d = +mm[1];
  else d = ORDINALS.get(k.t);
  if (d === undefined || d < 1 || d > 31) return null;
  // "March 10:30" or "May 5,000" are not days
  if (toks[i + 1]?.t === ':' && /^\d/.test(toks[i + 2]?.t ?? '')) return null;
  return d;
}

// ---------------------------------------------------------------- resolution helpers

function dctYmd(ctx: Ctx) {
  return ctx.dct === null ? null : fromDayNumber(ctx.dct);
}

function dayRel(ctx: Ctx, k: number): { value: string; day: number | null } {
  if (ctx.dct === null) return { value: 'XXXX-XX-XX', day: null };
  return { value: isoDay(ctx.dct + k), day: ctx.dct + k };
}

function yearRel(ctx: Ctx, k: number): string {
  const d = dctYmd(ctx);
  return d ? pad(d.y + k, 4) : 'XXXX';
}

function monthRel(ctx: Ctx, k: number): string {
  const d = dctYmd(ctx);
  if (!d) return 'XXXX-XX';
  const r = addMonths(d.y, d.m, k);
  return `${pad(r.y, 4)}-${pad(r.m)}`;
}

function weekRel(ctx: Ctx, k: number): string {
  return ctx.dct === null ? 'XXXX-WXX' : weekValue(ctx.dct + 7 * k);
}

/** Nouns of reported results ("this quarter's loss"). */
const RESULTS = new Set(['loss', 'losses', 'profit', 'profits', 'earnings', 'results', 'net', 'income', 'sales', 'revenue', 'revenues']);

function quarterOf(ctx: Ctx): { y: number; q: number } | null {
  const d = dctYmd(ctx);
  return d ? { y: d.y, q: Math.floor((d.m - 1) / 3) + 1 } : null;
}

function quarterRel(ctx: Ctx, k: number): string {
  const q = quarterOf(ctx);
  if (!q) return 'XXXX-QX';
  const t = q.y * 4 + (q.q - 1) + k;
  return `${pad(Math.floor(t / 4), 4)}-Q${(t % 4) + 1}`;
}

function weekdayDate(ctx: Ctx, wd: number, tense: Tense, strict: 'last' | 'next' | null): { value: string; day: number | null } {
  if (ctx.dct === null) return { value: `XXXX-WXX-${wd}`, day: null };
  const d0 = weekday(ctx.dct);
  let n: number;
  if (strict === 'last') n = ctx.dct - (((d0 - wd + 7) % 7) || 7);
  else if (strict === 'next') n = ctx.dct + (((wd - d0 + 7) % 7) || 7);
  else if (tense === 'FUTURE') n = ctx.dct + ((wd - d0 + 7) % 7);
  else n = ctx.dct - ((d0 - wd + 7) % 7);
  return { value: isoDay(n), day: n };
}

/**
 * Year of a month (and day) given without one. Of the most recent occurrence (at or before the DCT)
 * and the next one, take the one the tense points to unless the other is much closer (a past-tense
 * sentence can still name an imminent date: "said the vote would be held Dec. 15").
 */
/** How much closer the occurrence against the tense must be to win (deadlines in past-tense reports). */
const RATIO_MONTH = 4;
const RATIO_MONTH_FUTURE = 12;
const RATIO_DAY = 4;
const RATIO_NONE = 1.5;
function yearFor(ctx: Ctx, m: number, d: number | null, tense: Tense, direct = false): number | null {
  const dc = dctYmd(ctx);
  if (!dc || ctx.dct === null) return null;
  const dct = ctx.dct;
  const dist = (y: number): number => {
    if (d !== null) return dayNumber(y, m, Math.min(d, 28)) + (d > 28 ? d - 28 : 0) - dct;
    const s0 = dayNumber(y, m, 1);
    const e = addMonths(y, m, 1);
    const e0 = dayNumber(e.y, e.m, 1) - 1;
    return dct < s0 ? s0 - dct : dct > e0 ? e0 - dct : 0;
  };
  let past = dc.y;
  if (dist(past) > 0) past--;
  const future = dist(past) === 0 ? past : past + 1;
  if (past === future) return past;
  const dp = -dist(past);
  const df = dist(future);
  // a month governed by the past verb itself is in the past ("changed its fiscal year in December")
  if (tense === 'PAST') return !(direct && d === null) && df * (d === null ? RATIO_MONTH : RATIO_DAY) < dp ? future : past;
  // a future-tense sentence rarely names a month just gone ("will fly a mission in December", said in March)
  if (tense === 'FUTURE') return dp * (d === null ? RATIO_MONTH_FUTURE : RATIO_DAY) < df ? past : future;
  return df * RATIO_NONE < dp ? future : past;
}

const ONES_ORD = new Map<string, number>([...ORDINALS].filter(([, v]) => v <= 4));

// ---------------------------------------------------------------- matchers

type Matcher = (ctx: Ctx, i: number) => Cand | null;

/** ISO and numeric dates: 1998-08-07, 19980807, 11/02/89. */
const numericDate: Matcher = (ctx, i) => {
  const t = ctx.toks[i].t;
  let m = t.match(/^(\d{4})-(\d{2})-(\d{2})(?:t(\d{2})(?::(\d{2}))?)?$/);
  if (m && validDate(+m[1], +m[2], +m[3])) {
    const day = dayNumber(+m[1], +m[2], +m[3]);
    if (m[4]) return { i, j: i + 1, type: 'TIME', value: `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5] ?? '00'}`, day, kind: 'point' };
    return { i, j: i + 1, type: 'DATE', value: `${m[1]}-${m[2]}-${m[3]}`, day, kind: 'point' };
  }
  m = t.match(/^(19\d\d|20\d\d)(\d\d)(\d\d)$/);
  if (m && validDate(+m[1], +m[2], +m[3])) return { i, j: i + 1, type: 'DATE', value: `${m[1]}-${m[2]}-${m[3]}`, day: dayNumber(+m[1], +m[2], +m[3]), kind: 'point' };
  m = t.match(/^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})$/);
  if (m) {
    let y = +m[3];
    if (m[3].length === 2) y += y < 50 ? 2000 : 1900;
    if (validDate(y, +m[1], +m[2])) return { i, j: i + 1, type: 'DATE', value: `${pad(y, 4)}-${pad(+m[1])}-${pad(+m[2])}`, day: dayNumber(y, +m[1], +m[2]), kind: 'point' };
  }
  return null;
};

/** "relative year" phrases after a month: "July last year". */
function relYearAt(ctx: Ctx, i: number): { y: string; j: number } | null {
  const a = ctx.toks[i]?.t;
  const b = ctx.toks[i + 1]?.t;
  if (b !== 'year') return null;
  if (a === 'last' || a === 'past') return { y: yearRel(ctx, -1), j: i + 2 };
  if (a === 'this') return { y: yearRel(ctx, 0), j: i + 2 };
  if (a === 'next') return { y: yearRel(ctx, 1), j: i + 2 };
  return null;
}

/** [weekday ,] Month [day] [, year] — "Aug. 7, 1998", "August 1988", "Friday, Oct. 23", "July last year". */
const monthDate: Matcher = (ctx, i) => {
  const toks = ctx.toks;
  let k = i;
  let wd: number | null = null;
  if (WEEKDAYS.has(toks[k].t) && toks[k].t.length > 4) {
    wd = WEEKDAYS.get(toks[k].t)!;
    k++;
    if (toks[k]?.t === ',') k++;
  }
  const mo = monthAt(toks, k);
  if (!mo) return null;
  let j = mo.j;
  let d: number | null = null;
  const dd = dayOfMonthAt(toks, j);
  if (dd !== null && !(toks[j + 1]?.t === ',' && /^\d{3}$/.test(toks[j + 2]?.t ?? ''))) {
    d = dd;
    j++;
  } else if (toks[j]?.t === 'the' && ORDINALS.has(toks[j + 1]?.t ?? '')) {
    d = ORDINALS.get(toks[j + 1].t)!;
    j += 2;
  }
  let year: string | null = null;
  let q = j;
  if (toks[q]?.t === ',' && d !== null) q++;
  if (toks[q]?.t === 'of' && d === null) q++;
  const yp = yearPhraseAt(toks, q);
  if (yp !== null) {
    year = pad(yp[0], 4);
    j = yp[1];
  } else if (/^'\d\d$/.test(toks[q]?.t ?? '')) {
    const yy = +toks[q].t.slice(1);
    year = String(yy < 50 ? 2000 + yy : 1900 + yy);
    j = q + 1;
  } else {
    const r = relYearAt(ctx, j);
    if (r) {
      year = r.y;
      j = r.j;
    }
  }
  if (wd !== null && d === null) return null;
  if (year === null && d !== null && toks[i - 1]?.t === 'ended' && ctx.dct !== null) {
    // "the quarter ended Oct. 31": a period that has ended closed on or before the publication date
    const dc = fromDayNumber(ctx.dct);
    const yy = dayNumber(dc.y, mo.m, Math.min(d, 28)) > ctx.dct ? dc.y - 1 : dc.y;
    year = pad(yy, 4);
  }
  if (year === null) {
    const tense = tenseAt(ctx, i, j);
    const yy = yearFor(ctx, mo.m, d, tense === 'NONE' ? 'NONE' : tense, ctx.directPast);
    year = yy === null ? 'XXXX' : pad(yy, 4);
  } else if (!/X/.test(year)) {
    ctx.ref = { y: +year, m: mo.m, d: d ?? undefined };
  }
  if (d !== null) {
    if (year !== 'XXXX' && !validDate(+year, mo.m, d)) return null;
    const value = `${year}-${pad(mo.m)}-${pad(d)}`;
    return { i, j, type: 'DATE', value, day: year === 'XXXX' ? null : dayNumber(+year, mo.m, d), kind: 'point' };
  }
  return { i, j, type: 'DATE', value: `${year}-${pad(mo.m)}`, kind: 'point' };
};

/** "7 August 2018", "the 7th of August". */
const dayMonth: Matcher = (ctx, i) => {
  const toks = ctx.toks;
  let k = i;
  if (toks[k].t === 'the' && ORDINALS.has(toks[k + 1]?.t ?? '')) k++;
  const d = dayOfMonthAt(toks, k);
  if (d === null) return null;
  let q = k + 1;
  if (toks[q]?.t === 'of') q++;
  const mo = monthAt(toks, q);
  if (!mo || !isCap(toks[q])) return null;
  let j = mo.j;
  let year: number | null = yearAt(toks, j);
  if (year !== null) j++;
  else {
    const dc = dctYmd(ctx);
    year = dc ? yearFor(ctx, mo.m, d, tenseAt(ctx, i, j)) : null;
  }
  if (year !== null && !validDate(year, mo.m, d)) return null;
  const value = `${year === null ? 'XXXX' : pad(year, 4)}-${pad(mo.m)}-${pad(d)}`;
  return { i, j, type: 'DATE', value, day: year === null ? null : dayNumber(year, mo.m, d), kind: 'point' };
};

/** Car makes and model words that a model year modifies. */
const VEHICLE_WORDS = new Set(['chevrolet', 'chevy', 'ford', 'buick', 'cadillac', 'oldsmobile', 'pontiac', 'dodge', 'chrysler', 'plymouth', 'lincoln', 'mercury', 'jeep', 'toyota', 'honda', 'nissan', 'datsun', 'mazda', 'subaru', 'mitsubishi', 'volkswagen', 'mercedes', 'bmw', 'audi', 'porsche', 'volvo', 'saab', 'jaguar', 'fiat', 'peugeot', 'renault', 'hyundai', 'mustang', 'corvette', 'camaro', 'model', 'models']);

const DECADE_WORDS: Record<string, string> = { twenties: '2', thirties: '3', forties: '4', fifties: '5', sixties: '6', seventies: '7', eighties: '8', nineties: '9' };

/** Capitalised words that date a year after them ("Christmas 1998", "Spring 1999", "Ramadan 1998"). */
const DATING_NAMES = /^(christmas|thanksgiving|easter|halloween|valentine|new|eve|election|independence|day|year|ramadan|hanukkah|passover|lent|advent|pentecost|fiscal|calendar|mid|early|late|circa|at|on|as|than|over|under|into|with|without|via|per|about|ca|anno|a\.d|b\.c)$/;

/**
 * "a venture called Orion 1980", "Vision 2020", "Euro 2016": a year straight after a capitalised word
 * inside a sentence is part of a name, unless that word is a month, weekday, season, holiday or a
 * capitalised function word of a headline ("Rates Fell In 1989").
 */
function yearInName(ctx: Ctx, i: number): boolean {
  const toks = ctx.toks;
  const prev = toks[i - 1];
  if (!prev || !/^\p{Lu}\p{Ll}+$/u.test(prev.s) || ctx.sentOf[i - 1] !== ctx.sentOf[i]) return false;
  if (i - 1 === 0 || ctx.sentOf[i - 2] !== ctx.sentOf[i - 1] || OPENING.has(toks[i - 2].t) || toks[i - 2].t === '``') return false;
  const t = prev.t;
  return !(MONTHS.has(t) || WEEKDAYS.has(t) || SEASONS.has(t) || YEAR_PREP.has(t) || DETERMINERS.has(t) || DATING_NAMES.test(t));
}

/** Years, decades, centuries: "2011", "fiscal 1989", "the 1990s", "the '80s", "the 20th century", "nineteen ninety-six". */
const yearLike: Matcher = (ctx, i) => {
  const toks = ctx.toks;
  let k = i;
  const startsThe = toks[k].t === 'the';
  if (startsThe) k++;
  let fiscal = false;
  if (toks[k]?.t === 'fiscal') {
    fiscal = true;
    k++;
    if (toks[k]?.t === 'year') k++;
  }
  const t = toks[k]?.t;
  if (!t) return null;
  // decades
  let m = t.match(/^(1\d|20)(\d)0'?s$/) || t.match(/^'(\d)0s$/) || t.match(/^(\d)0s$/);
  if (m) {
    let dec: string;
    if (m.length === 3) dec = `${m[1]}${m[2]}`;
    else {
      if (!(startsThe || t.startsWith("'") || /^(early|late|mid|-)$/.test(toks[i - 1]?.t ?? ''))) return null;
      dec = `19${m[1]}`;
    }
    if (!startsThe && !t.startsWith("'") && /^\d{2}0s$/.test(t) && t.length === 3 && !/^(early|late|mid|-)$/.test(toks[i - 1]?.t ?? '')) return null;
    return { i, j: k + 1, type: 'DATE', value: dec, kind: 'point' };
  }
  if (startsThe && t === "'" && /^\d0s$/.test(toks[k + 1]?.t ?? '')) {
    return { i, j: k + 2, type: 'DATE', value: `19${toks[k + 1].t[0]}`, kind: 'point' };
  }
  if (startsThe && DECADE_WORDS[t]) return { i, j: k + 1, type: 'DATE', value: `19${DECADE_WORDS[t]}`, kind: 'point' };
  // centuries
  if (ORDINALS.has(t) && toks[k + 1]?.t === 'century') {
    const n = ORDINALS.get(t)!;
    if (n >= 1 && n <= 21) return { i, j: k + 2, type: 'DATE', value: pad(n - 1), kind: 'point' };
  }
  // spelled years: "nineteen ninety-six"
  if (t === 'nineteen' && TENS.has(toks[k + 1]?.t ?? '')) {
    const r = numberAt(toks, k + 1);
    if (r && r.n !== null && r.n >= 10) return { i, j: r.j, type: 'DATE', value: `19${pad(r.n)}`, kind: 'point' };
  }
  if (startsThe && t === 'year' && toks[k + 1]?.t === 'two' && toks[k + 2]?.t === 'thousand') {
    return { i, j: k + 3, type: 'DATE', value: '2000', kind: 'point' };
  }
  const y = yearAt(toks, k);
  if (y === null) return null;
  if (startsThe && !fiscal) return null;
  const prev = toks[i - 1];
  const next = toks[k + 1];
  if (prev && (prev.t === '$' || prev.t === '#' || prev.t === 'no' || prev.t === '£' || prev.t === '€')) return null;
  if (next && QUANTITY_NOUNS.has(next.t)) return null;
  if (next && next.t === '-' && toks[k + 2] && UNITS.has(toks[k + 2].t)) return null;
  // "2,500" split by a comma is a number, but "in 1994, 1995 and 1997" is a list of years
  if (next && (next.t === ':' || (next.t === ',' && /^\d{3}/.test(toks[k + 2]?.t ?? '') && !(yearAt(toks, k + 2) !== null && /^(,|and|or)$/.test(toks[k + 3]?.t ?? ''))))) return null;
  if (y < 1800 && !fiscal && !(prev && YEAR_PREP.has(prev.t))) return null;
  if (y > 2040 && !fiscal && !(prev && YEAR_PREP.has(prev.t))) return null;
  // "his 1987 Chevrolet", "a 1965 Mustang", "the 1998 models": a model year names the vehicle, not a
  // time; only inside a noun phrase, since "In 1903 Ford founded ..." is a date
  const inNounPhrase = !!prev && (DETERMINERS.has(prev.t) || prev.t === "'s" || (prev.t === 's' && toks[i - 2]?.t === "'"));
  if (!fiscal && next && inNounPhrase && VEHICLE_WORDS.has(next.t) && (next.t === 'model' || next.t === 'models' || isCap(next))) return null;
  if (!fiscal && yearInName(ctx, i)) return null;
  ctx.ref = { y };
  return { i, j: k + 1, type: 'DATE', value: pad(y, 4), kind: 'point' };
};

/** Words after "current" that make an accounting or physical term rather than "the present …". */
/** Nouns after "today's" that mean the present age rather than the day ("today's world"). */
const PRESENT_AGE_NOUNS = new Set(['world', 'youth', 'society', 'generation', 'generations', 'children', 'kids', 'teenagers', 'standards', 'age', 'era']);
const CURRENT_NOT_TEMPORAL = /^(account|accounts|assets|liabilities|ratio|dollars|prices|affairs|events|flows?|and|or|of|is|was|are|were|in|to|from|at|on|with|that|which|-)$/;

/** today, yesterday, tomorrow, tonight, now, currently, the future, the past, recently, soon … */
const deictic: Matcher = (ctx, i) => {
  const toks = ctx.toks;
  const t = toks[i].t;
  const n1 = toks[i + 1]?.t;
  const n2 = toks[i + 2]?.t;
  const part = (j: number): string | null => {
    const p = toks[j]?.t;
    return p && PARTS_OF_DAY.has(p) && p !== 'overnight' ? PARTS_OF_DAY.get(p)! : null;
  };
  const withPart = (base: { value: string; day: number | null }): Cand => {
    const p = part(i + 1);
    if (p) return { i, j: i + 2, type: 'TIME', value: `${base.value}T${p}`, day: base.day, kind: 'point' };
    return { i, j: i + 1, type: 'DATE', value: base.value, day: base.day, kind: 'point' };
  };
  switch (t) {
    case 'today':
      // "today's world", "today's youth": the present age, not the day
      if (n1 === "'" && n2 === 's' && PRESENT_AGE_NOUNS.has(toks[i + 3]?.t ?? '')) return null;
      return withPart(dayRel(ctx, 0));
    case 'yesterday':
      return withPart(dayRel(ctx, -1));
    case 'tomorrow':
      // "the people of tomorrow", "the cars of tomorrow": the future in general
      if (toks[i - 1]?.t === 'of' && /^\p{Ll}+$/u.test(toks[i - 2]?.s ?? '') && !PARTS_OF_DAY.has(toks[i - 2].t) && !UNITS.has(toks[i - 2].t)) return null;
      return withPart(dayRel(ctx, 1));
    case 'tonight': {
      const b = dayRel(ctx, 0);
      return { i, j: i + 1, type: 'TIME', value: `${b.value}TNI`, day: b.day, kind: 'point' };
    }
    case 'overnight': {
      // "by overnight losses" is an agent, not a deadline; a future "overnight" is tonight
      if (tenseAt(ctx, i, i + 1) === 'FUTURE' && toks[i - 1]?.t !== 'by') {
        const b = dayRel(ctx, 0);
        return { i, j: i + 1, type: 'TIME', value: `${b.value}TNI`, day: b.day, kind: 'point' };
      }
      // otherwise the night before the day of the news under discussion ("closed lower Friday ... overnight
      // losses in New York" is Thursday night), or before the publication date; a background date of
      // more than a week before publication is not the news day
      const ref = ctx.ref;
      const refDay = ctx.sentenceDay ?? ctx.paragraphDay ?? (ref?.m && ref.d ? dayNumber(ref.y, ref.m, ref.d) : null);
      const base = ctx.dct === null ? refDay : refDay !== null && refDay <= ctx.dct && refDay >= ctx.dct - 7 ? refDay : ctx.dct;
      if (base === null) return { i, j: i + 1, type: 'TIME', value: 'XXXX-XX-XXTNI', kind: 'point' };
      return { i, j: i + 1, type: 'TIME', value: `${isoDay(base - 1)}TNI`, day: base - 1, kind: 'point' };
    }
    case 'now':
    case 'currently':
    case 'nowadays':
    case 'presently':
      if (t === 'now' && toks[i - 1]?.t === 'from') return null;
      // discourse "Now," opening a sentence turns to a new point ("Now, the question is ..."), and
      // "Now for ..." introduces the next item of a programme: neither dates anything
      if (t === 'now' && (n1 === ',' || n1 === 'for') && (i === 0 || ctx.sentOf[i - 1] !== ctx.sentOf[i] || OPENING.has(toks[i - 1].t))) return null;
      return { i, j: i + 1, type: 'DATE', value: 'PRESENT_REF', kind: 'ref' };
    case 'these':
      return n1 === 'days' ? { i, j: i + 2, type: 'DATE', value: 'PRESENT_REF', kind: 'ref' } : null;
    case 'one':
    case 'some':
      // "will one day be", "could some day replace": an indefinite future
      if (n1 === 'day' && /^(will|would|could|might|may|can|shall|'ll)$/.test(toks[i - 1]?.t ?? '')) return { i, j: i + 2, type: 'DATE', value: 'FUTURE_REF', kind: 'ref' };
      return null;
    case 'a':
    case 'an':
      // "at a later date", "at an earlier date"
      if (n2 === 'date' && (n1 === 'later' || n1 === 'future' || n1 === 'earlier')) return { i, j: i + 3, type: 'DATE', value: n1 === 'earlier' ? 'PAST_REF' : 'FUTURE_REF', kind: 'ref' };
      return null;
    case 'soon':
      // "may soon seek", "to soon grow", "soon will begin": an imminent future; not "as soon as",
      // "soon after", nor a past narrative ("was soon released")
      if (n1 === 'as' || n1 === 'after' || n1 === 'afterward' || n1 === 'afterwards' || n1 === 'thereafter' || toks[i - 1]?.t === 'as') return null;
      if (/^(will|may|might|could|can|shall|'ll|to)$/.test(toks[i - 1]?.t ?? '') || /^(will|'ll)$/.test(n1 ?? '')) return { i, j: i + 1, type: 'DATE', value: 'FUTURE_REF', kind: 'ref' };
      return null;
    case 'someday':
      return { i, j: i + 1, type: 'DATE', value: 'FUTURE_REF', kind: 'ref' };
    case 'current':
      // "the current weakness", "his current position": the present state of things (TimeBank tags the
      // adjective alone); "current account" and other accounting terms are not temporal
      if (n1 && /^\p{Ll}+$/u.test(toks[i + 1].s) && !CURRENT_NOT_TEMPORAL.test(n1) && toks[i - 1]?.t !== 'then') return { i, j: i + 1, type: 'DATE', value: 'PRESENT_REF', kind: 'ref' };
      return null;
    case 'then':
      // "the then current price"
      if (n1 === 'current' && toks[i + 2] && /^\p{Ll}+$/u.test(toks[i + 2].s)) return { i, j: i + 2, type: 'DATE', value: 'PAST_REF', kind: 'ref' };
      // "will terminate on Nov. 30. Until then, ...": the deadline just named
      if ((toks[i - 1]?.t === 'until' || toks[i - 1]?.t === 'till') && ctx.ref && ctx.ref !== ctx.dctRef) {
        const r = ctx.ref;
        const value = r.m === undefined ? pad(r.y, 4) : r.d === undefined ? `${pad(r.y, 4)}-${pad(r.m)}` : `${pad(r.y, 4)}-${pad(r.m)}-${pad(r.d)}`;
        return { i, j: i + 1, type: 'DATE', value, kind: 'point' };
      }
      return null;
    case 'recently':
    case 'lately':
      // "most recently last October": an order of events; the date that follows is the timex
      if (toks[i - 1]?.t === 'most' && toks[i + 1] && bestAtIsDate(ctx, i + 1)) return null;
      return { i, j: i + 1, type: 'DATE', value: 'PAST_REF', kind: 'ref' };
    case 'recent':
      if (n1 && /^(days|weeks|months|years|decades|quarters|times)$/.test(n1)) {
        // "in recent months" is a time in the past (PAST_REF, as the product's timeline places it), even
        // though TimeBank sometimes values it as a vague duration
        let j = i + 2;
        if ((toks[j]?.t === 'and' || toks[j]?.t === 'or') && /^(days|weeks|months|years|decades|quarters)$/.test(toks[j + 1]?.t ?? '')) j += 2;
        return { i, j, type: 'DATE', value: 'PAST_REF', kind: 'ref' };
      }
      return null;
    case 'year': {
      // "year-end", "year end", "year's end"; "since year-end" is the last day of the previous year
      if (toks[i - 1]?.t === 'since' && ctx.dct !== null && ((n1 === '-' && n2 === 'end') || n1 === 'end')) {
        const y = fromDayNumber(ctx.dct).y - 1;
        const n = dayNumber(y, 12, 31);
        return { i, j: n1 === '-' ? i + 3 : i + 2, type: 'DATE', value: isoDay(n), day: n, kind: 'point' };
      }
      if (n1 === '-' && n2 === 'end') return { i, j: i + 3, type: 'DATE', value: yearRel(ctx, 0), kind: 'point' };
      if (n1 === 'end') return { i, j: i + 2, type: 'DATE', value: yearRel(ctx, 0), kind: 'point' };
      if (n1 === "'" && n2 === 's' && toks[i + 3]?.t === 'end') return { i, j: i + 4, type: 'DATE', value: yearRel(ctx, 0), kind: 'point' };
      return null;
    }
    case 'the': {
      // "the future of our peoples" is their fate, not a time
      if (n1 === 'future' && n2 === 'of') return null;
      if (n1 === 'future' || (n1 === 'near' && n2 === 'future') || (n1 === 'distant' && n2 === 'future')) return { i, j: n1 === 'future' ? i + 2 : i + 3, type: 'DATE', value: 'FUTURE_REF', kind: 'ref' };
      if ((n1 === 'near' || n1 === 'short' || n1 === 'long') && n2 === 'term') return { i, j: i + 3, type: 'DATE', value: 'FUTURE_REF', kind: 'ref' };
      if (n1 === 'past' && !(n2 && (numberAt(toks, i + 2) || UNITS.has(n2) || n2 === '-' || n2 === 'few' || n2 === 'several'))) return { i, j: i + 2, type: 'DATE', value: 'PAST_REF', kind: 'ref' };
      if (n1 === 'weekend') return { i, j: i + 2, ...weekendValue(ctx, tenseAt(ctx, i, i + 2)) };
      if (n1 === 'present' && !(n2 && /^[a-z]+$/.test(toks[i + 2].s) && !/^(and|or|but|is|was)$/.test(n2))) return { i, j: i + 2, type: 'DATE', value: 'PRESENT_REF', kind: 'ref' };
      return null;
    }
    case 'future':
      if (toks[i - 1]?.t === 'near' || toks[i - 1]?.t === 'the') return null;
      if (n1 && /^(years|months|quarters|weeks|generations)$/.test(n1)) return { i, j: i + 2, type: 'DATE', value: 'FUTURE_REF', kind: 'ref' };
      return null;
    default:
      return null;
  }
};

/** this/last/next/past/coming + unit, weekday, month, season: "last week", "this year", "next Monday", "last fall". */
const relativeUnit: Matcher = (ctx, i) => {
  const toks = ctx.toks;
  let k = i;
  let the = false;
  if (toks[k].t === 'the') {
    the = true;
    k++;
  }
  let dir = toks[k]?.t;
  if (!dir) return null;
  let k2 = k + 1;
  if (dir === 'this' && (toks[k2]?.t === 'past' || toks[k2]?.t === 'coming')) {
    dir = toks[k2].t === 'past' ? 'last' : 'next';
    k2++;
  }
  const map: Record<string, number> = { this: 0, current: 0, last: -1, past: -1, previous: -1, next: 1, coming: 1, following: 1, latest: -1 };
  if (!(dir in map)) return null;
  if (the && (dir === 'this' || dir === 'last' && toks[k2]?.t !== 'week' && toks[k2]?.t !== 'year' && toks[k2]?.t !== 'month')) {
    // "the last year" reads as "the past year"; other "the last X" are ordinary noun phrases
  }
  if (!the && (dir === 'past' || dir === 'coming' || dir === 'previous' || dir === 'following' || dir === 'current' || dir === 'latest')) {
    // "past week" without an article still reads as a relative date
  }
  const delta = map[dir];
  const u = toks[k2]?.t;
  if (!u) return null;
  const j = k2 + 1;
  // the following/previous X relative to the reference time
  if (dir === 'following' || dir === 'previous') {
    if (!the) return null;
    const ref = ctx.ref;
    if (u === 'year' && ref) return { i, j, type: 'DATE', value: pad(ref.y + delta, 4), kind: 'point' };
    if (u === 'month' && ref?.m) {
      const r = addMonths(ref.y, ref.m, delta);
      return { i, j, type: 'DATE', value: `${pad(r.y, 4)}-${pad(r.m)}`, kind: 'point' };
    }
    if ((u === 'day' || u === 'morning') && ref?.d && ref.m) {
      const n = dayNumber(ref.y, ref.m, ref.d) + delta;
      return { i, j, type: u === 'day' ? 'DATE' : 'TIME', value: isoDay(n) + (u === 'morning' ? 'TMO' : ''), day: n, kind: 'point' };
    }
    if (WEEKDAYS.has(u) && u.length > 4 && ref?.m && ref.d) {
      // "the previous Friday": the one before the day under discussion
      const base = dayNumber(ref.y, ref.m, ref.d);
      const wd = WEEKDAYS.get(u)!;
      const d0 = weekday(base);
      const n = delta < 0 ? base - (((d0 - wd + 7) % 7) || 7) : base + (((wd - d0 + 7) % 7) || 7);
      return { i, j, type: 'DATE', value: isoDay(n), day: n, kind: 'point' };
    }
    return null;
  }
  if (dir === 'current' && !/^(year|month|week|quarter|fiscal)$/.test(u)) return null;
  // "the latest fiscal year" is the last one completed
  if (dir === 'latest' && (u === 'year' || (u === 'fiscal' && toks[k2 + 1]?.t === 'year'))) {
    return { i, j: u === 'year' ? j : j + 1, type: 'DATE', value: yearRel(ctx, -1), kind: 'point' };
  }
  if (dir === 'latest' && u !== 'quarter' && u !== 'period') return null;
  if (dir === 'coming' && !the && !/^(week|month|year|weeks|months|years|days|weekend|quarter)$/.test(u)) return null;
  switch (u) {
    case 'week':
      return { i, j, type: 'DATE', value: weekRel(ctx, delta), kind: 'point' };
    case 'weekend': {
      if (ctx.dct === null) return { i, j, type: 'DATE', value: 'XXXX-WXX-WE', kind: 'point' };
      const wd = weekday(ctx.dct);
      // "this weekend" is the coming one on weekdays; "last weekend" the one before the DCT
      let base = ctx.dct;
      if (delta < 0) base = ctx.dct - (wd >= 6 ? 7 : wd);
      else if (delta > 0) base = ctx.dct + 7;
      const { year, week } = isoWeek(base);
      return { i, j, type: 'DATE', value: `${pad(year, 4)}-W${pad(week)}-WE`, kind: 'point' };
    }
    case 'month':
      return { i, j, type: 'DATE', value: monthRel(ctx, delta), kind: 'point' };
    case 'year': {
      // in a quarterly report, an amount compared with "last year" ("a loss of $3 million last year",
      // "from last year's $1.55 billion") is that of the same quarter a year back, like "a year earlier"
      const q = ctx.lastQuarter;
      if (delta === -1 && !the && dir === 'last' && q && ctx.sentence - q.sentence <= 4) {
        const amountBefore = /^(million|billion|cents?|%|\d[\d.,]*)$/.test(toks[i - 1]?.t ?? '');
        const amountAfter = toks[j]?.t === "'" && toks[j + 1]?.t === 's' && /^[$#]$/.test(toks[j + 2]?.t ?? '');
        if (amountBefore || amountAfter) return { i, j, type: 'DATE', value: `${pad(q.y - 1, 4)}-Q${q.q}`, kind: 'point' };
      }
      return { i, j, type: 'DATE', value: yearRel(ctx, delta), kind: 'point' };
    }
    case 'quarter':
    case 'period': {
      if (u === 'period' && dir !== 'latest') return null;
      // "This quarter's loss includes charges": results are those of the quarter under discussion, which has ended
      const lq = ctx.lastQuarter;
      if (dir === 'this' && u === 'quarter' && lq && ctx.sentence - lq.sentence <= 3 && toks[j]?.t === "'" && toks[j + 1]?.t === 's' && RESULTS.has(toks[j + 2]?.t ?? '')) {
        return { i, j, type: 'DATE', value: `${pad(lq.y, 4)}-Q${lq.q}`, kind: 'point' };
      }
      const rel = dir === 'current' || dir === 'this' ? 0 : delta;
      // "the latest period" after "the fiscal second quarter": the company's own name of the quarter reported
      const fq = ctx.lastQuarter;
      if (dir === 'latest' && fq && fq.fiscal && ctx.sentence - fq.sentence <= 3) return { i, j, type: 'DATE', value: `${pad(fq.y, 4)}-Q${fq.q}`, kind: 'point' };
      const v = quarterRel(ctx, rel);
      rememberQuarter(ctx, v);
      return { i, j, type: 'DATE', value: v, kind: 'point' };
    }
    case 'fiscal':
      if (toks[j]?.t === 'year') return { i, j: j + 1, type: 'DATE', value: yearRel(ctx, delta), kind: 'point' };
      return null;
    case 'decade':
    case 'century': {
      const d = dctYmd(ctx);
      if (u === 'century') {
        // "the past century" is the last hundred years, like "the past decade"
        if (delta < 0 && (dir === 'past' || the)) return { i, j, type: 'DURATION', value: 'P100Y', kind: 'duration' };
        if (!d) return { i, j, type: 'DATE', value: 'XX', kind: 'point' };
        return { i, j, type: 'DATE', value: pad(Math.floor(d.y / 100) + delta), kind: 'point' };
      }
      if (delta < 0 && (dir === 'past' || the)) return { i, j, type: 'DURATION', value: 'P10Y', kind: 'duration' };
      if (!d) return { i, j, type: 'DATE', value: 'XXX', kind: 'point' };
      return { i, j, type: 'DATE', value: String(Math.floor(d.y / 10) + delta), kind: 'point' };
    }
    case 'night':
    case 'morning':
    case 'afternoon':
    case 'evening': {
      if (dir === 'last' && u === 'night') {
        const b = dayRel(ctx, -1);
        return { i, j, type: 'TIME', value: `${b.value}TNI`, day: b.day, kind: 'point' };
      }
      if (dir === 'this') {
        const b = dayRel(ctx, 0);
        return { i, j, type: 'TIME', value: `${b.value}T${PARTS_OF_DAY.get(u)}`, day: b.day, kind: 'point' };
      }
      return null;
    }
    default:
      break;
  }
  if (WEEKDAYS.has(u) && u.length > 4 && !the) {
    const wd = WEEKDAYS.get(u)!;
    const strict = delta < 0 ? 'last' : delta > 0 ? 'next' : null;
    const w = weekdayDate(ctx, wd, tenseAt(ctx, i, j), strict);
    return withDayPart(ctx, { i, j, type: 'DATE', value: w.value, day: w.day, kind: 'point' });
  }
  const mo = MONTHS.get(u);
  if (mo !== undefined && (u.length > 3 || u === 'may') && isCap(toks[k2]) && !the) {
    const dc = dctYmd(ctx);
    if (!dc) return { i, j, type: 'DATE', value: `XXXX-${pad(mo)}`, kind: 'point' };
    let y = dc.y;
    // "last May": the most recent May before this month; the month just gone would be "last month"
    if (delta < 0) y = mo < dc.m - 1 ? dc.y : dc.y - 1;
    else if (delta > 0) y = mo > dc.m ? dc.y : dc.y + 1;
    return { i, j, type: 'DATE', value: `${pad(y, 4)}-${pad(mo)}`, kind: 'point' };
  }
  const season = SEASONS.get(u);
  if (season) {
    const dc = dctYmd(ctx);
    if (!dc) return { i, j, type: 'DATE', value: `XXXX-${season}`, kind: 'point' };
    const order = SEASON_ORDER.indexOf(season);
    const cur = seasonIndex(dc.y, dc.m);
    let best = 0;
    let bestDist = Infinity;
    for (let x = cur - 4; x <= cur + 4; x++) {
      if (((x % 4) + 4) % 4 !== order) continue;
      if (delta < 0 && x >= cur) continue;
      if (delta > 0 && x <= cur) continue;
      const dist = Math.abs(x - cur) - (x > cur ? 0.5 : 0);
      if (dist < bestDist) {
        bestDist = dist;
        best = x;
      }
    }
    return { i, j, type: 'DATE', value: `${pad(Math.floor(best / 4), 4)}-${season}`, kind: 'point' };
  }
  return null;
};

const SEASON_ORDER = ['SP', 'SU', 'FA', 'WI'];

/** Season occurrences numbered year*4 + (SP 0, SU 1, FA 2, WI 3); a winter belongs to the year of its December. */
function seasonIndex(y: number, m: number): number {
  if (m <= 2) return (y - 1) * 4 + 3;
  if (m <= 5) return y * 4;
  if (m <= 8) return y * 4 + 1;
  if (m <= 11) return y * 4 + 2;
  return y * 4 + 3;
}

/** The weekend nearest the DCT in the tense's direction: value YYYY-Www-WE. */
function weekendValue(ctx: Ctx, tense: Tense): { type: TimexType; value: string; kind: 'point' } {
  if (ctx.dct === null) return { type: 'DATE', value: 'XXXX-WXX-WE', kind: 'point' };
  const wd = weekday(ctx.dct);
  let base = ctx.dct;
  if (tense === 'FUTURE') base = wd === 7 ? ctx.dct + 6 : ctx.dct;
  else if (wd < 6) base = ctx.dct - 7;
  const { year, week } = isoWeek(base);
  return { type: 'DATE', value: `${pad(year, 4)}-W${pad(week)}-WE`, kind: 'point' };
}

function rememberQuarter(ctx: Ctx, v: string, fiscal = false): void {
  const m = v.match(/^(\d{4})-Q(\d)$/);
  if (!m) return;
  // the quarter under discussion is a reported one: a forecast ("losses through the third quarter of
  // 1990", "a decline in the fourth quarter") is not what "a year ago" compares with
  const cur = quarterOf(ctx);
  if (cur && +m[1] * 4 + +m[2] > cur.y * 4 + cur.q) return;
  // a quarter reported before it has ended on the calendar ("fourth-quarter earnings", published in
  // November) is the company's fiscal quarter
  const prev = ctx.lastQuarter;
  const open = cur !== null && +m[1] * 4 + +m[2] === cur.y * 4 + cur.q;
  // … but once an ended quarter is under discussion, the running one is a forecast ("will result in a
  // fourth-quarter charge")
  if (open && prev && !prev.fiscal && (prev.y !== +m[1] || prev.q !== +m[2])) return;
  ctx.lastQuarter = { y: +m[1], q: +m[2], sentence: ctx.sentence, fiscal: fiscal || open || (prev?.fiscal === true && prev.y === +m[1] && prev.q === +m[2]) };
}

function withDayPart(ctx: Ctx, c: Cand): Cand {
  const p = ctx.toks[c.j]?.t;
  if (p && PARTS_OF_DAY.has(p) && p !== 'overnight') {
    return { ...c, j: c.j + 1, type: 'TIME', value: `${c.value}T${PARTS_OF_DAY.get(p)}` };
  }
  return c;
}

/** Present-tense verbs by which news writing schedules an event ("meet Monday", "arrives Friday"). */
const SCHEDULING_PRESENT = new Set(['meet', 'meets', 'visit', 'visits', 'travel', 'travels', 'arrive', 'arrives', 'leave', 'leaves', 'depart', 'departs', 'return', 'returns', 'resume', 'resumes', 'reconvene', 'reconvenes', 'vote', 'votes', 'play', 'plays', 'face', 'faces', 'fly', 'flies', 'open', 'close', 'closes', 'start', 'begin', 'end', 'convene', 'convenes', 'testify', 'testifies', 'speak', 'speaks', 'address', 'addresses', 'hold', 'holds', 'host', 'hosts', 'sign', 'signs', 'release', 'releases', 'announce', 'announces', 'decide', 'decides', 'rule', 'rules', 'hear', 'hears', 'go', 'goes', 'head', 'heads']);

const PLURAL_PARTS_OF_DAY = new Map<string, string>([['mornings', 'MO'], ['afternoons', 'AF'], ['evenings', 'EV'], ['nights', 'NI']]);

/** A weekday on its own: "on Monday", "Sunday night", "Mondays" (a set). */
const weekdayAlone: Matcher = (ctx, i) => {
  const k = ctx.toks[i];
  if (WEEKDAY_PLURALS.has(k.t)) {
    return { i, j: i + 1, type: 'SET', value: `XXXX-WXX-${WEEKDAY_PLURALS.get(k.t)}`, kind: 'set' };
  }
  if (!WEEKDAYS.has(k.t) || k.t.length <= 4 || !isCap(k)) return null;
  // possessive "Friday's" keeps the date
  const wd = WEEKDAYS.get(k.t)!;
  // "Tuesday nights", "Monday and Tuesday nights": a recurring part of those days (a set)
  const toks = ctx.toks;
  const plural = (x: number): string | undefined => PLURAL_PARTS_OF_DAY.get(toks[x]?.t ?? '');
  if (plural(i + 1)) return { i, j: i + 2, type: 'SET', value: `XXXX-WXX-${wd}T${plural(i + 1)}`, kind: 'set' };
  if ((toks[i + 1]?.t === 'and' || toks[i + 1]?.t === 'or') && WEEKDAYS.has(toks[i + 2]?.t ?? '') && isCap(toks[i + 2]) && plural(i + 3)) {
    return { i, j: i + 1, type: 'SET', value: `XXXX-WXX-${wd}T${plural(i + 3)}`, kind: 'set' };
  }
  let tense = tenseAt(ctx, i, i + 1);
  if (ctx.toks[i + 1]?.t === "'" && ctx.toks[i + 2]?.t === 's' && ctx.dct !== null) {
    // "Wednesday's ruling", "Thursday's closing price" name an occasion already reported: the most recent such day
    tense = 'PAST';
  }
  if (tense === 'NONE') {
    // a sentence without a past or future verb that schedules in the present tense ("the two leaders
    // meet separately Monday", "the delegation arrives Friday") points to the coming day
    let p = i - 1;
    if (toks[p]?.t === 'on') p--;
    if (toks[p] && /^(\p{Ll}+ly|again|together|there|here)$/u.test(toks[p].s)) p--;
    if (toks[p] && SCHEDULING_PRESENT.has(toks[p].s)) tense = 'FUTURE';
  }
  const w = weekdayDate(ctx, wd, tense, null);
  const c = withDayPart(ctx, { i, j: i + 1, type: 'DATE', value: w.value, day: w.day, kind: 'point' });
  const nx = ctx.toks[c.j]?.t;
  if (c.type === 'TIME' && nx === 's' && ctx.toks[c.j - 1]?.t === "'") return c;
  if (c.type === 'TIME' && ctx.toks[c.j]?.t === 's' ) return c;
  return c;
};

const DURATION_LEADS = new Set(['past', 'last', 'next', 'first', 'coming', 'previous', 'following', 'final', 'initial', 'latest', 'remaining', 'additional', 'ensuing', 'preceding', 'succeeding', 'same', 'other', 'entire', 'whole', 'full', 'prior', 'subsequent', 'second', 'third', 'fourth', 'closing', 'opening']);

/** Durations and "ago" dates: "two-day", "three years", "the past two months", "a decade ago", "8-month-old". */
/** "the highest price in five years", "the first time in ten years": "in" after a superlative looks back over the span. */
function measuresBack(toks: Tok[], at: number): boolean {
  for (let x = at - 1; x >= Math.max(0, at - 5) && /^[\p{L}']/u.test(toks[x].t); x--) {
    if (/est$|^(first|last|time|times|once|ever|record|most|least)$/.test(toks[x].t)) return true;
  }
  return false;
}

/** Pay nouns that a count of time units measures out ("three months of salary"). */
const PAY_NOUNS = /^(pay|salary|salaries|wages?|severance|rent|pension)$/;

const duration: Matcher = (ctx, i) => {
  const toks = ctx.toks;
  let k = i;
  let the = false;
  let lead: string | null = null;
  if (toks[k].t === 'the') {
    the = true;
    k++;
  }
  if (toks[k] && DURATION_LEADS.has(toks[k].t)) {
    lead = toks[k].t;
    k++;
  }
  if (!the && lead && !/^(past|next|last|coming|first|previous|prior)$/.test(lead)) return null;
  const num = numberAt(toks, k);
  let j: number;
  let n: number | null;
  if (num) {
    n = num.n;
    j = num.j;
    // ranges: "two to three weeks", "12 to 18 months"
    if ((toks[j]?.t === 'to' || toks[j]?.t === 'or' || toks[j]?.t === '-') && numberAt(toks, j + 1) && unitAt(toks, numberAt(toks, j + 1)!.j)) {
      j = numberAt(toks, j + 1)!.j;
    }
  } else {
    n = null;
    j = k;
    // a bare plural unit: "for years", "within days", "weeks or months"
    if (!lead && !the) {
      const u0 = unitAt(toks, k);
      // "a day-long meeting", "a decades-long feud": a duration of one unit, or of an unknown number
      if (u0 && toks[k + 1]?.t === '-' && toks[k + 2]?.t === 'long' && u0.unit !== 'quarter' && u0.unit !== 'second' && u0.unit !== 'weekend' && u0.unit !== 'season') {
        return { i, j: k + 3, type: 'DURATION', value: durationValue(u0.plural ? null : 1, u0), kind: 'duration' };
      }
      if (!u0 || !u0.plural || u0.unit === 'quarter' || u0.unit === 'second' || u0.unit === 'weekend') return null;
      if (toks[k + 1]?.t === '-' || toks[k + 1]?.t === 'old') return null;
      // "the early hours of Thursday" name a part of a day, not a length of time; "a matter of days"
      // is an idiom for "soon"
      if (u0.unit === 'hour' && /^(early|small|wee)$/.test(toks[k - 1]?.t ?? '')) return null;
      if (toks[k - 1]?.t === 'of' && toks[k - 2]?.t === 'matter') return null;
    }
  }
  if (toks[j]?.t === '-') j++;
  while (toks[j] && /^(more|additional|full|straight|consecutive|long|extra|successive|trading|business|calendar|working)$/.test(toks[j].t) && unitAt(toks, j + 1)) j++;
  const u = unitAt(toks, j);
  if (!u) return null;
  if (u.unit === 'season' || (u.unit === 'quarter' && num && !u.plural && toks[i].t !== 'the' && !lead)) {
    if (u.unit === 'season') return null;
  }
  // "the year" / "the first day" … without a number are handled elsewhere
  if (!num && !u.plural) return null; // "the past year" is a date, handled by relativeUnit
  if (num && n === 1 && toks[k].t !== 'one' && toks[k].t !== '1' && u.plural) return null;
  if (num && !u.plural && n !== null && n !== 1 && toks[j - 1]?.t !== '-' && !Number.isInteger(n) === false && n > 1 && !/^(year|day|week|month|hour|minute)$/.test(u.unit)) return null;
  let end = j + 1;
  // "a year-earlier loss" is a date (see yearAgo)
  if (toks[end]?.t === '-' && /^(ago|earlier)$/.test(toks[end + 1]?.t ?? '')) return null;
  // ages are not temporal expressions: "6-year-old", "52 years old"
  if ((toks[end]?.t === '-' && toks[end + 1]?.t === 'old') || toks[end]?.t === 'old') return null;
  // fractions and ordinals: "three-quarters", "less than a quarter of the donors", "a second term"
  // ("several quarters of losses" is a stretch of time: a fraction always has a number; "in some
  // quarters", "many quarters of the city" are circles and districts)
  const vagueCount = !!num && n === null && u.plural && /^(several|few|a)$/.test(toks[k].t);
  if (u.unit === 'quarter' && (toks[j - 1]?.t === '-' || (toks[end]?.t === 'of' && !vagueCount))) return null;
  if (u.unit === 'second' && num && (toks[k].t === 'a' || toks[k].t === 'one') && /^[a-z]/.test(toks[end]?.s ?? '')) return null;
  if (u.unit === 'second' && num && toks[k].t === 'a' && toks[i - 1]?.t === 'for') return null;
  // "10-year-long"
  if (toks[end]?.t === '-' && toks[end + 1]?.t === 'long') end += 2;
  // "a year and a half"
  if (n !== null && toks[end]?.t === 'and' && toks[end + 1]?.t === 'a' && toks[end + 2]?.t === 'half') {
    n += 0.5;
    end += 3;
  }
  // "the blasts came minutes apart": a vague gap between two events orders them, it is not a time
  // of its own (TBAQ: 0 of 2 tagged)
  if (n === null && toks[end]?.t === 'apart') return null;
  // "day-to-day", "year-to-date" are not durations
  if (toks[end]?.t === '-' && toks[end + 1]?.t === 'to') return null;
  // "weeks or months": one vague span, valued by its first unit
  if (!num && !lead && !the && (toks[end]?.t === 'or' || toks[end]?.t === 'to') && unitAt(toks, end + 1)?.plural) end += 2;
  // "24 hours a day", "six days a week": time per unit of time is a rate, the numerator of a
  // measure like "miles per hour", not a stretch of time
  if (/^(a|an|per)$/.test(toks[end]?.t ?? '') && unitAt(toks, end + 1)?.plural === false && !/^(ago|earlier|later|before|after)$/.test(toks[end + 2]?.t ?? '')) return null;
  // "a bonus equal to six months of base pay": an amount of money counted in pay periods
  if (toks[end]?.t === 'of' && PAY_NOUNS.test(toks[end + 1]?.t === 'base' || toks[end + 1]?.t === 'full' ? toks[end + 2]?.t ?? '' : toks[end + 1]?.t ?? '')) return null;
  // "in coming months", "in past years": without an article or a count the plural places a vague
  // time before or after now, as "in recent months" does, rather than measuring a stretch
  if (!the && !num && (lead === 'coming' || lead === 'past') && u.plural) {
    return { i, j: end, type: 'DATE', value: lead === 'past' ? 'PAST_REF' : 'FUTURE_REF', kind: 'ref' };
  }
  const value = durationValue(n, u);
  // "a year" after a price or frequency is a set: "$5 a year", "twice a week"
  const prevTok = toks[i - 1];
  const perUnit = num && (toks[k].t === 'a' || toks[k].t === 'an' || toks[k].t === 'per') && !the && !lead && !!prevTok &&
    (SET_PREV.has(prevTok.t) || /^\d/.test(prevTok.t) || (prevTok.t === '-' && /^\d/.test(toks[i - 2]?.t ?? '')) || (/^[a-z]+s$/.test(prevTok.s) && !/ss$/.test(prevTok.t) && !BARE_UNIT_PREV.has(prevTok.t) && !/^(is|was|has|this|its|his|as|us|thus|yes|less|plus|always|perhaps|towards|across|afterwards|sometimes|besides)$/.test(prevTok.t)));
  if (perUnit) {
    if (toks[end]?.t !== 'ago' && toks[end]?.t !== 'earlier' && toks[end]?.t !== 'later') {
      // a rate after a quantity ("$5 a year", "700 seats a week", "24 hours a day") is a unit of
      // measure, like "miles per hour", and not a temporal expression; a frequency ("twice a week") is a set
      if (!FREQUENCY_WORDS.has(prevTok.t)) return null;
      return { i, j: end, type: 'SET', value: durationValue(1, u), kind: 'set' };
    }
  }
  // "a week or so ago": the approximation belongs to the expression
  if (toks[end]?.t === 'or' && toks[end + 1]?.t === 'so' && /^(ago|earlier)$/.test(toks[end + 2]?.t ?? '')) end += 2;
  // ago / earlier / later
  const after = toks[end]?.t;
  if (!the && !lead && (after === 'ago' || after === 'earlier')) {
    const v = agoValue(ctx, n, u, after === 'ago' ? -1 : -1);
    return { i, j: end + 1, type: v.type, value: v.value, day: v.day, kind: 'ago' };
  }
  if (!the && !lead && after === 'from' && toks[end + 1]?.t === 'now') {
    const v = agoValue(ctx, n, u, 1);
    return { i, j: end + 2, type: v.type, value: v.value, day: v.day, kind: 'ago' };
  }
  // "the notes will be redeemed in five years": "in" + a count of units from now, in the future,
  // names the point that far ahead ("the first rise in five years" measures back, so not after a
  // superlative or "time")
  if (!the && !lead && n !== null && Number.isInteger(n) && toks[i - 1]?.t === 'in' && !/^(or|to|-)$/.test(toks[end]?.t ?? '') &&
    !measuresBack(toks, i - 1) && tenseAt(ctx, i, end) === 'FUTURE') {
    const rel = u.unit === 'year' ? yearRel(ctx, n) : u.unit === 'month' ? monthRel(ctx, n) : u.unit === 'week' ? weekRel(ctx, n) : u.unit === 'day' ? dayRel(ctx, n).value : null;
    if (rel !== null) return { i, j: end, type: 'DATE', value: rel, day: u.unit === 'day' ? dayRel(ctx, n).day : undefined, kind: 'point' };
  }
  // an article belongs to "the past two months", not to a bare plural ("the weeks") or an adjective ("the two-week")
  if (the && !lead && (!num || toks[j - 1]?.t === '-')) return { i: i + 1, j: end, type: 'DURATION', value, kind: 'duration' };
  return { i, j: end, type: 'DURATION', value, kind: 'duration' };
};

function agoValue(ctx: Ctx, n: number | null, u: { unit: string; mult: number }, sign: number): { type: TimexType; value: string; day?: number | null } {
  if (n === null) return { type: 'DATE', value: sign < 0 ? 'PAST_REF' : 'FUTURE_REF' };
  const k = n * u.mult * sign;
  if (!Number.isInteger(k)) return { type: 'DATE', value: sign < 0 ? 'PAST_REF' : 'FUTURE_REF' };
  switch (u.unit) {
    case 'day':
      return { type: 'DATE', ...dayRel(ctx, k) };
    case 'week':
      return { type: 'DATE', value: weekRel(ctx, k) };
    case 'month':
      return { type: 'DATE', value: monthRel(ctx, k) };
    case 'quarter':
      return { type: 'DATE', value: quarterRel(ctx, k) };
    case 'year':
    case 'decade':
    case 'century':
    case 'millennium': {
      if (u.unit === 'year' && n === 1 && ctx.lastQuarter && ctx.sentence - ctx.lastQuarter.sentence <= 4) {
        return { type: 'DATE', value: `${pad(ctx.lastQuarter.y - 1, 4)}-Q${ctx.lastQuarter.q}` };
      }
      return { type: 'DATE', value: yearRel(ctx, k) };
    }
    case 'hour':
    case 'minute':
    case 'second':
      return { type: 'TIME', value: 'PAST_REF' };
    default:
      return { type: 'DATE', value: sign < 0 ? 'PAST_REF' : 'FUTURE_REF' };
  }
}

/** "year-ago", "year-earlier" (compound adjectives) and "the year-ago quarter", "the same period last year". */
const yearAgo: Matcher = (ctx, i) => {
  const toks = ctx.toks;
  let k = i;
  if (toks[k].t === 'the') k++;
  while (toks[k] && /^(comparable|same|corresponding|equivalent)$/.test(toks[k].t)) k++;
  let j: number;
  if (toks[k]?.t === 'year' && toks[k + 1]?.t === '-' && /^(ago|earlier)$/.test(toks[k + 2]?.t ?? '')) j = k + 3;
  else if (toks[i].t === 'last' && toks[i + 1]?.t === 'year' && toks[i + 2]?.t === "'" && toks[i + 3]?.t === 's' && /^(quarter|period)$/.test(toks[i + 4]?.t ?? '')) j = i + 4; // "last year's quarter"
  else return null;
  // "the year-earlier nine months" is the span itself
  const nm = numberAt(toks, j);
  if (nm && nm.n !== null && toks[nm.j]?.t === 'months') return { i, j: nm.j + 1, type: 'DURATION', value: `P${nm.n}M`, kind: 'duration' };
  const base = ctx.lastQuarter && ctx.sentence - ctx.lastQuarter.sentence <= 3 ? ctx.lastQuarter : (() => {
    const q = quarterOf(ctx);
    if (!q) return null;
    const t = q.y * 4 + q.q - 2;
    const last = { y: Math.floor(t / 4), q: (t % 4) + 1 };
    // far from the last quarter named, the comparison is with the last quarter ended before the
    // publication date; when that is the one named, its discussion is taken up again
    const lq = ctx.lastQuarter;
    if (lq && lq.y === last.y && lq.q === last.q) ctx.lastQuarter = { ...lq, sentence: ctx.sentence };
    return last;
  })();
  const ORD = toks[j] ? ONES_ORD.get(toks[j].t) : undefined;
  if (ORD !== undefined && toks[j + 1]?.t === 'quarter') {
    const y = base ? base.y - 1 : null;
    return { i, j: j + 2, type: 'DATE', value: `${y === null ? 'XXXX' : pad(y, 4)}-Q${ORD}`, kind: 'point' };
  }
  if (toks[j]?.t === 'quarter' || toks[j]?.t === 'period') {
    j++;
    return { i, j, type: 'DATE', value: base ? `${pad(base.y - 1, 4)}-Q${base.q}` : 'XXXX-QX', kind: 'point' };
  }
  if (toks[i].t === 'the') return null;
  if (base && ctx.lastQuarter && ctx.sentence - ctx.lastQuarter.sentence <= 3) return { i, j, type: 'DATE', value: `${pad(base.y - 1, 4)}-Q${base.q}`, kind: 'point' };
  return { i, j, type: 'DATE', value: yearRel(ctx, -1), kind: 'point' };
};

/** Fiscal quarters and halves: "the third quarter", "third-quarter", "the 1988 second quarter", "the first half of 1990", "the quarter". */
const quarter: Matcher = (ctx, i) => {
  const toks = ctx.toks;
  let k = i;
  // "the third quarter" keeps its article; a possessive or an adjectival "a third-quarter loss" does not
  if (toks[k].t === 'its' || toks[k].t === 'their' || toks[k].t === 'his' || toks[k].t === 'her') return null;
  if (toks[k].t === 'the' || toks[k].t === 'a') {
    const o = ONES_ORD.get(toks[k + 1]?.t ?? '');
    if (o !== undefined && toks[k + 2]?.t === '-') return null;
    if (toks[k].t === 'a' && o !== undefined) return null;
    k++;
  }
  if (toks[k]?.t === 'fiscal') k++;
  let year: number | null = null;
  const y0 = yearAt(toks, k);
  if (y0 !== null) {
    year = y0;
    k++;
    if (toks[k]?.t === 'fiscal') k++;
  } else if (toks[k]?.t === 'this' || toks[k]?.t === 'last' || toks[k]?.t === 'next') {
    if (toks[k + 1]?.t === 'year' && toks[k + 2]?.t === "'" && toks[k + 3]?.t === 's') {
      const d = dctYmd(ctx);
      if (d) year = d.y + (toks[k].t === 'last' ? -1 : toks[k].t === 'next' ? 1 : 0);
      k += 4;
    }
  }
  const ordTok = toks[k]?.t;
  const ord = ordTok ? ONES_ORD.get(ordTok) : undefined;
  if (ord === undefined) {
    // "the quarter", "the quarter ended Sept. 30", "the 1988 period"
    const w = toks[k]?.t;
    if (toks[i].t === 'the' && (w === 'quarter' || (w === 'period' && (year !== null || /^(a|last)$/.test(toks[k + 1]?.t ?? ''))) || (w === 'same' || w === 'corresponding' || w === 'comparable') && toks[k + 1]?.t === 'period' && toks[k + 2]?.t === 'last') && !/^(of|century|-)$/.test(toks[k + 1]?.t ?? '')) {
      if (w !== 'quarter' && w !== 'period') k++;
      let v: string;
      const nx = toks[k + 1]?.t;
      const mo = nx === 'ended' || nx === 'ending' ? monthAt(toks, k + 2) : null;
      const dd = mo ? dayOfMonthAt(toks, mo.j) : null;
      const fq = ctx.lastQuarter?.fiscal && ctx.sentence - ctx.lastQuarter.sentence <= 1 ? ctx.lastQuarter : null;
      if (mo && dd !== null && year === null && fq) {
        // "posted net for the fiscal second quarter … Sales increased in the quarter ended Sept. 30": the
        // company's own (fiscal) name of the quarter under discussion
        v = `${pad(fq.y, 4)}-Q${fq.q}`;
      } else if (mo && dd !== null && year === null) {
        // the quarter mostly covered by the three months up to the end date
        const back = addMonths(2000, mo.m, -1);
        const q = Math.floor((back.m - 1) / 3) + 1;
        const yy = yearFor(ctx, mo.m, dd, 'PAST');
        const qy = back.y < 2000 && yy !== null ? yy - 1 : yy;
        v = `${qy === null ? 'XXXX' : pad(qy, 4)}-Q${q}`;
      } else if (year !== null) {
        const q = ctx.lastQuarter && ctx.sentence - ctx.lastQuarter.sentence <= 5 ? ctx.lastQuarter.q : null;
        v = q ? `${pad(year, 4)}-Q${q}` : pad(year, 4);
      } else {
        v = ctx.lastQuarter ? `${pad(ctx.lastQuarter.y, 4)}-Q${ctx.lastQuarter.q}` : quarterRel(ctx, -1);
      }
      // "the quarter a year ago", "the period last year": the same quarter one year back
      let jj = k + 1;
      const qm = v.match(/^(\d{4})-Q(\d)$/);
      const a0 = toks[jj]?.t;
      const back = a0 === 'a' && toks[jj + 1]?.t === 'year' && /^(ago|earlier)$/.test(toks[jj + 2]?.t ?? '') ? 3 : a0 === 'last' && toks[jj + 1]?.t === 'year' ? 2 : 0;
      if (back && qm && year === null) {
        v = `${pad(+qm[1] - 1, 4)}-Q${qm[2]}`;
        jj += back;
        return { i, j: jj, type: 'DATE', value: v, kind: 'point' };
      }
      // "the 1988 period" after the 1989 quarter is the comparison, not the quarter under discussion
      if (!(year !== null && ctx.lastQuarter && year < ctx.lastQuarter.y)) rememberQuarter(ctx, v);
      return { i, j: k + 1, type: 'DATE', value: v, kind: 'point' };
    }
    if (toks[k]?.t === 'last' && toks[k + 1]?.t === 'half') {
      let j = k + 2;
      // "the last half of the '80s" is a part of the decade, left to the decade matcher
      if (toks[j]?.t === 'of' && yearAt(toks, j + 1) === null) return null;
      let y: number | null = dctYmd(ctx)?.y ?? null;
      if (toks[j]?.t === 'of' && yearAt(toks, j + 1) !== null) {
        y = yearAt(toks, j + 1);
        j += 2;
      }
      return { i, j, type: 'DATE', value: `${y === null ? 'XXXX' : pad(y, 4)}-H2`, kind: 'point' };
    }
    return null;
  }
  let j = k + 1;
  if (toks[j]?.t === '-') j++;
  const u = toks[j]?.t;
  if (u !== 'quarter' && u !== 'half' && u !== 'quarters') return null;
  if (u === 'half' && ord > 2) return null;
  if (u === 'quarters') {
    // "fourth quarters": a set
    return { i, j: j + 1, type: 'SET', value: `XXXX-Q${ord}`, kind: 'set' };
  }
  j++;
  if (toks[j]?.t === 'of' || toks[j]?.t === ',') {
    let q = j + 1;
    if (toks[q]?.t === 'fiscal') q++;
    const y = yearAt(toks, q);
    if (y !== null) {
      year = y;
      j = q + 1;
    } else if (toks[j].t === 'of' && toks[q]?.t === 'this' && toks[q + 1]?.t === 'year') {
      year = dctYmd(ctx)?.y ?? null;
      j = q + 2;
    } else if (toks[j].t === 'of' && toks[q]?.t === 'last' && toks[q + 1]?.t === 'year') {
      const d = dctYmd(ctx);
      year = d ? d.y - 1 : null;
      j = q + 2;
    } else if (toks[j].t === 'of' && toks[q]?.t === 'next' && toks[q + 1]?.t === 'year') {
      const d = dctYmd(ctx);
      year = d ? d.y + 1 : null;
      j = q + 2;
    }
  } else if (toks[j] && (toks[j].t === 'last' || toks[j].t === 'this' || toks[j].t === 'next') && toks[j + 1]?.t === 'year') {
    const d = dctYmd(ctx);
    if (d) year = d.y + (toks[j].t === 'last' ? -1 : toks[j].t === 'next' ? 1 : 0);
    j += 2;
  }
  // a quarter that ends in a month not its calendar quarter's last ("the fourth quarter ended Sept. 30") is a fiscal one
  const endMonth = toks[j]?.t === 'ended' || toks[j]?.t === 'ending' ? monthAt(toks, j + 1) : null;
  const fiscal = toks.slice(i, j).some((x) => x.t === 'fiscal') || (endMonth !== null && endMonth.m !== ord * 3);
  if (year === null && toks[j]?.t === 'ended' && ctx.dct !== null) {
    // "the second quarter ended Oct. 31": the fiscal year of the quarter is that of its (past) end date
    const end = monthDate(ctx, j + 1);
    const em = end?.value.match(/^(\d{4})-\d\d-\d\d$/);
    if (em) year = +em[1];
  }
  if (year === null) {
    const d = dctYmd(ctx);
    if (d) {
      year = d.y;
      const startMonth = u === 'half' ? (ord - 1) * 6 + 1 : (ord - 1) * 3 + 1;
      if (startMonth > d.m && tenseAt(ctx, i, j) !== 'FUTURE') year = d.y - 1;
    }
  }
  const value = `${year === null ? 'XXXX' : pad(year, 4)}-${u === 'half' ? 'H' : 'Q'}${ord}`;
  // "after a flat second quarter": a quarter named as background does not change the one under discussion
  const background = /^(after|before|following|since)$/.test(toks[i - 1]?.t ?? '') || (/^(a|an)$/.test(toks[i - 2]?.t ?? '') && /^(after|before|following|since)$/.test(toks[i - 3]?.t ?? ''));
  if (u !== 'half' && !background) rememberQuarter(ctx, value, fiscal);
  return { i, j, type: 'DATE', value, kind: 'point' };
};

/** Seasons: "summer", "the winter of 1994", "spring 1998". ("this/last/next summer" are relative units.) */
const SEASON_PLURALS = new Map<string, string>([['springs', 'SP'], ['summers', 'SU'], ['autumns', 'FA'], ['winters', 'WI']]);

const season: Matcher = (ctx, i) => {
  const toks = ctx.toks;
  // "for the past three summers": a season that came round several times is a set of seasons, not one
  // stretch of time
  if (toks[i].t === 'the' && /^(past|last|next|coming)$/.test(toks[i + 1]?.t ?? '')) {
    const r = numberAt(toks, i + 2);
    const sp = r && r.n !== null && r.n >= 2 ? SEASON_PLURALS.get(toks[r.j]?.t ?? '') : undefined;
    if (r && sp) return { i, j: r.j + 1, type: 'SET', value: `XXXX-${sp}`, kind: 'set' };
  }
  let k = i;
  if (toks[k].t === 'the') k++;
  const s = SEASONS.get(toks[k]?.t ?? '');
  if (!s) return null;
  if (toks[k].t === 'fall' && !(k > i || /^(in|this|last|next|during|since|until|by|early|late|mid|the)$/.test(toks[i - 1]?.t ?? ''))) return null;
  let j = k + 1;
  let year: number | null = null;
  let q = j;
  if (toks[q]?.t === 'of') q++;
  const yp = yearPhraseAt(toks, q);
  if (yp !== null) {
    year = yp[0];
    j = yp[1];
  } else {
    const prev = toks[i - 1]?.t ?? '';
    if (k === i && !/^(in|during|since|until|by|early|late|mid|through|over|this|before|after)$/.test(prev)) return null;
    // a following noun makes it an adjective: "summer camp"
    const nx = toks[j];
    if (nx && /^[a-z]+$/.test(nx.s) && !/^(and|or|but|of|when|as|to|in|at|for|with|the|a|is|was|will|,)$/.test(nx.t) && !/(ed|ly)$/.test(nx.t)) {
      if (!/^(that|this|before|after|season|months)$/.test(nx.t)) return null;
    }
    const d = dctYmd(ctx);
    if (d) {
      const startM: Record<string, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };
      const tense = tenseAt(ctx, i, j);
      year = d.y;
      if (tense === 'PAST' && startM[s] > d.m) year = d.y - 1;
      if (s === 'WI' && d.m <= 2) year = d.y - 1;
    }
  }
  return { i, j, type: 'DATE', value: `${year === null ? 'XXXX' : pad(year, 4)}-${s}`, kind: 'point' };
};

/** Sets: "daily", "every week", "each Thursday", "each July", "every two years". */
const setExpr: Matcher = (ctx, i) => {
  const toks = ctx.toks;
  const t = toks[i].t;
  if (SET_ADVERBS.has(t)) {
    // "rise 8.5% annually", "10,000 units annually": a rate of a quantity, not a set (see duration)
    const pv = toks[i - 1];
    if ((t === 'annually' || t === 'yearly') && pv && (/^\d/.test(pv.t) || /^(%|percent|million|billion|trillion|thousand|hundred|dollars|cents)$/.test(pv.t) || (/^[a-z]+s$/.test(pv.s) && !/ss$/.test(pv.t) && !/^(is|was|has|this|its|his|as|us|thus|yes|less|plus|always|perhaps|sometimes)$/.test(pv.t)))) return null;
    return { i, j: i + 1, type: 'SET', value: SET_ADVERBS.get(t)!, kind: 'set' };
  }
  if (t !== 'every' && t !== 'each' && t !== 'per') return null;
  let k = i + 1;
  if (toks[k]?.t === 'other') k++;
  const num = numberAt(toks, k);
  let n = 1;
  if (num && num.n !== null && toks[k].t !== 'a') {
    n = num.n;
    k = num.j;
  }
  const u = unitAt(toks, k);
  if (u) {
    // "15 million instructions per second", "miles per hour": a unit of measure; "twice per week" is a set
    if (t === 'per') return FREQUENCY_WORDS.has(toks[i - 1]?.t ?? '') ? { i, j: k + 1, type: 'SET', value: durationValue(1, u), kind: 'set' } : null;
    if (t === 'each' && toks[k + 1]?.t === 'of') return null;
    return { i, j: k + 1, type: 'SET', value: durationValue(toks[i + 1]?.t === 'other' ? 2 * n : n, u), kind: 'set' };
  }
  const w = toks[k]?.t;
  if (w && WEEKDAYS.has(w) && w.length > 4) {
    const p = toks[k + 1]?.t;
    if (p && PARTS_OF_DAY.has(p)) return { i, j: k + 2, type: 'SET', value: `XXXX-WXX-${WEEKDAYS.get(w)}T${PARTS_OF_DAY.get(p)}`, kind: 'set' };
    return { i, j: k + 1, type: 'SET', value: `XXXX-WXX-${WEEKDAYS.get(w)}`, kind: 'set' };
  }
  if (w && MONTHS.has(w) && w.length > 3) return { i, j: k + 1, type: 'SET', value: `XXXX-${pad(MONTHS.get(w)!)}`, kind: 'set' };
  if (w && SEASONS.has(w)) return { i, j: k + 1, type: 'SET', value: `XXXX-${SEASONS.get(w)}`, kind: 'set' };
  if (w && PARTS_OF_DAY.has(w)) return { i, j: k + 1, type: 'SET', value: `XXXX-XX-XXT${PARTS_OF_DAY.get(w)}`, kind: 'set' };
  return null;
};

/** Clock times: "3 p.m.", "10:35 a.m. EDT Thursday", "noon", "midnight". */
const clock: Matcher = (ctx, i) => {
  const toks = ctx.toks;
  const t = toks[i].t;
  let hh: number;
  let mm = 0;
  let j: number;
  if (t === 'noon' || t === 'midday') {
    // "high noon comes today": the idiom for a decisive moment, not a clock time
    if (t === 'noon' && toks[i - 1]?.t === 'high') return null;
    hh = 12;
    j = i + 1;
  } else if (t === 'midnight') {
    hh = 24;
    j = i + 1;
  } else {
    const m = t.match(/^(\d{1,2})(?:[:.](\d{2}))?$/);
    if (!m) return null;
    hh = +m[1];
    mm = m[2] ? +m[2] : 0;
    j = i + 1;
    const ap = toks[j]?.t;
    if (ap && /^[ap]\.?m\.?$/.test(ap)) {
      if (hh < 1 || hh > 12 || mm > 59) return null;
      if (ap.startsWith('p') && hh < 12) hh += 12;
      if (ap.startsWith('a') && hh === 12) hh = 0;
      j++;
      if (toks[j]?.t === '.' && toks[j].start === toks[j - 1].end && !/\.$/.test(ap)) j++;
    } else if (ap === 'o' && toks[j + 1]?.t === "'" && toks[j + 2]?.t === 'clock') {
      if (hh < 1 || hh > 12) return null;
      j += 3;
    } else if (!m[2] && ap === 'in' && toks[j + 1]?.t === 'the' && /^(morning|afternoon|evening)$/.test(toks[j + 2]?.t ?? '')) {
      // "4 in the morning", "3 in the afternoon": a clock time
      if (hh < 1 || hh > 12) return null;
      if (toks[j + 2].t !== 'morning' && hh < 12) hh += 12;
      if (toks[j + 2].t === 'morning' && hh === 12) hh = 0;
      j += 3;
    } else if (m[2] && /^(gmt|utc|est|edt|cst|cdt|pst|pdt|mst|mdt|bst|cet)$/.test(ap ?? '')) {
      if (hh > 23 || mm > 59) return null;
    } else return null;
  }
  if (/^(gmt|utc|est|edt|cst|cdt|pst|pdt|mst|mdt|bst|cet|local)$/.test(toks[j]?.t ?? '')) {
    j++;
    if (toks[j]?.t === 'time') j++;
  }
  // a following day: "5 p.m. EST Nov. 9", "10 p.m. Wednesday", "noon Saturday", "9 a.m. today"
  let q = j;
  // "10:35 a.m. (0735 GMT) Friday": the day after a short parenthesis dates the time, outside the extent
  let skipped = false;
  // "4 in the morning (4 a.m. EDT Thursday)": a parenthesis restating the time may name its day
  let inner: number | null = null;
  if (toks[q]?.t === '(') {
    let r = q + 1;
    while (r < toks.length && r < q + 6 && toks[r].t !== ')') {
      if (WEEKDAYS.has(toks[r].t) && toks[r].t.length > 4 && isCap(toks[r])) inner = r;
      r++;
    }
    if (toks[r]?.t === ')') {
      q = r + 1;
      skipped = true;
    } else inner = null;
  }
  if (inner !== null && !(WEEKDAYS.has(toks[q]?.t ?? '') && isCap(toks[q]))) q = inner;
  if (toks[q]?.t === ',') q++;
  if (toks[q]?.t === 'on') q++;
  let day: number | null | undefined;
  let dayValue: string | null = null;
  let jj = j;
  let dm: Cand | null = null;
  if (q < toks.length) {
    const w = toks[q].t;
    if (WEEKDAYS.has(w) && w.length > 4 && isCap(toks[q]) && !MONTHS.has(toks[q + 1]?.t ?? '') && !(toks[q + 1]?.t === ',' && MONTHS.has(toks[q + 2]?.t ?? ''))) {
      // the weekday takes the tense of the whole expression ("until 9 a.m. Tuesday")
      const wdd = weekdayDate(ctx, WEEKDAYS.get(w)!, tenseAt(ctx, i, q + 1), null);
      dm = { i: q, j: q + 1, type: 'DATE', value: wdd.value, day: wdd.day, kind: 'point' };
    } else dm = monthDate(ctx, q) || deictic(ctx, q);
  }
  if (dm && dm.type === 'DATE' && /^(\d{4}|XXXX)-(\d\d|WXX)-\d+$|^XXXX-XX-XX$/.test(dm.value)) {
    dayValue = dm.value;
    day = dm.day;
    jj = skipped ? j : dm.j;
  }
  if (dayValue === null) {
    if (ctx.sentenceDay !== null) {
      dayValue = isoDay(ctx.sentenceDay);
      day = ctx.sentenceDay;
    } else if (ctx.paragraphDay !== null) {
      // a day named earlier in the same paragraph ("…was shot on Oct. 23. He died at 10 p.m.")
      day = ctx.paragraphDay;
      dayValue = isoDay(day);
    } else {
      const b = dayRel(ctx, 0);
      dayValue = b.value;
      day = b.day;
    }
  }
  const value = `${dayValue}T${pad(hh)}:${pad(mm)}`;
  return { i, j: jj, type: 'TIME', value, day, kind: 'point' };
};

/** Month and day of Easter Sunday in the Gregorian calendar (anonymous Gregorian algorithm). */
function easter(y: number): [number, number] {
  const a = y % 19;
  const b = Math.floor(y / 100);
  const c = y % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return [month, day];
}

/** Holidays with a fixed or computable date. */
const holiday: Matcher = (ctx, i) => {
  const toks = ctx.toks;
  const t = toks[i].t;
  const s = toks[i];
  if (!isCap(s)) return null;
  let j = i + 1;
  let md: ((y: number) => [number, number]) | null = null;
  if (t === 'christmas') {
    if (toks[j]?.t === 'eve') {
      j++;
      md = () => [12, 24];
    } else {
      if (toks[j]?.t === 'day') j++;
      md = () => [12, 25];
    }
  } else if (t === 'new' && toks[j]?.t === 'year' && toks[j + 1]?.t === "'" && toks[j + 2]?.t === 's') {
    j += 3;
    if (toks[j]?.t === 'eve') {
      j++;
      md = () => [12, 31];
    } else {
      if (toks[j]?.t === 'day') j++;
      md = () => [1, 1];
    }
  } else if (t === 'thanksgiving') {
    if (toks[j]?.t === 'day') j++;
    md = (y) => {
      const first = weekday(dayNumber(y, 11, 1));
      return [11, 1 + ((4 - first + 7) % 7) + 21];
    };
  } else if (t === 'election' && toks[j]?.t === 'day' && isCap(toks[j])) {
    j++;
    md = (y) => {
      const first = weekday(dayNumber(y, 11, 1));
      return [11, 1 + ((1 - first + 7) % 7) + 1];
    };
  } else if (t === 'independence' && toks[j]?.t === 'day' && isCap(toks[j])) {
    j++;
    md = () => [7, 4];
  } else if (t === 'easter') {
    // "Easter (Sunday)", "Easter Monday"; "Easter week" is the ISO week that ends on Easter Sunday
    let shift = 0;
    if (toks[j]?.t === 'sunday') j++;
    else if (toks[j]?.t === 'monday') {
      shift = 1;
      j++;
    } else if (toks[j]?.t === 'week') {
      const d = dctYmd(ctx);
      const y0 = yearAt(toks, j + 1);
      const y = y0 ?? d?.y ?? null;
      if (y === null) return { i, j: j + 1, type: 'DATE', value: 'XXXX-WXX', kind: 'point' };
      const [m, dd] = easter(y);
      return { i, j: y0 === null ? j + 1 : j + 2, type: 'DATE', value: weekValue(dayNumber(y, m, dd)), kind: 'point' };
    }
    md = (y) => {
      const [m, dd] = easter(y);
      const n = dayNumber(y, m, dd) + shift;
      const r = fromDayNumber(n);
      return [r.m, r.d];
    };
  } else if (t === 'halloween') {
    md = () => [10, 31];
  } else if (t === 'valentine' && toks[j]?.t === "'" && toks[j + 1]?.t === 's' && toks[j + 2]?.t === 'day') {
    j += 3;
    md = () => [2, 14];
  } else return null;
  let y: number | null = null;
  const yy = yearAt(toks, j);
  if (yy !== null) {
    y = yy;
    j++;
  } else {
    const d = dctYmd(ctx);
    if (d) {
      y = d.y;
      const [m, dd] = md(d.y);
      const tense = tenseAt(ctx, i, j);
      if (tense === 'PAST' && (m > d.m || (m === d.m && dd > d.d))) y = d.y - 1;
      if (tense === 'FUTURE' && (m < d.m || (m === d.m && dd < d.d))) y = d.y + 1;
    }
  }
  if (y === null) {
    const [m, dd] = md(2001);
    return { i, j, type: 'DATE', value: t === 'thanksgiving' || t === 'election' ? 'XXXX-11-XX' : t === 'easter' ? 'XXXX-XX-XX' : `XXXX-${pad(m)}-${pad(dd)}`, kind: 'point' };
  }
  const [m, dd] = md(y);
  return { i, j, type: 'DATE', value: `${pad(y, 4)}-${pad(m)}-${pad(dd)}`, day: dayNumber(y, m, dd), kind: 'point' };
};

/**
 * A part of the day on its own: "mid-afternoon (yesterday)", "by mid afternoon", "(placed orders) in the
 * morning" — a time of the day under discussion (a day named with it, else earlier in the sentence or
 * paragraph, else the publication day).
 */
const partOfDay: Matcher = (ctx, i) => {
  const toks = ctx.toks;
  let k = i;
  let mid = false;
  if (toks[k].t === 'mid') {
    mid = true;
    k++;
    if (toks[k]?.t === '-') k++;
  } else if (toks[k].t === 'midafternoon' || toks[k].t === 'midmorning') {
    const p = toks[k].t.slice(3);
    return partOfDayValue(ctx, i, i + 1, PARTS_OF_DAY.get(p)!);
  } else if (toks[k].t === 'the' && toks[i - 1]?.t === 'in') {
    k++;
  } else return null;
  const p = toks[k]?.t;
  if (!p || !/^(morning|afternoon|evening)$/.test(p)) return null;
  if (!mid && toks[k + 1]?.t === 'of') return null; // "in the morning of May 5" is left to the date
  return partOfDayValue(ctx, i, k + 1, PARTS_OF_DAY.get(p)!);
};

function partOfDayValue(ctx: Ctx, i: number, j: number, part: string): Cand {
  // "mid-afternoon yesterday", "mid-morning Friday"
  const nx = ctx.toks[j];
  let dm: Cand | null = null;
  if (nx && (nx.t === 'yesterday' || nx.t === 'today' || nx.t === 'tomorrow')) dm = deictic(ctx, j);
  else if (nx && WEEKDAYS.has(nx.t) && nx.t.length > 4 && isCap(nx)) dm = weekdayAlone(ctx, j);
  if (dm && dm.type === 'DATE' && dm.day !== undefined) return { i, j: dm.j, type: 'TIME', value: `${dm.value}T${part}`, day: dm.day, kind: 'point' };
  const ref = ctx.ref;
  const day = ctx.sentenceDay ?? ctx.paragraphDay ?? (ref?.m && ref.d ? dayNumber(ref.y, ref.m, ref.d) : ctx.dct);
  if (day === null) return { i, j, type: 'TIME', value: `XXXX-XX-XXT${part}`, kind: 'point' };
  return { i, j, type: 'TIME', value: `${isoDay(day)}T${part}`, day, kind: 'point' };
}

/** Reference-time anaphora: "that year", "later that day", "the same day", "the next day", "the day before". */
const anaphoric: Matcher = (ctx, i) => {
  const toks = ctx.toks;
  const t = toks[i].t;
  const n1 = toks[i + 1]?.t;
  const ref = ctx.ref;
  // "results for that quarter": the quarter under discussion
  if (t === 'that' && n1 === 'quarter') {
    const q = ctx.lastQuarter;
    return q ? { i, j: i + 2, type: 'DATE', value: `${pad(q.y, 4)}-Q${q.q}`, kind: 'point' } : null;
  }
  if (t === 'that' && (n1 === 'year' || n1 === 'day' || n1 === 'month')) {
    if (n1 === 'year') return ref ? { i, j: i + 2, type: 'DATE', value: pad(ref.y, 4), kind: 'point' } : null;
    if (n1 === 'month') return ref?.m ? { i, j: i + 2, type: 'DATE', value: `${pad(ref.y, 4)}-${pad(ref.m)}`, kind: 'point' } : null;
    if (ref?.m && ref.d) return { i, j: i + 2, type: 'DATE', value: `${pad(ref.y, 4)}-${pad(ref.m)}-${pad(ref.d)}`, kind: 'point' };
    return null;
  }
  if (t === 'the' && n1 === 'next' && (toks[i + 2]?.t === 'day' || toks[i + 2]?.t === 'morning')) {
    const base = ref?.m && ref.d ? dayNumber(ref.y, ref.m, ref.d) : null;
    if (base === null) return null;
    const isDay = toks[i + 2].t === 'day';
    return { i, j: i + 3, type: isDay ? 'DATE' : 'TIME', value: isoDay(base + 1) + (isDay ? '' : 'TMO'), day: base + 1, kind: 'point' };
  }
  // "the week of March 6": the ISO week of that day
  if (t === 'the' && n1 === 'week' && toks[i + 2]?.t === 'of') {
    const d = monthDate(ctx, i + 3) ?? dayMonth(ctx, i + 3);
    if (d && d.day !== undefined && d.day !== null) return { i, j: d.j, type: 'DATE', value: weekValue(d.day), kind: 'point' };
    return null;
  }
  // "for the week", "the week's busiest session": the week under discussion, whose number the text leaves open
  if (t === 'the' && n1 === 'week' && !/^(of|before|after|ahead|-|earlier|later|ago)$/.test(toks[i + 2]?.t ?? '')) {
    const y = ref?.y ?? dctYmd(ctx)?.y;
    return { i, j: i + 2, type: 'DATE', value: `${y === undefined ? 'XXXX' : pad(y, 4)}-WXX`, kind: 'point' };
  }
  // "today is the eighth day of the blockade", "it's the second day of an offensive": the present day
  if (t === 'the' && ORDINALS.has(n1 ?? '') && toks[i + 2]?.t === 'day' && toks[i + 3]?.t === 'of' && ctx.dct !== null) {
    const p1 = toks[i - 1]?.t;
    const p2 = toks[i - 2]?.t;
    if ((p1 === 'is' && (p2 === 'today' || p2 === 'it' || p2 === 'this')) || (p1 === 's' && toks[i - 2]?.t === "'" && toks[i - 3]?.t === 'it')) {
      return { i, j: i + 3, type: 'DATE', value: isoDay(ctx.dct), day: ctx.dct, kind: 'point' };
    }
  }
  if ((t === 'the' || t === 'that') && n1 === 'same' && toks[i + 2]?.t === 'day') {
    const base = ref?.m && ref.d ? dayNumber(ref.y, ref.m, ref.d) : null;
    // "killed last October ... crossed out that same day": a day of the month under discussion, left open
    if (base === null && ref?.m) return { i, j: i + 3, type: 'DATE', value: `${pad(ref.y, 4)}-${pad(ref.m)}-XX`, kind: 'point' };
    return base === null ? null : { i, j: i + 3, type: 'DATE', value: isoDay(base), day: base, kind: 'point' };
  }
  return null;
};

/** "the year", "for the year", "the full year", "the fiscal year" in their common senses. */
const theYear: Matcher = (ctx, i) => {
  const toks = ctx.toks;
  if (toks[i].t !== 'the') return null;
  let k = i + 1;
  let fiscal = false;
  if (toks[k]?.t === 'full' || toks[k]?.t === 'entire' || toks[k]?.t === 'whole') k++;
  if (toks[k]?.t === 'fiscal') {
    fiscal = true;
    k++;
  }
  if (toks[k]?.t !== 'year') return null;
  const nx = toks[k + 1]?.t;
  // "the year of his birth" is another year, but "a high for the year of $42" is this one
  const ofAmount = nx === 'of' && /^[$£€#\d]/.test(toks[k + 2]?.t ?? '');
  if (nx === '-' || (nx === 'of' && !ofAmount) || nx === 'before' || nx === 'after' || nx === 'in' || nx === 'when' || nx === 'that' || nx === "'") return null;
  // "the year ended June 30" names a twelve-month period; otherwise the current (fiscal) year
  if (nx === 'ended' || nx === 'ending' || nx === 'through' || nx === 'to') return { i, j: k + 1, type: 'DURATION', value: 'P1Y', kind: 'duration' };
  return { i, j: k + 1, type: 'DATE', value: yearRel(ctx, 0), kind: 'point' };
};

const MATCHERS: Matcher[] = [numericDate, monthDate, dayMonth, yearLike, deictic, relativeUnit, weekdayAlone, duration, yearAgo, quarter, season, setExpr, clock, holiday, anaphoric, theYear, partOfDay];

/** Tokens that can begin a temporal expression (besides numbers), for a cheap pre-check. */
const STARTERS = new Set<string>([
  ...MONTHS.keys(), ...WEEKDAYS.keys(), ...WEEKDAY_PLURALS.keys(), ...SEASONS.keys(), ...NUMBER_WORDS.keys(), ...ORDINALS.keys(),
  ...SET_ADVERBS.keys(), ...UNITS.keys(), ...VAGUE_QUANTITY.keys(),
  'the', 'a', 'an', 'this', 'last', 'next', 'past', 'coming', 'previous', 'following', 'current', 'latest', 'today', 'yesterday',
  'tomorrow', 'tonight', 'overnight', 'now', 'currently', 'nowadays', 'presently', 'right', 'these', 'recently', 'lately', 'recent',
  'future', 'every', 'each', 'per', 'noon', 'midday', 'midnight', 'christmas', 'new', 'thanksgiving', 'election',
  'independence', 'halloween', 'valentine', 'that', 'then', 'mid', 'midafternoon', 'midmorning', 'easter', 'fiscal', 'someday', 'soon', 'year', 'its', 'nineteen', 'couple', 'first', 'second', 'third', 'fourth',
]);

function bestAtIsDate(ctx: Ctx, i: number): boolean {
  const t = ctx.toks[i].t;
  if (t === 'in' || t === 'on' || t === 'at') i++;
  const saved = [ctx.ref, ctx.lastQuarter] as const;
  const c = i < ctx.toks.length && STARTERS.has(ctx.toks[i].t) ? bestAt(ctx, i) : null;
  [ctx.ref, ctx.lastQuarter] = saved;
  return c !== null && (c.type === 'DATE' || c.type === 'TIME') && c.kind === 'point';
}

function bestAt(ctx: Ctx, i: number): Cand | null {
  const t = ctx.toks[i].t;
  if (!STARTERS.has(t) && !/^['\d]/.test(t)) return null;
  let best: Cand | null = null;
  const savedRef = ctx.ref;
  const savedQ = ctx.lastQuarter;
  let bestRef = savedRef;
  let bestQ = savedQ;
  for (const m of MATCHERS) {
    ctx.ref = savedRef;
    ctx.lastQuarter = savedQ;
    const c = m(ctx, i);
    if (c && c.j > c.i && (!best || c.j > best.j)) {
      best = c;
      bestRef = ctx.ref;
      bestQ = ctx.lastQuarter;
    }
  }
  ctx.ref = bestRef;
  ctx.lastQuarter = bestQ;
  return best;
}

/** Extends a base match to the left with quantity or position modifiers ("about two years", "early next year"). */
function withModifiers(ctx: Ctx, c: Cand, floor: number): Cand {
  const toks = ctx.toks;
  const tryMods = (mods: [string[], number][]): number | null => {
    for (const [words, n] of mods) {
      const s = c.i - n;
      if (s < floor) continue;
      let ok = true;
      for (let x = 0; x < n; x++) if (toks[s + x].t !== words[x]) ok = false;
      if (ok) return s;
    }
    return null;
  };
  if (c.kind === 'duration' || c.kind === 'ago') {
    const s = tryMods(QUANTITY_MODS);
    if (s !== null) {
      // "over" and "under" only before a bare quantity
      const w = toks[s].t;
      if ((w === 'over' || w === 'under' || w === 'some' || w === 'just' || w === 'only') && toks[c.i].t === 'the') return c;
      return { ...c, i: s };
    }
    return c;
  }
  if (c.kind === 'point' && c.type !== 'SET') {
    let i = c.i;
    if (toks[i - 1]?.t === '-' && toks[i - 2]?.t === 'mid') i -= 2;
    const s = tryMods(POSITION_MODS);
    if (s !== null && s < i) i = s;
    else if (i === c.i) {
      const w = toks[c.i - 1]?.t;
      if ((w === 'early' || w === 'late' || w === 'mid' || w === 'earlier' || w === 'later') && c.i - 1 >= floor) i = c.i - 1;
    }
    if (i < floor) return c;
    // "the early 1980s", "the late summer"
    if (i < c.i && /^(early|late|mid)$/.test(toks[i].t) && toks[i - 1]?.t === 'the' && i - 1 >= floor) i--;
    // "around 7:15 p.m.", "close around year end": the approximation is part of the expression (TBAQ: 3
    // of 3), but not the particle of "get around Wednesday's ruling"
    if (toks[i - 1]?.t === 'around' && i - 1 >= floor && toks[c.j]?.t !== "'") i--;
    return { ...c, i };
  }
  return c;
}

const ALWAYS_CAPITALISED = (t: string): boolean => MONTHS.has(t) || WEEKDAYS.has(t) || WEEKDAY_PLURALS.has(t) || /^(christmas|thanksgiving|easter|halloween|valentine|new|eve|election|independence|day|year)$/.test(t);
const OPENING = new Set(['"', '“', '‘', "'", '`', '(', '[', '«', '—', '–', '-', ':', '_']);

/** "60 Minutes", "This Week", "High Noon", "VOA Today": a common time word capitalised inside a sentence is part of a name. */
function looksLikeName(toks: Tok[], c: Cand, sentOf: number[]): boolean {
  for (let x = c.i; x < c.j; x++) {
    const k = toks[x];
    if (!/^\p{Lu}/u.test(k.s) || !/^\p{L}+$/u.test(k.s) || ALWAYS_CAPITALISED(k.t)) continue;
    const sentenceInitial = x === 0 || sentOf[x - 1] !== sentOf[x] || OPENING.has(toks[x - 1].t) || toks[x - 1].t === '``';
    if (x === c.i && sentenceInitial) continue;
    if (/^\p{Lu}+$/u.test(k.s) && k.s.length > 1) continue; // all-caps headline
    return true;
  }
  return false;
}

/**
 * A timex whose head noun is shared with a neighbour: "the second and fourth quarters" (the second
 * quarters), "twice as high this year as last" (last year). Returns the elided one's token and value.
 */
function elidedTimex(toks: Tok[], c: Cand, floor: number, lo: number): { at: number; type: TimexType; value: string } | null {
  const q = c.value.match(/^(XXXX|\d{4})-Q[1-4]$/);
  if (q && lo - 2 >= floor && /^(and|or)$/.test(toks[lo - 1].t)) {
    const o = ONES_ORD.get(toks[lo - 2].t);
    if (o !== undefined) return { at: lo - 2, type: c.type, value: `${q[1]}-Q${o}` };
  }
  const y = c.value.match(/^\d{4}$/);
  if (y && c.j - c.i === 2 && toks[c.i].t === 'this' && toks[c.i + 1].t === 'year' && /^(as|than)$/.test(toks[c.j]?.t ?? '') &&
    toks[c.j + 1]?.t === 'last' && !/^[\p{L}\d]/u.test(toks[c.j + 2]?.t ?? '')) {
    return { at: c.j + 1, type: 'DATE', value: String(+y[0] - 1) };
  }
  return null;
}

/**
 * "this coming Sunday, March 8": a calendar date in apposition to a (modified) weekday names the same
 * day, so the two are one expression, as "Friday, Oct. 23" already is. Only when both resolve to the
 * same day, so that a list ("Tuesday, March 3 and ...") of different days stays apart.
 */
function appositiveDate(ctx: Ctx, c: Cand): void {
  const toks = ctx.toks;
  if (c.day === undefined || c.day === null || c.type !== 'DATE' || toks[c.j]?.t !== ',' || !WEEKDAYS.has(toks[c.j - 1].t)) return;
  if (c.j + 1 >= toks.length || ctx.sentOf[c.j + 1] !== ctx.sentOf[c.j - 1]) return;
  const saved = [ctx.ref, ctx.lastQuarter] as const;
  const d = monthDate(ctx, c.j + 1) ?? dayMonth(ctx, c.j + 1);
  [ctx.ref, ctx.lastQuarter] = saved;
  if (d && d.day === c.day) c.j = d.j;
}

/** "the year-ago quarter, the second quarter ended Oct. 31,": a year-ago quarter takes the quarter of its apposition. */
function appositiveQuarter(ctx: Ctx, c: Cand): void {
  const toks = ctx.toks;
  if (c.type !== 'DATE' || !/-Q\d$/.test(c.value) || toks[c.j]?.t !== ',' || !/^(quarter|period)$/.test(toks[c.j - 1].t)) return;
  if (!toks.slice(c.i, c.j).some((k, x, a) => k.t === 'year' && a[x + 1]?.t === '-' && /^(ago|earlier)$/.test(a[x + 2]?.t ?? ''))) return;
  if (c.j + 1 >= toks.length || ctx.sentOf[c.j + 1] !== ctx.sentOf[c.j - 1]) return;
  const saved = [ctx.ref, ctx.lastQuarter] as const;
  const q = quarter(ctx, c.j + 1);
  [ctx.ref, ctx.lastQuarter] = saved;
  if (q && /^\d{4}-Q\d$/.test(q.value) && q.value !== c.value) c.value = q.value;
}

export function findTimexes(doc: Document, publishedAt: string | null): TimexFinding[] {
  const dctDate = publishedAt ? parseIsoDate(publishedAt) : null;
  const dct = dctDate ? dayNumber(dctDate.y, dctDate.m, dctDate.d) : null;
  const out: TimexFinding[] = [];
  let lastQuarter: Ctx['lastQuarter'] = null;
  let ref: Ctx['ref'] = dctDate ? { y: dctDate.y, m: dctDate.m, d: dctDate.d } : null;
  const dctRef = ref;
  let si = 0;
  // Paragraph by paragraph, so that an expression is not cut by a sentence split inside it
  // ("at 9 a.m. Tuesday"); tense look-ups stay inside the token's sentence.
  for (const para of doc.paragraphs) {
    const toks = tokenize(doc.text, para.start, para.end);
    if (toks.length === 0) continue;
    const sentOf = new Array<number>(toks.length);
    for (let x = 0; x < toks.length; x++) {
      while (si < doc.sentences.length - 1 && doc.sentences[si].end <= toks[x].start) si++;
      sentOf[x] = doc.sentences[si]?.index ?? 0;
    }
    const ctx: Ctx = { dct, toks, markers: markersOf(toks), sentOf, sentence: sentOf[0], lastQuarter, ref, dctRef, sentenceDay: null, paragraphDay: null };
    let floor = 0;
    for (let i = 0; i < toks.length; ) {
      if (sentOf[i] !== ctx.sentence) {
        ctx.sentence = sentOf[i];
        ctx.sentenceDay = null;
      }
      const c0 = bestAt(ctx, i);
      if (!c0) {
        i++;
        continue;
      }
      const c = withModifiers(ctx, c0, floor);
      appositiveDate(ctx, c);
      appositiveQuarter(ctx, c);
      if (looksLikeName(toks, c, sentOf)) {
        i = c0.j;
        continue;
      }
      if (c.day !== undefined && c.day !== null) {
        ctx.sentenceDay = c.day;
        ctx.paragraphDay = c.day;
        const d = fromDayNumber(c.day);
        ctx.ref = { y: d.y, m: d.m, d: d.d };
      }
      else if (c.type === 'DATE') {
        const mm = c.value.match(/^(\d{4})(?:-(\d{2}))?$/);
        if (mm) ctx.ref = { y: +mm[1], m: mm[2] ? +mm[2] : undefined };
      }
      // "the day before last Tuesday's hearing", "the day after Christmas"
      let lo = c.i;
      if (c.day !== undefined && c.day !== null && c.type === 'DATE' && lo - 2 >= floor && toks[lo - 2].t === 'day' && (toks[lo - 1].t === 'before' || toks[lo - 1].t === 'after')) {
        const n = c.day + (toks[lo - 1].t === 'before' ? -1 : 1);
        c.day = n;
        c.value = isoDay(n);
        lo -= 2;
      }
      // "the first nine months", "the six months": comparisons that follow ("a year earlier") are about years, not the quarter
      if (c.type === 'DURATION' && /^P(6|9|12)M$/.test(c.value)) ctx.lastQuarter = null;
      const span: [number, number] = [toks[lo].start, toks[c.j - 1].end];
      // relative expressions keep their TIMEX3 value and get an approximate range for the timeline
      const rel = /_REF$/.test(c.value) || c.type === 'DURATION' ? relativeRange(toks.slice(lo, c.j).map((k) => k.t), c.type, c.value, dct) : null;
      const r = rel ?? rangeOf(c.value);
      const elided = elidedTimex(toks, c, floor, lo);
      const elidedFinding = (e: NonNullable<typeof elided>): TimexFinding => {
        const re = rangeOf(e.value);
        return { span: [toks[e.at].start, toks[e.at].end], type: e.type, value: e.value, start: re.start, end: re.end, precision: re.precision };
      };
      if (elided && elided.at < lo) out.push(elidedFinding(elided));
      out.push({ span, type: c.type, value: c.value, start: r.start, end: r.end, precision: r.precision });
      floor = c.j;
      i = c.j;
      if (elided && elided.at >= c.j) {
        out.push(elidedFinding(elided));
        floor = i = elided.at + 1;
      }
      // "April 24 and 25", "Oct. 3-4": a second day of the same month is a date of its own
      const dm = c.type === 'DATE' ? c.value.match(/^(\d{4}|XXXX)-(\d\d)-\d\d$/) : null;
      if (dm && /^(and|or|-|to|through)$/.test(toks[i]?.t ?? '') && toks[i + 1] && /^\d{1,2}$/.test(toks[i + 1].t) && !/^[\p{L}\d%$]/u.test(toks[i + 2]?.t ?? '')) {
        const d2 = +toks[i + 1].t;
        if (d2 >= 1 && d2 <= 31 && (dm[1] === 'XXXX' || validDate(+dm[1], +dm[2], d2))) {
          const v = `${dm[1]}-${dm[2]}-${pad(d2)}`;
          const r2 = rangeOf(v);
          out.push({ span: [toks[i + 1].start, toks[i + 1].end], type: 'DATE', value: v, start: r2.start, end: r2.end, precision: r2.precision });
          floor = i + 2;
          i += 2;
        }
      }
    }
    lastQuarter = ctx.lastQuarter;
    ref = ctx.ref;
  }
  return out;
}
