import type { Document } from '../document';
import type { TimexFinding } from '../types';

export function findTimexes(_doc: Document, _publishedAt: string | null): TimexFinding[] {
  return [];
}
