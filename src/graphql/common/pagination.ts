import { ArgsType, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { InputError } from '../../ingest/errors';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: `Page size, 1–${MAX_PAGE_SIZE} (default ${DEFAULT_PAGE_SIZE}).` })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the last edge of the previous page.' })
  after?: string | null;
}

/** Keyset position: every list is ordered by row id, so a cursor is the id it stopped at. */
export interface Page {
  first: number;
  afterId: number;
}

export function encodeCursor(id: number): string {
  return Buffer.from(`c:${id}`).toString('base64url');
}

export function parsePage(args: { first?: number | null; after?: string | null }): Page {
  const first = args.first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw new InputError('INVALID_ARGUMENT', `first must be between 1 and ${MAX_PAGE_SIZE}, got ${first}`);
  }
  let afterId = 0;
  if (args.after) {
    const m = /^c:(\d{1,10})$/.exec(Buffer.from(args.after, 'base64url').toString());
    if (!m) throw new InputError('INVALID_ARGUMENT', `after "${args.after}" is not a cursor returned by this API`);
    afterId = Number(m[1]);
  }
  return { first, afterId };
}

@ObjectType({ simpleResolvers: true })
export class PageInfo {
  @Field()
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;

  @Field()
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true })
  startCursor!: string | null;
}

/** PageInfo of a page of edges in list order. */
export function pageInfoOf(edges: { cursor: string }[], hasNextPage: boolean, hasPreviousPage: boolean): PageInfo {
  return { hasNextPage, hasPreviousPage, startCursor: edges[0]?.cursor ?? null, endCursor: edges.at(-1)?.cursor ?? null };
}

export interface ConnectionShape<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: PageInfo;
  totalCount(): Promise<number>;
}

/** A Relay connection type for `Node`; totalCount is computed only when asked for. */
export function Connection<T extends object>(Node: ClassType<T>, name: string) {
  @ObjectType(`${name}Edge`, { simpleResolvers: true })
  class Edge {
    @Field()
    cursor!: string;

    @Field(() => Node)
    node!: T;
  }

  // Each concrete connection extends this and inherits its fields; unreferenced, it is not emitted.
  @ObjectType(`${name}ConnectionBase`, { simpleResolvers: true })
  abstract class ConnectionType implements ConnectionShape<T> {
    @Field(() => [Edge])
    edges!: Edge[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    count!: () => Promise<number>;

    @Field(() => Int, { description: 'Number of items in the whole list, across all pages.' })
    totalCount(): Promise<number> {
      return this.count();
    }
  }
  return ConnectionType;
}

/** Builds a connection from up to first+1 rows (the extra one only says there is a next page). */
export function connectionOf<C extends ConnectionShape<T>, T extends { rowId: number }>(
  Type: ClassType<C>,
  rows: T[],
  page: Page,
  count: () => Promise<number>,
): C {
  const nodes = rows.slice(0, page.first);
  const c = new Type() as C & { count: () => Promise<number> };
  c.edges = nodes.map((node) => ({ cursor: encodeCursor(node.rowId), node }));
  c.pageInfo = pageInfoOf(c.edges, rows.length > page.first, page.afterId > 0);
  c.count = count;
  return c;
}
