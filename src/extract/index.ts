import { buildDocument } from './document';
import { findActors } from './actors';
import { findStatements } from './statements';
import { findTimexes } from './time';
import { findEvents } from './events';
import type { ExtractOptions, Findings } from './types';

export * from './types';

/**
 * Text in, findings out: the ordered pipeline. Pure and synchronous; no I/O.
 * Times first (statements and events anchor to them), then actors, then who said what, then events.
 */
export function extract(text: string, options: ExtractOptions = {}): Findings {
  const doc = buildDocument(text);
  const publishedAt = options.publishedAt ? options.publishedAt.slice(0, 10) : null;
  const timexes = findTimexes(doc, publishedAt);
  const actors = findActors(doc);
  const statements = findStatements(doc, actors, timexes);
  const events = findEvents(doc, actors, timexes, statements);
  return { actors, statements, timexes, events };
}
