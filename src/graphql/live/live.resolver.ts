import { Arg, Ctx, Root, Subscription, Resolver } from 'type-graphql';
import type { Event } from '../../generated/prisma/client';
import { Prisma } from '../../generated/prisma/client';
import type { Db } from '../../db/client';
import { and, COLUMNS, table, type Table } from '../data/sql';
import type { Context } from '../context';
import { EventFilter, StatementFilter } from '../filters';
import type { LiveFeed } from '../live-feed';
import { EventNode, StatementNode, type StatementRow } from '../types';

/**
 * Rows of `name` among the ids an ingest just added that also pass the subscriber's filter,
 * streamed as each ingest commits.
 */
async function* added<R>(feed: LiveFeed, db: Db, name: Table, ids: (n: { statementIds: number[]; eventIds: number[] }) => number[], where: Prisma.Sql[]) {
  for await (const notice of feed.subscribe()) {
    const fresh = ids(notice);
    if (!fresh.length) continue;
    const rows = await db.$queryRaw<R[]>(
      Prisma.sql`SELECT ${COLUMNS[name]} FROM ${table(name)} t WHERE ${and([Prisma.sql`t.id = ANY(${fresh}::int[])`, ...where])} ORDER BY t.id`,
    );
    for (const row of rows) yield row;
  }
}

@Resolver()
export class LiveResolver {
  @Subscription(() => StatementNode, {
    description: 'Statements as articles are ingested, restricted by the same filter as Query.statements.',
    subscribe: ({ args, context }) => {
      const ctx = context as Context;
      return added<StatementRow>(ctx.feed, ctx.db, 'Statement', (n) => n.statementIds, StatementFilter.toFilter(args.filter as StatementFilter | null).where);
    },
  })
  statementAdded(
    @Root() row: StatementRow,
    @Arg('filter', () => StatementFilter, { nullable: true }) _filter: StatementFilter | null,
    @Ctx() _ctx: Context,
  ): StatementNode {
    return StatementNode.from(row);
  }

  @Subscription(() => EventNode, {
    description: 'Events as articles are ingested (a new report of a known event sends that event again).',
    subscribe: ({ args, context }) => {
      const ctx = context as Context;
      return added<Event>(ctx.feed, ctx.db, 'Event', (n) => n.eventIds, EventFilter.toFilter(args.filter as EventFilter | null).where);
    },
  })
  eventAdded(@Root() row: Event, @Arg('filter', () => EventFilter, { nullable: true }) _filter: EventFilter | null): EventNode {
    return EventNode.from(row);
  }
}
