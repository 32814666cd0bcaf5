import type { Document } from '../document';
import type { ActorFinding, EventFinding, StatementFinding, TimexFinding } from '../types';

export function findEvents(
  _doc: Document,
  _actors: ActorFinding[],
  _timexes: TimexFinding[],
  _statements: StatementFinding[],
): EventFinding[] {
  return [];
}
