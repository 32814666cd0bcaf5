import { Prisma } from '../../generated/prisma/client';
import type { Page } from '../common/pagination';

/** Column lists per table (never the tsvector columns, which the driver cannot decode). */
export const COLUMNS = {
  // Without the text: titles are asked for far more often, and a text can be megabytes.
  Article: Prisma.raw('t.id, t.title, t.source, t.url, t."publishedAt", t."contentHash", t."wordCount", t."ingestedAt"'),
  Actor: Prisma.raw('t.id, t.name, t."normalizedName", t.kind::text AS kind, t.title, t.affiliation, t.aliases, t."createdAt"'),
  Mention: Prisma.raw('t.id, t."articleId", t."actorId", t.start, t."end", t.text, t.kind::text AS kind'),
  Statement: Prisma.raw(
    't.id, t."articleId", t."speakerId", t."sourceMentionId", t.kind::text AS kind, t.text, t."contentStart", t."contentEnd", t."contentSegments", t.cue, t."cueStart", t."cueEnd", t."sourceText", t."sourceStart", t."sourceEnd", t."timeExpressionId", t."dateStart", t."dateEnd"',
  ),
  TimeExpression: Prisma.raw('t.id, t."articleId", t.text, t.start, t."end", t.type::text AS type, t.value, t."rangeStart", t."rangeEnd", t.precision::text AS precision'),
  Event: Prisma.raw('t.id, t.type, t."rangeStart", t."rangeEnd", t.precision::text AS precision, t."createdAt"'),
  EventMention: Prisma.raw('t.id, t."eventId", t."articleId", t.trigger, t."triggerStart", t."triggerEnd", t."timeExpressionId"'),
  EventParticipant: Prisma.raw('t.id, t."eventId", t."eventMentionId", t."actorId", t.role'),
} as const;

export type Table = keyof typeof COLUMNS;

export function table(name: Table): Prisma.Sql {
  return Prisma.raw(`"${name}"`);
}

/** AND-joins conditions; TRUE when there are none. */
export function and(conditions: Prisma.Sql[]): Prisma.Sql {
  return conditions.length ? Prisma.join(conditions, ' AND ') : Prisma.sql`TRUE`;
}

/** One page of a table: rows after the cursor in id order, plus one row to tell whether more follow. */
export function pageQuery(name: Table, where: Prisma.Sql[], page: Page): Prisma.Sql {
  return Prisma.sql`SELECT ${COLUMNS[name]} FROM ${table(name)} t
    WHERE ${and([...where, Prisma.sql`t.id > ${page.afterId}`])} ORDER BY t.id LIMIT ${page.first + 1}`;
}

export function countQuery(name: Table, where: Prisma.Sql[]): Prisma.Sql {
  return Prisma.sql`SELECT count(*)::int AS count FROM ${table(name)} t WHERE ${and(where)}`;
}

/**
 * Pages of children for many parents in one statement: for each parent id, the first rows after the
 * cursor whose `belongs` condition holds for p.pid. Each parent's page is an index scan.
 */
export function childPagesQuery(name: Table, belongs: (parent: Prisma.Sql) => Prisma.Sql, where: Prisma.Sql[], parentIds: number[], page: Page): Prisma.Sql {
  return Prisma.sql`SELECT p.pid AS "__parent", c.* FROM unnest(${parentIds}::int[]) AS p(pid)
    CROSS JOIN LATERAL (
      SELECT ${COLUMNS[name]} FROM ${table(name)} t
      WHERE ${and([belongs(Prisma.sql`p.pid`), ...where, Prisma.sql`t.id > ${page.afterId}`])}
      ORDER BY t.id LIMIT ${page.first + 1}
    ) c`;
}
