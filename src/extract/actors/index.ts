import type { Document } from '../document';
import type { ActorFinding } from '../types';

export function findActors(_doc: Document): ActorFinding[] {
  return [];
}
