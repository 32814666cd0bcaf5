/** Quotation regions: where direct speech is, found once per document. Linear scan, never throws. */
import type { Document } from '../document';

export interface QuoteRegion {
  /** Offset of the opening mark. */
  start: number;
  /** Offset after the closing mark, or the paragraph end when the quote runs on. */
  end: number;
  closed: boolean;
  paragraph: number;
}

const OPEN = new Set(['“', '«']);
/** A speech tag after a comma: ", said Smith", ", she said.", ", Jane Roe says," (no quotation mark before it). */
const SPEECH_TAG = /[,?!](?=\s+(?:(?:said|says|added|asked|wrote|told)\s+(?:\p{Lu}|he\b|she\b|they\b)|(?:he|she|they|I|we|(?:\p{Lu}[\p{L}.'’-]*\s+){1,3})(?:said|says|added|asked|wrote)[.,]))/gu;
const CLOSE = new Set(['”', '»']);

/**
 * Double quotation marks, curly or straight. A straight mark opens when none is open and closes
 * otherwise; a quote not closed by the end of its paragraph runs to that end (the next paragraph of a
 * multi-paragraph quote opens again). Two apostrophes ('') count as a straight double mark (some wire
 * copy writes quotes so), and two backquotes (``) open one; three closing apostrophes (''') are a single
 * quote closed inside the double one.
 *
 * Single marks are the primary quotation marks of a text (British and some other house styles:
 * ‘He called it “a disaster”,’ the aide said.) when they enclose the double ones more often than the
 * double ones enclose them, or, with no nesting either way, when they open more top-level pairs than
 * the double marks do. The primary marks' pairs are then the quotations, and the other kind's pairs
 * count only where they do not overlap one (a double pair inside a single one is a quotation within the
 * quotation). Single pairs are read conservatively (findSingleQuotes) since the marks are apostrophes
 * too; in a text with no single pair that qualifies the double marks are the quotation marks.
 */
export function findQuotes(doc: Document): QuoteRegion[] {
  const hasDouble = /[“”«»"]|''|``/.test(doc.text);
  // a single quotation opens with ‘ or '
  if (!/[‘']/.test(doc.text)) return findDoubleQuotes(doc);
  const singles = findSingleQuotes(doc);
  if (!hasDouble) return singles;
  if (singles.length === 0) return findDoubleQuotes(doc);
  const doubles = findDoubleQuotes(doc);
  if (!singlesArePrimary(singles, doubles)) return doubles;
  // both lists are sorted by start and each is non-overlapping: one merge pass
  const out: QuoteRegion[] = [];
  let j = 0;
  for (const d of doubles) {
    while (j < singles.length && singles[j].end <= d.start) out.push(singles[j++]);
    if (j < singles.length && singles[j].start < d.end) continue; // nested in (or crossing) a single pair
    out.push(d);
  }
  while (j < singles.length) out.push(singles[j++]);
  return out;
}

/**
 * Which kind of mark is the outer one: pairs of each kind inside a pair of the other, then top-level
 * pairs (not overlapping a pair of the other kind). Both lists sorted by start; linear.
 */
function singlesArePrimary(singles: QuoteRegion[], doubles: QuoteRegion[]): boolean {
  let singleOuter = 0;
  let doubleOuter = 0;
  let topSingles = 0;
  let topDoubles = 0;
  // for each region, the first region of the other list that ends after its start
  const count = (xs: QuoteRegion[], ys: QuoteRegion[]): [number, number] => {
    let nestedInY = 0;
    let top = 0;
    let k = 0;
    for (const x of xs) {
      while (k < ys.length && ys[k].end <= x.start) k++;
      const y = k < ys.length ? ys[k] : null;
      if (y && y.start <= x.start && x.end <= y.end) nestedInY++;
      else if (!y || y.start >= x.end) top++;
    }
    return [nestedInY, top];
  };
  [doubleOuter, topSingles] = count(singles, doubles);
  [singleOuter, topDoubles] = count(doubles, singles);
  if (singleOuter !== doubleOuter) return singleOuter > doubleOuter;
  return topSingles >= topDoubles;
}

/**
 * Single quotation marks (‘…’ or '…'). An opening mark stands at a word's start before a letter (or a
 * nested opening double mark); a closing one after a letter, a sentence mark or a nested closing double
 * mark, before a space, a mark or the paragraph end — not after an "s" before a space, which is a plural
 * possessive ("the teachers’ union"). A lone mark is an apostrophe ("the ’90s", "rock ’n’ roll"), so a
 * quote counts only when closed within its paragraph — or, in a multi-paragraph quotation, when the next
 * paragraph opens with a single mark again (the quote then runs to its paragraph's end).
 */
export function findSingleQuotes(doc: Document): QuoteRegion[] {
  const text = doc.text;
  const out: QuoteRegion[] = [];
  const paragraphs = doc.paragraphs;
  // every candidate mark, found in one scan of the text
  const positions: number[] = [];
  const marks = /[‘’']/g;
  for (let mm = marks.exec(text); mm !== null; mm = marks.exec(text)) positions.push(mm.index);
  let k = 0;
  for (let pi = 0; pi < paragraphs.length; pi++) {
    const p = paragraphs[pi];
    let open = -1;
    let pEnd = p.end;
    while (pEnd > p.start && /\s/.test(text[pEnd - 1])) pEnd--;
    while (k < positions.length && positions[k] < p.start) k++;
    for (; k < positions.length && positions[k] < p.end; k++) {
      const pos = positions[k];
      const ch = text[pos];
      const before = pos > p.start ? text[pos - 1] : ' ';
      const after = pos + 1 < p.end ? text[pos + 1] : ' ';
      const opens = ch !== '’' && OPEN_BEFORE.test(before) && (LETTER.test(after) || (after === '“' && ch === '‘'));
      // not after a plural possessive's "s" ("the teachers’ union", "‘Members’ pay …"; but a one-word
      // quotation after a word closes: "the ‘Yes’ campaign"), nor closing an elided one-letter word
      // ("rock ’n’ roll", "rock 'n' roll")
      const elision = pos - 2 > open && (text[pos - 2] === '’' || text[pos - 2] === "'");
      // (a possessive has its noun after it: a mark that ends the paragraph closes, "Mayor: ‘No new rates’")
      const possessive = /s/i.test(before) && pos + 1 < pEnd && /\s/.test(after) && ch !== '‘' && !(open > p.start + 1 && LETTER.test(text[open - 2]) && text.lastIndexOf(' ', pos) < open);
      const closes = open >= 0 && pos > open + 1 && CLOSE_BEFORE.test(before) && CLOSE_AFTER.test(after) && !possessive && !elision;
      if (closes) {
        out.push({ start: open, end: pos + 1, closed: true, paragraph: p.index });
        open = -1;
      } else if (opens && open < 0) {
        open = pos;
      }
    }
    if (open >= 0 && pi + 1 < paragraphs.length) {
      // a multi-paragraph quotation: the next paragraph opens with a single mark again
      const next = paragraphs[pi + 1];
      let s = next.start;
      while (s < next.end && /\s/.test(text[s])) s++;
      if ((text[s] === '‘' || text[s] === "'") && s + 1 < next.end && LETTER.test(text[s + 1]) && p.end - open > 1) {
        let e = p.end;
        while (e > open + 1 && /\s/.test(text[e - 1])) e--;
        out.push({ start: open, end: e, closed: false, paragraph: p.index });
      }
    }
  }
  return out;
}

const OPEN_BEFORE = /[\s(\[—–-]/;
const LETTER = /\p{L}/u;
const CLOSE_BEFORE = /[\p{L}\p{N}.,!?”"]/u;
const CLOSE_AFTER = /[\s.,;:!?)\]—–-]/;

function findDoubleQuotes(doc: Document): QuoteRegion[] {
  const text = doc.text;
  const out: QuoteRegion[] = [];
  // every candidate mark, found in one scan of the text
  const positions: number[] = [];
  const marks = /[“”«»"'`]/g;
  for (let mm = marks.exec(text); mm !== null; mm = marks.exec(text)) positions.push(mm.index);
  let pi = 0;
  for (const p of doc.paragraphs) {
    let open = -1;
    while (pi < positions.length && positions[pi] < p.start) pi++;
    for (; pi < positions.length && positions[pi] < p.end; pi++) {
      let i = positions[pi];
      const ch = text[i];
      if (ch === "'" && text[i + 1] !== "'") continue;
      // wire copy's ``…'': two backquotes open
      const backquotes = ch === '`' && text[i + 1] === '`';
      if (ch === '`' && !backquotes) continue;
      if (backquotes) {
        if (open >= 0 && i > open + 2) out.push({ start: open, end: i, closed: false, paragraph: p.index });
        open = i;
        pi++;
        continue;
      }
      // an opening mark written where a closing one belongs ("review“ of"): after a word, before a space
      const closesHere = open >= 0 && i > p.start && /[\p{L}\p{N}.,!?]/u.test(text[i - 1]) && (i + 1 >= p.end || /[\s.,;:!?)]/.test(text[i + 1]));
      if (OPEN.has(ch) && closesHere) {
        out.push({ start: open, end: i + 1, closed: true, paragraph: p.index });
        open = -1;
      } else if (OPEN.has(ch)) {
        if (open >= 0 && i > open + 1) {
          // a second opening mark: the first quote ran on (unbalanced); end it before this one
          out.push({ start: open, end: i, closed: false, paragraph: p.index });
        }
        open = i;
      } else if (CLOSE.has(ch)) {
        if (open < 0 && (i === p.start || /[\s(\[]/.test(text[i - 1])) && LETTER.test(text[i + 1] ?? '')) {
          // a closing mark written where an opening one belongs ("”I was there,” she said"): nothing is
          // open and a word follows
          open = i;
        } else if (open >= 0) {
          out.push({ start: open, end: i + 1, closed: true, paragraph: p.index });
          open = -1;
        }
      } else if (ch === '"' || (ch === "'" && text[i + 1] === "'")) {
        let w = ch === '"' ? 1 : 2;
        if (open < 0) open = i;
        else {
          // a single quote closing inside the double one: ''… 'inner,''' — the pair is the last two
          if (w === 2 && text[i + 2] === "'") w = 3;
          out.push({ start: open, end: i + w, closed: true, paragraph: p.index });
          open = -1;
        }
        if (w >= 2) pi += w - 1; // the other apostrophes of the group
        i += w - 1;
      }
    }
    if (open >= 0 && p.end - open > 1) {
      // a closing mark left out before the speech tag: "“It will pass, said Smith, adding …" — the
      // quotation ends at the tag's comma
      SPEECH_TAG.lastIndex = 0;
      const tag = SPEECH_TAG.exec(text.slice(open, p.end));
      if (tag && tag.index > 20) out.push({ start: open, end: open + tag.index + 1, closed: true, paragraph: p.index });
      else out.push({ start: open, end: p.end, closed: false, paragraph: p.index });
    }
  }
  return out;
}

/** Index of the region containing `pos`, or -1 (binary search over sorted regions). */
export function regionAt(regions: QuoteRegion[], pos: number): number {
  let lo = 0;
  let hi = regions.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = regions[mid];
    if (pos < r.start) hi = mid - 1;
    else if (pos >= r.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** The region containing pos, else the first region starting after it (regions.length if none). */
export function regionFrom(regions: QuoteRegion[], pos: number): number {
  const at = regionAt(regions, pos);
  if (at >= 0) return at;
  let lo = 0;
  let hi = regions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (regions[mid].start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
