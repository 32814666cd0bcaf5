import { InputError } from '../../ingest/errors';

/** Global object ids ("Actor:12"): readable in a playground, unique across types for node(id). */
export type NodeType = 'Article' | 'Actor' | 'Mention' | 'Statement' | 'Event' | 'EventMention' | 'TimeExpression';

export function toGlobalId(type: NodeType, id: number): string {
  return `${type}:${id}`;
}

export function parseGlobalId(value: string): { type: string; id: number } | null {
  const m = /^([A-Za-z]+):(\d{1,10})$/.exec(value.trim());
  if (!m) return null;
  const id = Number(m[2]);
  return id > 0 && id <= 2_147_483_647 ? { type: m[1], id } : null;
}

/** The row id of an id argument of a known type; a bare number is accepted too. */
export function rowId(value: string, type: NodeType, argument = 'id'): number {
  const trimmed = value.trim();
  if (/^\d{1,10}$/.test(trimmed) && Number(trimmed) > 0 && Number(trimmed) <= 2_147_483_647) return Number(trimmed);
  const parsed = parseGlobalId(trimmed);
  if (!parsed || parsed.type !== type) {
    throw new InputError('INVALID_ARGUMENT', `${argument} "${value}" is not a ${type} id (expected "${type}:<number>")`);
  }
  return parsed.id;
}
