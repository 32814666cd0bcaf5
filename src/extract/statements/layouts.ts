/**
 * Page layouts that name a quotation's speaker outside any sentence: a signature after the quote
 * ("“…” — Jane Roe"), a speaker line above it ("Jane Roe, 34, Tucson" then the quotation), or a name
 * and a colon in a list of voices ("Jane Roe, teacher: “…”"). Profiles, vox pops and pull quotes are
 * written so; no verb of saying appears, so the sentence rules never see a cue.
 *
 * Pure: text, paragraphs and quotation regions in, candidate spans out. The caller decides whether the
 * name is a speaker (an actor that is not a place) and whether the content is still free.
 */
import type { Paragraph } from '../document';
import type { Span } from '../types';
import { regionAt } from './quotes';
import type { QuoteRegion } from './quotes';
import { CUE_FORMS } from '../lexicon/reporting';

export interface LayoutQuote {
  content: Span;
  /** The dash or colon that links name and quotation; null for a speaker line, which has none. */
  cue: Span | null;
  /** The whole signature or speaker line ("Jane Roe, 34, Tucson"). */
  source: Span;
  /** Where the name itself is, for resolving the speaker. */
  name: Span;
  paragraph: number;
}

/** Hyphens and dashes, and the horizontal bar (―) that signs epigraphs and testimonials. */
const DASH = /^[-—–―]+$/;
/** The signature line of an embedded post: the author's name, the handle, the date. */
const TWEET_SIGNATURE = /^(\p{Lu}[^()\n]{0,60}?)\s*\(@\w{1,30}\)\s*(?:\p{Lu}\p{Ll}+\.? \d{1,2}, \d{4}|\d{1,2} \p{Lu}\p{Ll}+ \d{4})$/u;
/** A name: one to four capitalised words ("Jane Roe", "Sen. Jo Roe Jr.", "JANE ROE"). */
const NAME = String.raw`\p{Lu}[\p{L}.'’\-]*(?:\s+\p{Lu}[\p{L}.'’\-]*){0,3}`;
/** A signature's name and what follows it after a comma: ", a corn grower", ", Tucson, Ariz.". */
const SIGNATURE = new RegExp(String.raw`^(${NAME})(?:,[^\n“”"]{1,80})?$`, 'u');
/**
 * A speaker line: the name, then at most three short descriptors ("34", "retired nurse", "Tucson"), and
 * no full stop but an abbreviation's ("Ariz."): a line that ends a sentence is prose, not a label.
 */
const SPEAKER_LINE = new RegExp(String.raw`^(${NAME})((?:,\s*[^,\n“”":.!?]{1,30}?){1,3}|\s*\([^)\n“”"]{1,40}\))(?:(?<=\b\p{Lu}[\p{L}]{0,3})\.)?$`, 'u');
/**
 * A listed voice: an optional bullet, the name, one to three descriptors, a colon, an opening quotation
 * mark (double, or single in British style: ‘ or an apostrophe before a letter).
 * A descriptor holds at most 30 characters, or 40 when it is an indefinite description ("a retired firefighter
 * from Tulsa"); a clause before the colon ("…, delivered a blunt message to the board:") is no descriptor.
 * A parenthesis holds at least two descriptors ("(Denver, 61)"); a party tag alone ("(R-Utah)") is
 * the transcript form the sentence rules read.
 */
const LISTED = new RegExp(String.raw`^(\s*(?:[-•*—–―]\s*)?)(${NAME})((?:,\s*(?:(?:a|an)\s[^,\n“”":]{1,38}?|[^,\n“”":]{1,30}?)){1,3}|\s*\([^),\n“”"]{1,30},[^)\n“”"]{1,30}\))\s*(:)\s*(?=[“"‘«]|'\p{L})`, 'u');

function trimEnd(text: string, start: number, end: number, chars: RegExp): number {
  while (end > start && chars.test(text[end - 1])) end--;
  return end;
}

function trimStart(text: string, start: number, end: number): number {
  while (start < end && /\s/.test(text[start])) start++;
  return start;
}

/** The quotation that fills a paragraph from its first character, if one does. */
function wholeQuote(text: string, p: Paragraph, regions: QuoteRegion[]): Span | null {
  const s = trimStart(text, p.start, p.end);
  const ri = regionAt(regions, s);
  if (ri < 0 || regions[ri].start !== s) return null;
  const e = trimEnd(text, s, p.end, /\s/);
  // nothing but punctuation may follow the closing mark: a speech tag there names the speaker itself
  if (/[\p{L}\p{N}]/u.test(text.slice(regions[ri].end, e))) return null;
  return [s, e];
}

/** A quotation paragraph signed on its own next line: "“…”⏎- Jane Roe." (not a subhead "– Old hands –"). */
export function signatureLines(text: string, paragraphs: Paragraph[], regions: QuoteRegion[]): LayoutQuote[] {
  const out: LayoutQuote[] = [];
  for (let pi = 1; pi < paragraphs.length; pi++) {
    const p = paragraphs[pi - 1];
    const next = paragraphs[pi];
    if (next.end - next.start > 80) continue;
    const m = /^\s*([-—–―]+)\s*(\p{Lu}[^\n]*?)[.\s]*$/u.exec(text.slice(next.start, next.end));
    if (!m || /[“”"]/.test(m[2]) || /[-—–―]$/.test(m[2]) || m[2].split(/\s+/).length > 6) continue;
    const ri = regionAt(regions, p.start);
    if (ri < 0 || regions[ri].start !== p.start) continue;
    const dash = next.start + text.slice(next.start, next.end).indexOf(m[1]);
    const src = next.start + m.index + m[0].indexOf(m[2]);
    out.push({ content: [p.start, trimEnd(text, p.start, p.end, /\s/)], cue: [dash, dash + m[1].length], source: [src, src + m[2].length], name: [src, src + m[2].length], paragraph: p.index });
  }
  return out;
}

/**
 * An embedded post (a tweet as news sites render it) signed on its own next line with the author's
 * name, handle and date: "…⏎— Jane Roe (@janeroe) March 3, 2020". The post is the paragraph above,
 * quoted or not; a link to its picture is no part of it. The whole post is the author's statement.
 */
export function postSignatures(text: string, paragraphs: Paragraph[]): LayoutQuote[] {
  const out: LayoutQuote[] = [];
  for (let pi = 1; pi < paragraphs.length; pi++) {
    const p = paragraphs[pi - 1];
    const next = paragraphs[pi];
    if (next.end - next.start > 120) continue;
    const m = /^\s*([-—–―]+)\s*(\p{Lu}[^\n]*?)\s*$/u.exec(text.slice(next.start, next.end));
    const post = m ? TWEET_SIGNATURE.exec(m[2]) : null;
    if (!m || !post) continue;
    const s = trimStart(text, p.start, p.end);
    let e = trimEnd(text, s, p.end, /\s/);
    const link = /\s*(?:pic\.twitter\.com\/\S+|https?:\/\/\S+)\s*$/.exec(text.slice(s, e));
    if (link) e = trimEnd(text, s, s + link.index, /\s/);
    if (e <= s) continue;
    const dash = next.start + text.slice(next.start, next.end).indexOf(m[1]);
    const src = next.start + m.index + m[0].indexOf(m[2]);
    out.push({ content: [s, e], cue: [dash, dash + m[1].length], source: [src, src + post[1].length], name: [src, src + post[1].length], paragraph: p.index });
  }
  return out;
}

/** A quotation paragraph signed in parentheses after it: "“…” (Ana Ruiz, mayor)"; the caller checks it names a person. */
export function parenthesisedSignatures(text: string, paragraphs: Paragraph[], regions: QuoteRegion[]): LayoutQuote[] {
  const out: LayoutQuote[] = [];
  for (const p of paragraphs) {
    const s = trimStart(text, p.start, p.end);
    const ri = regionAt(regions, s);
    if (ri < 0 || regions[ri].start !== s || !regions[ri].closed) continue;
    const qEnd = regions[ri].end;
    const paren = /^\s*\(([^()\n]{2,80})\)[.\s]*$/u.exec(text.slice(qEnd, p.end));
    const sig = paren ? SIGNATURE.exec(paren[1]) : null;
    if (!paren || !sig || paren[1].split(/\s+/).length > 12) continue;
    const sigStart = qEnd + paren[0].indexOf('(') + 1;
    out.push({ content: [s, qEnd], cue: null, source: [sigStart, sigStart + paren[1].length], name: [sigStart, sigStart + sig[1].length], paragraph: p.index });
  }
  return out;
}

/** A quotation that opens its paragraph, signed after a dash on the same line: "“…” — Jane Roe, a corn grower". */
export function signedQuotes(text: string, paragraphs: Paragraph[], regions: QuoteRegion[]): LayoutQuote[] {
  const out: LayoutQuote[] = [];
  for (const p of paragraphs) {
    let s = trimStart(text, p.start, p.end);
    // an item of a list of quotations: "• “…” — Jane Roe"
    if (/^(?:[•*▪‣◦·]|[-–—]\s+[“"‘'«])/.test(text.slice(s, s + 3))) s = trimStart(text, s + 1, p.end);
    const ri = regionAt(regions, s);
    if (ri < 0 || regions[ri].start !== s || !regions[ri].closed) continue;
    const qEnd = regions[ri].end;
    const tail = text.slice(qEnd, p.end);
    const t = /^\s*([-—–―]{1,2})\s*/u.exec(tail);
    if (!t || !DASH.test(t[1])) continue;
    const sigStart = qEnd + t[0].length;
    const sigEnd = trimEnd(text, sigStart, p.end, /[\s.]/);
    const sig = SIGNATURE.exec(text.slice(sigStart, sigEnd));
    if (!sig || text.slice(sigStart, sigEnd).split(/\s+/).length > 12) continue;
    const dash = qEnd + tail.indexOf(t[1]);
    out.push({ content: [s, qEnd], cue: [dash, dash + t[1].length], source: [sigStart, sigEnd], name: [sigStart, sigStart + sig[1].length], paragraph: p.index });
  }
  return out;
}

/**
 * A short line naming a person ("Jane Roe, 34, Tucson"; "JANE ROE") above a paragraph that is one
 * quotation: that quotation, and any quotation paragraphs right after it, are the person's.
 */
export function speakerLines(text: string, paragraphs: Paragraph[], regions: QuoteRegion[]): LayoutQuote[] {
  const out: LayoutQuote[] = [];
  for (let pi = 0; pi + 1 < paragraphs.length; pi++) {
    const h = paragraphs[pi];
    const hs = trimStart(text, h.start, h.end);
    const he = trimEnd(text, hs, h.end, /\s/);
    if (he - hs > 80 || he <= hs) continue;
    const line = text.slice(hs, he);
    const m = SPEAKER_LINE.exec(line) ?? (/^\p{Lu}[\p{Lu}.'’\-]*(?:\s+\p{Lu}[\p{Lu}.'’\-]*){1,3}$/u.test(line) ? [line, line] : null);
    if (!m) continue;
    for (let k = pi + 1; k < paragraphs.length; k++) {
      const span = wholeQuote(text, paragraphs[k], regions);
      if (!span) break;
      out.push({ content: span, cue: null, source: [hs, he], name: [hs, hs + m[1].length], paragraph: paragraphs[k].index });
    }
  }
  return out;
}

/** A voice in a list: "Jane Roe, 34, Tucson: “…”", "- Jo Roe (teacher): “…”". */
export function listedVoices(text: string, paragraphs: Paragraph[]): LayoutQuote[] {
  const out: LayoutQuote[] = [];
  for (const p of paragraphs) {
    const m = LISTED.exec(text.slice(p.start, Math.min(p.end, p.start + 140)));
    if (!m) continue;
    // a finite verb of saying among the "descriptors" makes a clause: "Jo Roe, 38, told the Mail: ‘…’"
    if ((m[3].match(/\p{Ll}+/gu) ?? []).some((w) => CUE_FORMS.get(w)?.some((e) => e.verb.speech && (e.form === 'PAST' || e.form === 'S')))) continue;
    const nameStart = p.start + m[1].length;
    const nameEnd = nameStart + m[2].length;
    const colon = nameEnd + m[3].length + m[0].slice(m[1].length + m[2].length + m[3].length).indexOf(':');
    const contentStart = p.start + m[0].length;
    const contentEnd = trimEnd(text, contentStart, p.end, /\s/);
    if (contentEnd <= contentStart) continue;
    out.push({ content: [contentStart, contentEnd], cue: [colon, colon + 1], source: [nameStart, trimEnd(text, nameStart, nameEnd + m[3].length, /\s/)], name: [nameStart, nameEnd], paragraph: p.index });
  }
  return out;
}
