/** What the content-extent tests (end ranker, learned start) share. */
import { buildDocument } from '../../src/extract/document';
import { findActors } from '../../src/extract/actors';
import { findStatements } from '../../src/extract/statements';
import type { ExtentContext, ExtentOptions } from '../../src/extract/statements/extent';
import type { Span } from '../../src/extract/types';

/** Cue and content of every statement as text, with these extent options. */
export function runExtent(text: string, extent: ExtentOptions = {}) {
  const doc = buildDocument(text);
  return findStatements(doc, findActors(doc), [], { extent }).map((s) => ({
    cue: s.cue ? text.slice(s.cue[0], s.cue[1]) : null,
    content: s.content.map((c) => text.slice(c[0], c[1])),
  }));
}

/** The span of the first occurrence of `part` in `text`. */
export function at(text: string, part: string): Span {
  const i = text.indexOf(part);
  if (i < 0) throw new Error(`no "${part}" in "${text}"`);
  return [i, i + part.length];
}

/** No lexicon, and quotation marks “…” read off the text itself. */
export const plainCtx = (text: string): ExtentContext => ({
  inQuote: (pos) => {
    const open = text.lastIndexOf('“', pos);
    return open >= 0 && text.indexOf('”', open) >= pos;
  },
  lexClass: () => undefined,
});
