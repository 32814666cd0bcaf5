import { Prisma } from '../../generated/prisma/client';
import type { Table } from './sql';

/**
 * The one-to-many and many-to-many lists that GraphQL nests, each as: the child table, how a child
 * belongs to the parent whose id is `parent` (for pages), and how to count children of many parents at once.
 */
export interface Relation {
  child: Table;
  belongs: (parent: Prisma.Sql) => Prisma.Sql;
  counts: (parentIds: number[], where: Prisma.Sql[]) => Prisma.Sql;
}

function direct(child: Table, fk: string): Relation {
  const col = Prisma.raw(`t."${fk}"`);
  return {
    child,
    belongs: (parent) => Prisma.sql`${col} = ${parent}`,
    counts: (ids, where) =>
      Prisma.sql`SELECT ${col} AS pid, count(*)::int AS count FROM "${Prisma.raw(child)}" t
        WHERE ${Prisma.join([Prisma.sql`${col} = ANY(${ids}::int[])`, ...where], ' AND ')} GROUP BY 1`,
  };
}

/** Children reached through a link table: link."parentFk" = parent, link."childFk" = child id. */
function through(child: Table, link: string, parentFk: string, childFk: string): Relation {
  const lp = Prisma.raw(`l."${parentFk}"`);
  const lc = Prisma.raw(`l."${childFk}"`);
  const linkTable = Prisma.raw(`"${link}"`);
  return {
    child,
    belongs: (parent) => Prisma.sql`t.id IN (SELECT ${lc} FROM ${linkTable} l WHERE ${lp} = ${parent})`,
    counts: (ids, where) =>
      Prisma.sql`SELECT ${lp} AS pid, count(DISTINCT t.id)::int AS count FROM ${linkTable} l
        JOIN "${Prisma.raw(child)}" t ON t.id = ${lc}
        WHERE ${Prisma.join([Prisma.sql`${lp} = ANY(${ids}::int[])`, ...where], ' AND ')} GROUP BY 1`,
  };
}

export const RELATIONS = {
  actorStatements: direct('Statement', 'speakerId'),
  actorMentions: direct('Mention', 'actorId'),
  actorEvents: through('Event', 'EventParticipant', 'actorId', 'eventId'),
  articleStatements: direct('Statement', 'articleId'),
  articleMentions: direct('Mention', 'articleId'),
  articleActors: through('Actor', 'Mention', 'articleId', 'actorId'),
  articleEvents: through('Event', 'EventMention', 'articleId', 'eventId'),
} satisfies Record<string, Relation>;

export type RelationName = keyof typeof RELATIONS;
