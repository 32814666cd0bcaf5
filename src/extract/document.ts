import { ABBREVIATIONS, STATE_ABBREVIATIONS } from './lexicon/abbreviations';
import type { Span } from './types';

/** A word, number or punctuation mark with its offsets. */
export interface Token {
  text: string;
  start: number;
  end: number;
}

export interface Sentence {
  index: number;
  start: number;
  end: number;
  paragraph: number;
  /** Tokens of this sentence, in order. */
  tokens: Token[];
}

export interface Paragraph {
  index: number;
  start: number;
  end: number;
}

/** The text split once into paragraphs, sentences and tokens; every finder reads from this. */
export interface Document {
  text: string;
  paragraphs: Paragraph[];
  sentences: Sentence[];
}

const TOKEN_RE = /[\p{L}\p{N}]+(?:[.'’\-&][\p{L}\p{N}]+)*\.?|[“”"‘’'«»]|[^\s\p{L}\p{N}]/gu;

export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  TOKEN_RE.lastIndex = from;
  const slice = to === text.length ? text : text.slice(0, to);
  let m: RegExpExecArray | null;
  while ((m = TOKEN_RE.exec(slice)) !== null) {
    let word = m[0];
    let end = m.index + word.length;
    // Keep a trailing dot only on abbreviations and initials ("Gen.", "J."); otherwise it is punctuation.
    if (word.length > 1 && word.endsWith('.')) {
      const bare = word.slice(0, -1).toLowerCase();
      if (!ABBREVIATIONS.has(bare) && !/^\p{Lu}$/u.test(word.slice(0, -1)) && !bare.includes('.')) {
        word = word.slice(0, -1);
        end -= 1;
        TOKEN_RE.lastIndex = end;
      }
    }
    tokens.push({ text: word, start: m.index, end });
  }
  return tokens;
}

function paragraphsOf(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  const re = /[^\n]+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (m[0].trim() === '') continue;
    paragraphs.push({ index: paragraphs.length, start: m.index, end: m.index + m[0].length });
  }
  return paragraphs;
}

const CLOSERS = new Set(['"', '”', '’', "'", ')', ']', '»']);

/** Function words that open a sentence (after "U.S." they mean the sentence ended there). */
const SENTENCE_OPENERS = new Set(['the', 'a', 'an', 'he', 'she', 'they', 'it', 'we', 'i', 'you', 'this', 'that',
  'these', 'those', 'there', 'but', 'and', 'or', 'so', 'as', 'while', 'when', 'if', 'in', 'on', 'at', 'for', 'with',
  'after', 'before', 'since', 'although', 'though', 'however', 'meanwhile', 'initially', 'still', 'yet', 'his', 'her',
  'their', 'its', 'our', 'my', 'what', 'who', 'how', 'why', 'where', 'many', 'some', 'most', 'one', 'no', 'not',
  'both', 'all', 'even', 'now', 'then', 'also', 'instead', 'today', 'yesterday', 'last', 'next', 'by', 'from', 'to',
  'of', 'about', 'because', 'unless', 'until', 'during', 'under', 'over', 'according', 'asked', 'still', 'such',
  'other', 'others', 'more', 'each', 'every', 'any', 'few', 'several', 'nor', 'indeed', 'thus', 'perhaps', 'here',
  'if', 'once', 'only', 'whether', 'despite', 'like', 'unlike', 'among', 'between', 'without', 'those', 'that’s',
  "that's", 'it’s', "it's", 'he’s', "he's", 'she’s', "she's", 'we’re', "we're", 'they’re', "they're", 'i’m', "i'm"]);

/** True when the full stop at `i` belongs to an abbreviation, an initial or a number. */
function isNonFinalDot(text: string, i: number): boolean {
  let s = i;
  while (s > 0 && i - s < 30 && /[\p{L}\p{N}.]/u.test(text[s - 1])) s--;
  const word = text.slice(s, i);
  if (word === '') return false;
  const lower = word.toLowerCase();
  if (ABBREVIATIONS.has(lower)) {
    // "U.S." and similar end sentences when a capitalised non-name word follows; keep it simple: a
    // following lower-case word or digit means the sentence goes on.
    const next = text.slice(i + 1, i + 40).match(/^\s*(\S)/);
    if (!next) return false;
    // "No. 2" and "Nos. 3-4" number things; "said no. But …" ends a sentence
    if (lower === 'no' || lower === 'nos') return /\d/.test(next[1]);
    if (lower.includes('.')) {
      // "U.S." before a capitalised name or title goes on ("U.S. Attorney Jo Roe", "U.S. Senate"); a new
      // sentence after it opens with a function word ("… in the U.S. The …", "… the U.S. He said")
      if (!/[\p{Lu}“"]/u.test(next[1])) return true;
      const w = text.slice(i + 1, i + 40).match(/^\s*(\p{Lu}[\p{L}'’]*)/u);
      return !!w && !SENTENCE_OPENERS.has(w[1].toLowerCase());
    }
    if (['etc', 'inc', 'corp', 'co', 'ltd', 'jr', 'sr', 'bros'].includes(lower)) {
      return !/[\p{Lu}“"]/u.test(next[1]);
    }
    // a place ends a sentence as "U.S." does: "… of Southport, Conn. The company said …"
    if (STATE_ABBREVIATIONS.has(lower)) {
      const w = text.slice(i + 1, i + 40).match(/^\s*(\p{Lu}[\p{L}'’]*)/u);
      return !w || !SENTENCE_OPENERS.has(w[1].toLowerCase());
    }
    return true;
  }
  if (/^\p{Lu}$/u.test(word)) return true; // an initial: "John F. Kennedy"
  if (/^\d+$/.test(word) && /^\d/.test(text[i + 1] ?? '')) return true; // 3.5
  return false;
}

function sentenceBoundaries(text: string, p: Paragraph): Span[] {
  const spans: Span[] = [];
  let start = p.start;
  // search inside the paragraph only: a paragraph without a full stop must not scan the rest of the text
  const para = text.slice(p.start, p.end);
  const re = /[.!?…]+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(para)) !== null) {
    m.index += p.start;
    let end = m.index + m[0].length;
    if (m[0] === '.' && isNonFinalDot(text, m.index)) continue;
    while (end < p.end && CLOSERS.has(text[end])) end++;
    // A boundary needs white space and then something that can open a sentence.
    const after = text.slice(end, Math.min(p.end, end + 3));
    if (end < p.end && !/^\s+[\p{Lu}\p{N}“"‘'`(\[«—–-]/u.test(after)) continue;
    spans.push([start, end]);
    start = end;
  }
  if (start < p.end) spans.push([start, p.end]);
  return spans
    .map(([s, e]): Span => {
      while (s < e && /\s/.test(text[s])) s++;
      while (e > s && /\s/.test(text[e - 1])) e--;
      return [s, e];
    })
    .filter(([s, e]) => e > s);
}

/**
 * Quotation marks of other house styles and keyboards, each mapped to the mark the finders read, one
 * UTF-16 unit for one so that every offset still points into the caller's text: low-9 openers („ ‚,
 * German and Central European copy), reversed-9 openers (‟ ‛), the double prime and the full-width
 * straight mark that some sites type for " (″ ＂), CJK double primes (〝 〞 〟) and single guillemets (‹ ›).
 * A double prime after a digit is inches or seconds (5′10″), not a quotation mark.
 */
const MARK_STANDINS: Record<string, string> = { '„': '“', '‟': '“', '‚': '‘', '‛': '‘', '＂': '"', '〝': '“', '〞': '”', '〟': '”', '‹': '‘', '›': '’', '″': '"' };
const STANDIN_RE = /[„‟‚‛＂〝〞〟‹›″]/g;

function normalizeMarks(text: string): string {
  if (text.search(STANDIN_RE) < 0) return text;
  return text.replace(STANDIN_RE, (ch, at: number) => (ch === '″' && /\d/.test(text[at - 1] ?? '') ? ch : MARK_STANDINS[ch]));
}

export function buildDocument(original: string): Document {
  const text = normalizeMarks(original);
  const paragraphs = paragraphsOf(text);
  const sentences: Sentence[] = [];
  for (const p of paragraphs) {
    for (const [s, e] of sentenceBoundaries(text, p)) {
      sentences.push({ index: sentences.length, start: s, end: e, paragraph: p.index, tokens: tokenize(text, s, e) });
    }
  }
  return { text, paragraphs, sentences };
}

/** Index of the first token that ends after offset `pos` (`toks.length` when none does); binary search. */
export function tokenIndexAt(toks: readonly { end: number }[], pos: number): number {
  let lo = 0;
  let hi = toks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (toks[mid].end <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The span of a sorted, non-overlapping list that contains offset `pos`, or undefined (binary search). */
function spanAt<T extends { start: number; end: number }>(spans: readonly T[], pos: number): T | undefined {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const x = spans[mid];
    if (pos < x.start) hi = mid - 1;
    else if (pos >= x.end) lo = mid + 1;
    else return x;
  }
  return undefined;
}

/** The paragraph containing `pos`, or undefined. */
export function paragraphAt(doc: Document, pos: number): Paragraph | undefined {
  return spanAt(doc.paragraphs, pos);
}

/** The sentence that contains offset `pos`, or undefined. */
export function sentenceAt(doc: Document, pos: number): Sentence | undefined {
  return spanAt(doc.sentences, pos);
}
