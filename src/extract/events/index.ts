/**
 * Event mentions: detection (TimeML-style: finite and non-finite verbs, eventive nouns), typing with a
 * compact CAMEO-like type set, participants resolved to actors, and anchoring to a timex of the sentence.
 * See docs/time-and-events.md for the type set. Pure and linear in the number of tokens.
 */
import { tokenIndexAt, type Document, type Sentence, type Token } from '../document';
import type { ActorFinding, EventFinding, ParticipantFinding, StatementFinding, TimexFinding } from '../types';
import { EVENT_NOUNS, EVENT_TYPES, IRREGULAR, NOT_EVENTS, STOP, VERBS } from './words';

export { EVENT_TYPES } from './words';

/** Every documented event type; OCCURRENCE is an untyped mention. */
export const EVENT_TYPE_NAMES: string[] = [...Object.keys(EVENT_TYPES), 'OCCURRENCE'];

const TYPE_OF = new Map<string, string>();
for (const [type, ws] of Object.entries(EVENT_TYPES)) for (const w of ws) if (!TYPE_OF.has(w)) TYPE_OF.set(w, type);

/** Lemmas that are more often plain nouns than events; they count only in a verbal context. */
const NOUNISH = new Set([
  'state', 'head', 'face', 'name', 'point', 'place', 'plant', 'price', 'post', 'rest', 'screen', 'share', 'stem', 'total',
  'list', 'market', 'base', 'book', 'board', 'cast', 'fund', 'land', 'mark', 'pilot', 'project', 'record', 'register',
  'reserve', 'rank', 'tax', 'train', 'wound', 'yield', 'cover', 'control', 'ship', 'house', 'guard', 'arm', 'document',
  'loan', 'lease', 'label', 'judge', 'quote', 'score', 'stage', 'table', 'target', 'test', 'title', 'tour', 'trust',
  'voice', 'watch', 'weigh', 'witness', 'design', 'finance', 'profit', 'process', 'program', 'object', 'present',
  'subject', 'exercise', 'issue', 'interest', 'study', 'research', 'market', 'term', 'lead', 'mean', 'care',
  'question', 'count', 'line', 'word', 'view', 'side', 'level', 'value', 'rate', 'cost', 'power', 'force', 'press',
  'light', 'fire', 'back', 'step', 'turn', 'run', 'use', 'work', 'show', 'play', 'order', 'last', 'deal', 'bear',
  'like', 'set', 'group', 'office', 'party', 'air', 'part', 'well', 'home', 'country', 'date', 'time', 'form',
  'lie', 'left', 'right', 'matter', 'estimate', 'charge', 'trade', 'rule', 'call', 'state', 'cause', 'plan', 'support', 'lower', 'report',
  'result', 'edge', 'note', 'exchange', 'need', 'love', 'clear', 'open', 'free', 'separate', 'spot', 'blow', 'tear', 'address',
]);
/** Heads of named historical events, events even when capitalised: "the Islamic Revolution", "the Gulf War". */
const NAMED_EVENT_HEADS = new Set(['revolution', 'uprising', 'revolt', 'rebellion', 'war', 'coup', 'intifada', 'insurrection', 'invasion', 'massacre', 'crisis', 'offensive', 'siege']);
/** Objects that make "seize"/"capture" a military gain rather than a confiscation or an arrest. */
const TERRITORY = /^(town|towns|city|cities|village|villages|area|areas|territory|territories|region|province|district|base|bases|airport|port|border|crossing|hill|hills|stronghold|strongholds|control|capital|positions?|neighbou?rhoods?|suburbs?|outskirts|airbase|oilfields?|oil|bridge)$/;
const POSSESSIVE_DETERMINERS = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your']);
const PREPOSITIONS = new Set(['in', 'at', 'on', 'with', 'to', 'from', 'by', 'for', 'of', 'against', 'between', 'among', 'into', 'toward', 'towards', 'about', 'over', 'under', 'after', 'before', 'during', 'than', 'amid', 'through', 'via', 'across', 'within', 'without', 'near', 'like']);
const SUBJECT_PRONOUNS = new Set(['i', 'we', 'you', 'he', 'she', 'it', 'they', 'who', 'which', 'that']);
const MODALS = new Set(['will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', 'to', "n't", 'not', 'did', 'does', 'do', "'ll", "'d"]);
const BE = new Set(['be', 'am', 'is', 'are', 'was', 'were', 'been', 'being', "'s", "'re", "'m"]);
const HAVE = new Set(['have', 'has', 'had', 'having', "'ve"]);
const DO = new Set(['do', 'does', 'did', 'doing', 'done']);
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'his', 'her', 'their', 'our', 'my', 'your', 'some', 'any', 'no', 'each', 'every']);
const PARTICIPLE_IRREGULAR = new Set(['been', 'done', 'gone', 'made', 'taken', 'given', 'seen', 'known', 'shown', 'said', 'told', 'held', 'left', 'lost', 'won', 'begun', 'become', 'come', 'run', 'set', 'put', 'cut', 'hit', 'paid', 'sold', 'bought', 'brought', 'thought', 'found', 'got', 'gotten', 'sent', 'built', 'spent', 'led', 'met', 'kept', 'felt', 'heard', 'meant', 'stood', 'fallen', 'risen', 'written', 'spoken', 'broken', 'chosen', 'driven', 'drawn', 'grown', 'thrown', 'sought', 'caught', 'fought', 'fled', 'struck', 'shot', 'withdrawn', 'dealt', 'hurt', 'let', 'quit', 'read', 'split', 'spread', 'shut', 'cost']);
const SKIP_ADVERB = /ly$/;
const OPENERS = new Set(['"', '“', '‘', "'", '(', '[', '«', '—', '–', '-', ':']);

/** The lemma of a word form when it is a known verb, else null. */
const LEMMA_CACHE = new Map<string, string | null>();

export function verbLemma(w: string): string | null {
  let r = LEMMA_CACHE.get(w);
  if (r !== undefined) return r;
  r = computeVerbLemma(w);
  if (LEMMA_CACHE.size > 100000) LEMMA_CACHE.clear();
  LEMMA_CACHE.set(w, r);
  return r;
}

function computeVerbLemma(w: string): string | null {
  const irr = IRREGULAR.get(w);
  if (irr) return irr;
  if (VERBS.has(w)) return w;
  const cands: string[] = [];
  if (w.endsWith('ies') || w.endsWith('ied')) cands.push(w.slice(0, -3) + 'y');
  if (w.endsWith('ing') && w.length > 4) {
    const b = w.slice(0, -3);
    cands.push(b, b + 'e');
    if (b.length > 2 && b[b.length - 1] === b[b.length - 2]) cands.push(b.slice(0, -1));
  }
  if (w.endsWith('ed') && w.length > 3) {
    const b = w.slice(0, -2);
    cands.push(b, w.slice(0, -1));
    if (b.length > 2 && b[b.length - 1] === b[b.length - 2]) cands.push(b.slice(0, -1));
  }
  if (w.endsWith('es') && w.length > 4) cands.push(w.slice(0, -2));
  if (w.endsWith('s') && w.length > 3 && !w.endsWith('ss')) cands.push(w.slice(0, -1));
  for (const c of cands) if (VERBS.has(c)) return c;
  return null;
}

const NOMINAL_SUFFIX = /(?:tion|sion|ment|ance|ence|ure|ings?|als?|ism|age|ery|ies?)$/;
const EVENTIVE_AL = new Set(['approval', 'withdrawal', 'arrival', 'proposal', 'refusal', 'removal', 'renewal', 'denial', 'dismissal', 'survival', 'disposal', 'reversal', 'trial', 'burial', 'referral', 'upheaval', 'betrayal', 'retrieval', 'acquittal', 'rebuttal', 'appraisal', 'perusal', 'deferral', 'portrayal', 'recital', 'revival', 'rehearsal', 'approvals', 'withdrawals', 'proposals', 'trials', 'denials', 'dismissals']);

interface Tk {
  text: string;
  w: string;
  start: number;
  end: number;
}

function isVerbalContext(toks: Tk[], k: number): boolean {
  let p = k - 1;
  while (p >= 0 && SKIP_ADVERB.test(toks[p].w) && toks[p].w.length > 3) p--;
  const prev = toks[p]?.w;
  if (!prev) return false;
  return MODALS.has(prev) || SUBJECT_PRONOUNS.has(prev) || BE.has(prev) || HAVE.has(prev);
}

/** Decides whether token k of a sentence is an event mention; returns its lemma (or the word) or null. */
function eventLemma(toks: Tk[], k: number): string | null {
  const t = toks[k];
  const w = t.w;
  if (!/^[a-z][a-z'’-]*$/i.test(t.text) || w.length < 2) return null;
  if (w.includes('-')) {
    if (/^(re|co|pre|counter|over|under|out|cross)-/.test(w)) {
      const rest = w.slice(w.indexOf('-') + 1);
      return verbLemma(rest) || (EVENT_NOUNS.has(rest) ? rest : null);
    }
    return null;
  }
  // proper nouns: capitalised inside a sentence, except the head of a named event ("the 1979 Islamic Revolution", "the Gulf War")
  if (/^[A-Z]/.test(t.text) && k > 0 && !OPENERS.has(toks[k - 1].text)) {
    const prevTok = toks[k - 1];
    if (NAMED_EVENT_HEADS.has(w) && /^[a-z]+$/.test(t.text.slice(1)) && (/^[A-Z]/.test(prevTok.text) || /^\d{4}$/.test(prevTok.text))) return w;
    return null;
  }
  if (/^[A-Z]{2,}$/.test(t.text)) return null;
  const next = toks[k + 1]?.w ?? '';
  if (HAVE.has(w)) {
    // "has" as a main verb ("has assets"), not an auxiliary ("has signed", "has to")
    let q = k + 1;
    while (toks[q] && (toks[q].w === 'not' || toks[q].w === "n't" || (SKIP_ADVERB.test(toks[q].w) && toks[q].w.length > 3) || toks[q].w === 'also' || toks[q].w === 'already' || toks[q].w === 'never' || toks[q].w === 'just')) q++;
    const nx = toks[q]?.w ?? '';
    if (!nx || nx === 'to' || nx === 'been' || /ed$|en$/.test(nx) || PARTICIPLE_IRREGULAR.has(nx) || /^[.,;:!?"”]$/.test(nx)) return null;
    if (SUBJECT_PRONOUNS.has(nx) && nx !== 'it' && nx !== 'that') return null;
    return 'have';
  }
  if (DO.has(w)) {
    if (w === 'doing' || w === 'done') return 'do';
    if (/^(the|a|an|it|this|that|so|something|anything|nothing|more|well|what|business|everything|much|[.,;!?"”])$/.test(next)) return 'do';
    return null;
  }
  if (STOP.has(w)) return null;
  if (NOT_EVENTS.has(w)) return null;
  const lem = verbLemma(w);
  if (lem && w !== lem && /[^s]s$/.test(w) && DETERMINERS.has(toks[k - 1]?.w ?? '') && !EVENT_NOUNS.has(w)) return null; // "the rebels"
  const prevW = toks[k - 1]?.w ?? '';
  if (lem && (w.endsWith('ed') || w.endsWith('ing')) && DETERMINERS.has(prevW) && /^[a-z]/.test(toks[k + 1]?.text ?? '') && !/^(of|by|in|at|on|for|with|to|and|or|from|between|is|was|were|are|has|had|will|would)$/.test(next) && !EVENT_NOUNS.has(w)) {
    return null; // "the proposed merger", "a growing number"
  }
  if (w.startsWith('un') && w.endsWith('ed')) return null; // "unspecified", "unidentified"
  if ((w === 'ended' || w === 'ending') && /^(quarter|year|period|months|weeks|half)$/.test(prevW)) return null; // "the quarter ended Sept. 30"
  if (w === 'holding' && /^compan/.test(next)) return null;
  if (w === 'going' && next === 'to') return null; // "going to" marks the future
  if (lem) {
    if (NOUNISH.has(lem) && (w === lem + 's' || w === lem + 'es') && (next === 'to' || DETERMINERS.has(next))) return lem; // "the company plans to"
    if (NOUNISH.has(lem) && (w === lem || w === lem + 's')) {
      // bare or -s forms of noun-like lemmas: only in a verbal slot, or listed as eventive nouns after a determiner
      if (isVerbalContext(toks, k)) return lem;
      if (EVENT_NOUNS.has(w) && DETERMINERS.has(toks[k - 1]?.w ?? '')) return lem;
      return null;
    }
    return lem;
  }
  if (EVENT_NOUNS.has(w)) return w;
  if (w.length >= 6 && /(ed|ing)$/.test(w)) return w;
  if (w.length >= 6 && NOMINAL_SUFFIX.test(w)) {
    if (/als?$/.test(w)) return EVENTIVE_AL.has(w) ? w : null;
    if (/(ings?|ies?|ery|age|ism)$/.test(w)) return null;
    // a nominalisation not in the lexicon counts when it takes an argument ("the acquisition of", "its departure")
    const prev = toks[k - 1]?.w ?? '';
    if ((/(tion|sion|ment)s?$/.test(w) || /(ance|ence|ure)s?$/.test(w)) && (/^(of|by|against|to)$/.test(next) || /^('s|its|their|his|her|our)$/.test(prev))) return w;
  }
  return null;
}

function eventType(toks: Tk[], k: number, lemma: string): string {
  const w = toks[k].w;
  const next = toks[k + 1]?.w ?? '';
  const prev = toks[k - 1]?.w ?? '';
  const type = TYPE_OF.get(lemma) ?? TYPE_OF.get(w);
  // "the outbreak of war", "the start of the uprising": a phase noun takes the type of its event
  if (!type && /^(outbreak|outbreaks|start|beginning|eruption|escalation|resumption|renewal)$/.test(w) && next === 'of') {
    let q = k + 2;
    while (q < toks.length && q < k + 5 && (DETERMINERS.has(toks[q].w) || /^(civil|full|all|new|renewed|armed|open|bloody|heavy)$/.test(toks[q].w) || toks[q].w.endsWith('-scale'))) q++;
    const inner = TYPE_OF.get(toks[q]?.w ?? '');
    return inner === 'FIGHT' || inner === 'UPRISING' || inner === 'ATTACK' || inner === 'PROTEST' ? inner : 'OCCURRENCE';
  }
  if (!type) return 'OCCURRENCE';
  switch (lemma) {
    case 'step':
      return next === 'down' || next === 'aside' ? 'RESIGN' : 'OCCURRENCE';
    case 'call':
    case 'calls':
    case 'press':
      return next === 'for' || next === 'on' ? 'DEMAND' : 'OCCURRENCE';
    case 'name':
      return BE.has(prev) || HAVE.has(prev) ? 'APPOINT' : 'OCCURRENCE';
    case 'back':
      return w === 'back' ? 'OCCURRENCE' : type;
    case 'charge':
      return /^charged?$/.test(w) && (next === 'with' || next === 'that') ? 'ACCUSE' : 'OCCURRENCE';
    case 'help':
    case 'ask':
      return type;
    case 'seize':
    case 'seizure':
    case 'capture': {
      // "seized the town", "the capture of the airport" are gains in fighting; "seized drugs", "captured a suspect" are not
      for (let q = k + 1; q < Math.min(toks.length, k + 6); q++) {
        if (TERRITORY.test(toks[q].w)) return 'FIGHT';
        if (/^[.;,]$/.test(toks[q].w)) break;
      }
      return lemma === 'capture' ? 'ARREST' : 'OCCURRENCE';
    }
    case 'rebel':
      return /^rebel(s)?$/.test(w) ? 'OCCURRENCE' : type; // "the rebels" are people

    case 'talk':
      return w === 'talks' || next === 'with' ? 'MEET' : 'OCCURRENCE';
    default:
      return type;
  }
}

interface MentionRef {
  start: number;
  end: number;
  actor: string;
  kind: string;
}

/** Index of the first element of a sorted-by-start list with start >= pos. */
function lowerBound<T extends { start: number }>(xs: T[], pos: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid].start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}


const CLAUSE_BREAK = new Set([';', ':', '.', '!', '?', 'but', 'while', 'whereas', 'although', 'because']);
const OBJECT_STOP = new Set([';', '.', '!', '?', ',', 'who', 'which', 'that', 'while', 'but', 'because', 'said', 'says']);
/** Reporting verbs take an addressee ("told X", "said to X"), not the subject of what was said. */
const ADDRESSEE_VERBS = new Set(['tell', 'told', 'tells', 'telling', 'inform', 'informed', 'brief', 'briefed', 'assure', 'assured', 'warn', 'warned']);

/** Agent, target/counterpart and location of an event from the actor mentions around its trigger. */
function participantsOf(text: string, toks: Tk[], k: number, mentions: MentionRef[], sent: Sentence, passive: boolean, nominal: boolean, type: string): ParticipantFinding[] {
  const out: ParticipantFinding[] = [];
  const add = (actor: string, role: string) => {
    if (!out.some((p) => p.actor === actor && p.role === role)) out.push({ actor, role });
  };
  const trig = toks[k];
  const first = lowerBound(mentions, sent.start);
  const prevWord = (m: MentionRef): string => {
    const ti = tokenIndexAt(toks, m.start);
    return toks[ti - 1]?.w ?? '';
  };
  const isLocation = (m: MentionRef): boolean => m.kind === 'LOCATION';
  // left side: the subject is the nearest mention not governed by a preposition; coordinated ones join it
  let subject: MentionRef[] = [];
  // a noun trigger takes its agent from close by ("Iran's withdrawal", "the Iranian visit")
  const leftFloor = toks[Math.max(0, k - (nominal ? 5 : 30))].start;
  for (let x = lowerBound(mentions, trig.start) - 1; x >= first; x--) {
    const m = mentions[x];
    if (m.start < leftFloor) break;
    if (m.end > trig.start) continue;
    const between = toks.slice(tokenIndexAt(toks, m.end), k).map((t) => t.w);
    if (between.some((b) => CLAUSE_BREAK.has(b))) break;
    const pw = prevWord(m);
    if (PREPOSITIONS.has(pw) || pw === "'s" || pw === 's' || /^['’]s\b/.test(text.slice(m.end, m.end + 3)) && !nominal) continue;
    if (nominal) {
      // a noun trigger takes a possessor as agent ("Iran's withdrawal"), not the clause subject
      const possessive = /^['’]s?\b/.test(text.slice(m.end, m.end + 3));
      if (!possessive || k - tokenIndexAt(toks, m.end) > 3) break;
    }
    subject = [m];
    // "Iran and Syria", "X, Y and Z": the gap next to the trigger side must hold the conjunction
    let cur = m;
    let sawAnd = false;
    for (let y = x - 1; y >= first && y >= x - 8; y--) {
      const p = mentions[y];
      const gap = toks.slice(tokenIndexAt(toks, p.end), tokenIndexAt(toks, cur.start)).map((t) => t.w);
      const conj = gap.includes('and') || gap.includes('&');
      if (gap.length > 0 && gap.every((g) => g === 'and' || g === ',' || g === '&') && (conj || sawAnd)) {
        sawAnd = sawAnd || conj;
        subject.push(p);
        cur = p;
      } else break;
    }
    break;
  }
  // right side: first mention after the trigger in the same clause
  const objects: { m: MentionRef; prep: string }[] = [];
  for (let x = lowerBound(mentions, trig.end); x < mentions.length && mentions[x].start < sent.end; x++) {
    const m = mentions[x];
    const ti = tokenIndexAt(toks, m.start);
    const between = toks.slice(k + 1, ti).map((t) => t.w);
    if (between.some((b) => OBJECT_STOP.has(b)) || between.length > 10) break;
    // "… and renewed X": a second verb starts another predicate
    if (between.some((b, q) => b === 'and' && q + 1 < between.length && (IRREGULAR.has(between[q + 1]) || (between[q + 1].endsWith('ed') && verbLemma(between[q + 1]) !== null)))) break;
    const pw = toks[ti - 1]?.w ?? '';
    let prep = PREPOSITIONS.has(pw) ? pw : '';
    // "with X and his minister Y": a conjoined object shares the preposition of the first
    const last = objects[objects.length - 1];
    if (last && !prep) {
      const gap = toks.slice(tokenIndexAt(toks, last.m.end), ti).map((t) => t.w);
      if (gap.includes('and') && !gap.some((g) => PREPOSITIONS.has(g))) prep = last.prep;
    }
    objects.push({ m, prep });
    if (objects.length >= 3) break;
  }
  let agentMentions = subject;
  const targets: MentionRef[] = [];
  if (passive) {
    const by = objects.find((o) => o.prep === 'by');
    agentMentions = by ? [by.m] : [];
    targets.push(...subject);
  }
  for (const m of agentMentions) add(m.actor, 'agent');
  for (const m of targets) add(m.actor, 'target');
  for (const { m, prep } of objects) {
    if (passive && prep === 'by') continue;
    if (nominal && prep === 'by') {
      add(m.actor, 'agent');
      continue;
    }
    if (type === 'MAKE_STATEMENT' && prep === '' && !ADDRESSEE_VERBS.has(trig.w)) continue;
    if ((prep === 'in' || prep === 'at' || prep === 'near') && isLocation(m)) add(m.actor, 'location');
    else if (prep === 'with' || prep === 'between' || prep === 'among') add(m.actor, 'counterpart');
    else if (prep === '' || prep === 'against' || prep === 'on' || prep === 'to' || prep === 'for' || prep === 'of' || prep === 'from') {
      if (!out.some((p) => p.actor === m.actor)) add(m.actor, prep === 'to' || prep === 'for' || prep === 'from' ? 'counterpart' : 'target');
    }
  }
  // "in Damascus" anywhere in the sentence when the right side had none
  if (!out.some((p) => p.role === 'location')) {
    const lo = toks[Math.max(0, k - 40)].start;
    const hi = toks[Math.min(toks.length - 1, k + 40)].end;
    for (let x = Math.max(first, lowerBound(mentions, lo)); x < mentions.length && mentions[x].start < Math.min(sent.end, hi); x++) {
      const m = mentions[x];
      if (isLocation(m) && (prevWord(m) === 'in' || prevWord(m) === 'at') && !out.some((p) => p.actor === m.actor)) {
        add(m.actor, 'location');
        break;
      }
    }
  }
  return out;
}

/** Offsets of clause boundaries in a sentence: semicolons, colons and subordinating words. */
const BOUNDARY_WORDS = new Set([';', ':', 'but', 'while', 'which', 'who', 'when', 'after', 'before', 'because', 'that', 'since', 'although', 'whereas', 'if', 'until']);

function countBetween(sorted: number[], a: number, b: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < a) lo = mid + 1;
    else hi = mid;
  }
  let n = 0;
  for (let x = lo; x < sorted.length && sorted[x] < b; x++) n++;
  return n;
}

/** Beyond this (characters, plus a penalty per clause boundary) a timex is taken to belong to another clause. */
const MAX_ANCHOR_COST = 140;

/** The timex of the sentence that governs the trigger: nearest DATE/TIME, else nearest other; else null. */
function anchorOf(trigger: [number, number], sentTimexes: { idx: number; t: TimexFinding; start: number }[], datedCount: number, boundaries: number[]): number | null {
  if (sentTimexes.length === 0) return null;
  // only the few timexes nearest the trigger can win: keeps the search constant per event
  const at = lowerBound(sentTimexes, trigger[0]);
  const near = sentTimexes.slice(Math.max(0, at - 4), at + 4);
  const dated = near.filter((x) => x.t.type === 'DATE' || x.t.type === 'TIME');
  const pool = datedCount > 0 ? (dated.length > 0 ? dated : near) : near;
  let best: number | null = null;
  let bestCost = MAX_ANCHOR_COST + 1;
  for (const { idx, t } of pool) {
    const [a, b] = t.span[1] <= trigger[0] ? [t.span[1], trigger[0]] : [trigger[1], t.span[0]];
    // a timex across a clause boundary ("said last week that Iran should remove") belongs to the other clause
    const cost = Math.max(0, b - a) + countBetween(boundaries, a, b) * (MAX_ANCHOR_COST + 1);
    if (cost < bestCost) {
      bestCost = cost;
      best = idx;
    }
  }
  return best;
}

export function findEvents(doc: Document, actors: ActorFinding[], timexes: TimexFinding[], statements: StatementFinding[]): EventFinding[] {
  const out: EventFinding[] = [];
  const mentions: MentionRef[] = [];
  for (const a of actors) {
    for (const m of a.mentions) {
      // possessive determiners ("his minister") modify the next noun phrase; they are not participants
      if (POSSESSIVE_DETERMINERS.has(doc.text.slice(m.span[0], m.span[1]).toLowerCase())) continue;
      mentions.push({ start: m.span[0], end: m.span[1], actor: a.key, kind: a.kind });
    }
  }
  mentions.sort((x, y) => x.start - y.start || x.end - y.end);
  const tx = timexes.map((t, idx) => ({ idx, t })).sort((x, y) => x.t.span[0] - y.t.span[0]);
  const cues = statements.filter((s) => s.cue).map((s) => ({ start: s.cue![0], end: s.cue![1], s })).sort((x, y) => x.start - y.start);
  let ti = 0;
  for (const sent of doc.sentences) {
    while (ti < tx.length && tx[ti].t.span[1] <= sent.start) ti++;
    const sentTimexes: { idx: number; t: TimexFinding; start: number }[] = [];
    for (let x = ti; x < tx.length && tx[x].t.span[0] < sent.end; x++) sentTimexes.push({ ...tx[x], start: tx[x].t.span[0] });
    const datedCount = sentTimexes.filter((x) => x.t.type === 'DATE' || x.t.type === 'TIME').length;
    const toks: Tk[] = sent.tokens.map((t: Token) => {
      const w = t.text.toLowerCase();
      return { text: t.text, w: w.includes('’') ? w.replace(/’/g, "'") : w, start: t.start, end: t.end };
    });
    const boundaries: number[] = [];
    if (sentTimexes.length > 0) for (const t of toks) if (BOUNDARY_WORDS.has(t.w)) boundaries.push(t.start);
    let tj = 0;
    for (let k = 0; k < toks.length; k++) {
      const t = toks[k];
      // words inside a temporal expression are not events
      while (tj < sentTimexes.length && sentTimexes[tj].t.span[1] <= t.start) tj++;
      if (tj < sentTimexes.length && sentTimexes[tj].t.span[0] <= t.start && t.end <= sentTimexes[tj].t.span[1]) continue;
      const lemma = eventLemma(toks, k);
      if (!lemma) continue;
      const trigger: [number, number] = [t.start, t.end];
      let type = eventType(toks, k, lemma);
      let participants: ParticipantFinding[] = [];
      let cue: (typeof cues)[number] | null = null;
      if (cues.length > 0) {
        const cueIdx = lowerBound(cues, t.start + 1) - 1; // last cue starting at or before the token
        cue = cueIdx >= 0 && cues[cueIdx].start <= t.start && t.end <= cues[cueIdx].end ? cues[cueIdx] : null;
      }
      if (cue && type === 'OCCURRENCE' && VERBS.has(lemma)) type = 'MAKE_STATEMENT';
      if (type !== 'OCCURRENCE') {
        const passive = /ed$|en$/.test(t.w) && (BE.has(toks[k - 1]?.w ?? '') || BE.has(toks[k - 2]?.w ?? ''));
        const pw = toks[k - 1]?.w ?? '';
        const nominal = !verbLemma(t.w) || DETERMINERS.has(pw) || pw === "'s" || /['’]s$/.test(pw) || (PREPOSITIONS.has(pw) && pw !== 'to');
        participants = participantsOf(doc.text, toks, k, mentions, sent, passive, nominal, type);
        if (cue?.s.speaker && type === 'MAKE_STATEMENT' && !participants.some((p) => p.role === 'agent')) {
          participants.unshift({ actor: cue.s.speaker, role: 'agent' });
        }
      }
      out.push({ trigger, type, participants, time: anchorOf(trigger, sentTimexes, datedCount, boundaries) });
    }
  }
  return out;
}
