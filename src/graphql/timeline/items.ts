import { Prisma } from '../../generated/prisma/client';
import { InputError } from '../../ingest/errors';
import { rowId } from '../common/ids';
import { parsePage } from '../common/pagination';
import { and } from '../data/sql';

/**
 * The rows of a timeline — statements and events, each (k, id, ds, de, precision) — as SQL, shared by
 * the resolver and the SQL plan so that both list exactly the same items in the same order.
 */
export interface TimelineArgs {
  actor: string | null;
  article: string | null;
  from: string | null;
  to: string | null;
  types: string[] | null;
  first?: number | null;
  after?: string | null;
}

export interface TimelineQuery {
  actorId: number | null;
  articleId: number | null;
  first: number;
  /** Whether the page starts after a cursor (so a previous page exists). */
  after: boolean;
  /** Every item of the timeline: k ('S' or 'E'), id, ds, de, precision. */
  items: Prisma.Sql;
  /** Items after the cursor (TRUE without one); reads the columns of `items`. */
  position: Prisma.Sql;
}

/** Date order: partial dates by the start of their range, undated items last; ties by kind and id. */
export const TIMELINE_ORDER = Prisma.raw(`coalesce(ds, 'infinity'::date), k, id`);

const UNDATED = 'infinity';

/** The cursor text of an item, base64url-encoded by the caller: t:<day or infinity>:<k>:<id>. */
export function cursorText(ds: string | null, k: string, id: number): string {
  return `t:${ds ?? UNDATED}:${k}:${id}`;
}

function decode(cursor: string): { ds: string; k: string; id: number } {
  const m = /^t:(\d{4}-\d{2}-\d{2}|infinity):([ES]):(\d{1,10})$/.exec(Buffer.from(cursor, 'base64url').toString());
  if (!m) throw new InputError('INVALID_ARGUMENT', `after "${cursor}" is not a timeline cursor`);
  return { ds: m[1], k: m[2], id: Number(m[3]) };
}

/** The items of a timeline, or an InputError for arguments the API rejects (missing actors aside). */
export function timelineQuery(args: TimelineArgs): TimelineQuery {
  const { actor, article, from, to, types } = args;
  if (!actor && !article) throw new InputError('INVALID_ARGUMENT', 'timeline needs an actor, an article, or both');
  const actorId = actor ? rowId(actor, 'Actor', 'actor') : null;
  const articleId = article ? rowId(article, 'Article', 'article') : null;
  if (from && to && from > to) throw new InputError('INVALID_ARGUMENT', `from (${from}) is after to (${to})`);
  const { first } = parsePage({ first: args.first });
  const after = args.after ? decode(args.after) : null;
  const wantStatements = !types || types.includes('STATEMENT');
  const eventTypes = types?.filter((t) => t !== 'STATEMENT') ?? null;
  const dateWhere = (s: string, e: string): Prisma.Sql[] => [
    ...(from ? [Prisma.sql`${Prisma.raw(e)} > ${new Date(`${from}T00:00:00Z`)}`] : []),
    ...(to ? [Prisma.sql`${Prisma.raw(s)} <= ${new Date(`${to}T00:00:00Z`)}`] : []),
  ];
  const items = Prisma.sql`
      SELECT 'S' AS k, s.id, s."dateStart" AS ds, s."dateEnd" AS de, NULL::text AS precision FROM "Statement" s
      WHERE ${and([
        ...(actorId !== null ? [Prisma.sql`s."speakerId" = ${actorId}`] : []),
        ...(articleId !== null ? [Prisma.sql`s."articleId" = ${articleId}`] : []),
        Prisma.sql`${wantStatements}`,
        ...dateWhere('s."dateStart"', 's."dateEnd"'),
      ])}
      UNION ALL
      SELECT 'E', e.id, e."rangeStart", e."rangeEnd", e.precision::text FROM "Event" e
      WHERE ${and([
        ...(actorId !== null ? [Prisma.sql`e.id IN (SELECT "eventId" FROM "EventParticipant" WHERE "actorId" = ${actorId})`] : []),
        ...(articleId !== null ? [Prisma.sql`e.id IN (SELECT "eventId" FROM "EventMention" WHERE "articleId" = ${articleId})`] : []),
        ...(eventTypes ? [Prisma.sql`e.type = ANY(${eventTypes}::text[])`] : []),
        ...dateWhere('e."rangeStart"', 'e."rangeEnd"'),
      ])}`;
  const position = after ? Prisma.sql`(coalesce(ds, 'infinity'::date), k, id) > (${after.ds}::date, ${after.k}, ${after.id})` : Prisma.sql`TRUE`;
  return { actorId, articleId, first, after: after !== null, items, position };
}
