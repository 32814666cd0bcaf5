import DataLoader from 'dataloader';
import { Prisma } from '../generated/prisma/client';
import type { Actor, Event, EventMention, EventParticipant, Mention, TimeExpression } from '../generated/prisma/client';
import type { Db } from '../db/client';
import type { Page } from './common/pagination';
import { RELATIONS, type RelationName } from './data/relations';
import { childPagesQuery, COLUMNS, table, type Table } from './data/sql';
import type { ArticleRow, StatementRow } from './types';

export interface ChildPageKey {
  relation: RelationName;
  parent: number;
  page: Page;
  /** Extra conditions on the child rows, with a stable text form to group equal ones. */
  where: Prisma.Sql[];
  whereKey: string;
}

export interface ChildCountKey {
  relation: RelationName;
  parent: number;
  where: Prisma.Sql[];
  whereKey: string;
}

function groupBy<T>(items: readonly T[], key: (t: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const g = groups.get(k);
    if (g) g.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

function byId<T extends { id: number }>(db: Db, name: Table, columns: Prisma.Sql = COLUMNS[name]) {
  return new DataLoader<number, T | null>(async (ids) => {
    const rows = await db.$queryRaw<T[]>(Prisma.sql`SELECT ${columns} FROM ${table(name)} t WHERE t.id = ANY(${[...ids]}::int[])`);
    const map = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => map.get(id) ?? null);
  });
}

/** Rows of `name` whose `fk` is one of the keys, all at once. */
function byForeignKey<T>(db: Db, name: Table, fk: string) {
  return new DataLoader<number, T[]>(async (ids) => {
    const rows = await db.$queryRaw<(T & { __fk: number })[]>(
      Prisma.sql`SELECT ${COLUMNS[name]}, t."${Prisma.raw(fk)}" AS "__fk" FROM ${table(name)} t WHERE t."${Prisma.raw(fk)}" = ANY(${[...ids]}::int[]) ORDER BY t.id`,
    );
    const groups = new Map<number, T[]>();
    for (const r of rows) {
      const list = groups.get(r.__fk) ?? [];
      list.push(r);
      groups.set(r.__fk, list);
    }
    return ids.map((id) => groups.get(id) ?? []);
  });
}

/**
 * Everything a request loads, batched: each loader turns the keys asked for during one tick of
 * execution into one SQL statement, so a nested query costs the same number of statements whatever
 * the number of rows. Created per request so no data leaks between requests.
 */
export function createLoaders(db: Db) {
  const childPages = new DataLoader<ChildPageKey, unknown[], string>(
    async (keys) => {
      const results = new Map<ChildPageKey, unknown[]>();
      const groups = groupBy(keys, (k) => `${k.relation}|${k.page.first}|${k.page.afterId}|${k.whereKey}`);
      await Promise.all(
        [...groups.values()].map(async (group) => {
          const { relation, page, where } = group[0];
          const rel = RELATIONS[relation];
          const parents = [...new Set(group.map((k) => k.parent))];
          const rows = await db.$queryRaw<{ __parent: number }[]>(childPagesQuery(rel.child, rel.belongs, where, parents, page));
          const byParent = new Map<number, unknown[]>();
          for (const r of rows) {
            const list = byParent.get(r.__parent) ?? [];
            list.push(r);
            byParent.set(r.__parent, list);
          }
          for (const k of group) results.set(k, byParent.get(k.parent) ?? []);
        }),
      );
      return keys.map((k) => results.get(k) ?? []);
    },
    { cacheKeyFn: (k) => `${k.relation}|${k.parent}|${k.page.first}|${k.page.afterId}|${k.whereKey}` },
  );

  const childCounts = new DataLoader<ChildCountKey, number, string>(
    async (keys) => {
      const results = new Map<ChildCountKey, number>();
      const groups = groupBy(keys, (k) => `${k.relation}|${k.whereKey}`);
      await Promise.all(
        [...groups.values()].map(async (group) => {
          const { relation, where } = group[0];
          const parents = [...new Set(group.map((k) => k.parent))];
          const rows = await db.$queryRaw<{ pid: number; count: number }[]>(RELATIONS[relation].counts(parents, where));
          const counts = new Map(rows.map((r) => [r.pid, r.count]));
          for (const k of group) results.set(k, counts.get(k.parent) ?? 0);
        }),
      );
      return keys.map((k) => results.get(k) ?? 0);
    },
    { cacheKeyFn: (k) => `${k.relation}|${k.parent}|${k.whereKey}` },
  );

  return {
    article: byId<ArticleRow>(db, 'Article'),
    // Article texts only when a query asks for one (see COLUMNS.Article).
    articleText: byId<{ id: number; text: string }>(db, 'Article', Prisma.sql`t.id, t.text`),
    actor: byId<Actor>(db, 'Actor'),
    mention: byId<Mention>(db, 'Mention'),
    statement: byId<StatementRow>(db, 'Statement'),
    timeExpression: byId<TimeExpression>(db, 'TimeExpression'),
    event: byId<Event>(db, 'Event'),
    eventMention: byId<EventMention>(db, 'EventMention'),
    timeExpressionsByArticle: byForeignKey<TimeExpression>(db, 'TimeExpression', 'articleId'),
    eventMentionsByEvent: byForeignKey<EventMention>(db, 'EventMention', 'eventId'),
    participantsByEvent: byForeignKey<EventParticipant>(db, 'EventParticipant', 'eventId'),
    participantsByEventMention: byForeignKey<EventParticipant>(db, 'EventParticipant', 'eventMentionId'),
    childPages,
    childCounts,
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
