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
 * quote closed inside the double one. Single marks are apostrophes too often to be read as quotation
 * marks, except in a text with no double mark at all (findSingleQuotes).
 */
export function findQuotes(doc: Document): QuoteRegion[] {
  // British and some other house styles quote with single marks; a text with no double mark at all is read so
  if (!/[“”«»"]|''|``/.test(doc.text) && /[‘']/.test(doc.text)) return findSingleQuotes(doc);
  return findDoubleQuotes(doc);
}

/**
 * Single quotation marks as the primary ones (‘…’ or '…'). An opening mark stands at a word's start
 * before a letter; a closing one after a letter or a sentence mark, before a space, a mark or the
 * paragraph end — not after an "s" before a space, which is a plural possessive ("the teachers’ union").
 * Only quotes closed within their paragraph count: a lone mark is an apostrophe ("the ’90s", "rock ’n’ roll").
 */
function findSingleQuotes(doc: Document): QuoteRegion[] {
  const text = doc.text;
  const out: QuoteRegion[] = [];
  for (const p of doc.paragraphs) {
    let open = -1;
    for (let i = p.start; i < p.end; i++) {
      const ch = text[i];
      if (ch !== '‘' && ch !== '’' && ch !== "'") continue;
      const before = i > p.start ? text[i - 1] : ' ';
      const after = i + 1 < p.end ? text[i + 1] : ' ';
      const opens = /[\s(\[—–-]/.test(before) && /\p{L}/u.test(after) && ch !== '’';
      const closes = open >= 0 && i > open + 1 && /[\p{L}\p{N}.,!?]/u.test(before) && /[\s.,;:!?)\]—–-]/.test(after) && !(/s/i.test(before) && /\s/.test(after) && ch !== '‘');
      if (closes) {
        out.push({ start: open, end: i + 1, closed: true, paragraph: p.index });
        open = -1;
      } else if (opens && open < 0) {
        open = i;
      }
    }
  }
  return out;
}

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
        if (open >= 0) {
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
