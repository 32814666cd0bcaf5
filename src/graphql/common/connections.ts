import type { GraphQLResolveInfo } from 'graphql';
import type { ClassType } from 'type-graphql';
import { Prisma } from '../../generated/prisma/client';
import type { Context } from '../context';
import type { RelationName } from '../data/relations';
import { countQuery, pageQuery, type Table } from '../data/sql';
import { connectionOf, parsePage, type ConnectionShape } from './pagination';

/** Extra conditions on a list, with a text key that tells equal condition sets apart for batching. */
export interface Filter {
  where: Prisma.Sql[];
  key: string;
}

export const NO_FILTER: Filter = { where: [], key: '' };

export function filterOf(where: Prisma.Sql[]): Filter {
  return { where, key: where.map((w) => `${w.sql}${JSON.stringify(w.values)}`).join('&') };
}

/** Whether the query selects totalCount on this connection (then it is fetched alongside the page). */
function asksForCount(info: GraphQLResolveInfo): boolean {
  return info.fieldNodes.some((n) => n.selectionSet?.selections.some((s) => s.kind === 'Field' && s.name.value === 'totalCount'));
}

/** A top-level list: one statement for the page, one more only if totalCount is asked for. */
export async function rootConnection<C extends ConnectionShape<N>, N extends { rowId: number }, R>(
  ctx: Context,
  info: GraphQLResolveInfo,
  Type: ClassType<C>,
  name: Table,
  filter: Filter,
  args: { first?: number | null; after?: string | null },
  toNode: (row: R) => N,
): Promise<C> {
  const page = parsePage(args);
  const count = async () => (await ctx.db.$queryRaw<{ count: number }[]>(countQuery(name, filter.where)))[0].count;
  const early = asksForCount(info) ? count() : null;
  early?.catch(() => undefined); // a failing page is the error to report; the count's is awaited later
  const rows = await ctx.db.$queryRaw<R[]>(pageQuery(name, filter.where, page));
  return connectionOf(Type, rows.map(toNode), page, () => early ?? count());
}

/** A list nested under a parent: batched with the same list under every other parent of the response. */
export async function childConnection<C extends ConnectionShape<N>, N extends { rowId: number }, R>(
  ctx: Context,
  info: GraphQLResolveInfo,
  Type: ClassType<C>,
  relation: RelationName,
  parent: number,
  filter: Filter,
  args: { first?: number | null; after?: string | null },
  toNode: (row: R) => N,
): Promise<C> {
  const page = parsePage(args);
  const count = () => ctx.loaders.childCounts.load({ relation, parent, where: filter.where, whereKey: filter.key });
  // Asked in the same tick as the pages, the counts go out in the same round of batched statements.
  const early = asksForCount(info) ? count() : null;
  early?.catch(() => undefined);
  const rows = (await ctx.loaders.childPages.load({ relation, parent, page, where: filter.where, whereKey: filter.key })) as R[];
  return connectionOf(Type, rows.map(toNode), page, () => early ?? count());
}
