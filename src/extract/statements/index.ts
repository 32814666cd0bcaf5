import type { Document } from '../document';
import type { ActorFinding, StatementFinding, TimexFinding } from '../types';

export function findStatements(_doc: Document, _actors: ActorFinding[], _timexes: TimexFinding[]): StatementFinding[] {
  return [];
}
