import { Arg, Args, Ctx, Field, Float, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { Prisma } from '../../generated/prisma/client';
import { InputError } from '../../ingest/errors';
import { plainQuotes } from '../../ingest/store';
import { and, COLUMNS } from '../data/sql';
import { PageArgs, PageInfo, pageInfoOf, parsePage } from '../common/pagination';
import type { Context } from '../context';
import { StatementFilter } from '../filters';
import { StatementNode, type StatementRow } from '../types';

@ObjectType({ simpleResolvers: true })
class StatementHit {
  @Field()
  cursor!: string;

  @Field(() => Float, { description: 'ts_rank_cd of the content against the query; higher is better.' })
  rank!: number;

  @Field(() => StatementNode)
  node!: StatementNode;
}

@ObjectType({ simpleResolvers: true })
class StatementSearchResult {
  @Field(() => [StatementHit])
  edges!: StatementHit[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int)
  totalCount!: number;
}

function encode(rank: number, id: number): string {
  return Buffer.from(`r:${rank}:${id}`).toString('base64url');
}

function decode(cursor: string): { rank: number; id: number } {
  const m = /^r:([0-9.e+-]+):(\d{1,10})$/.exec(Buffer.from(cursor, 'base64url').toString());
  if (!m || Number.isNaN(Number(m[1]))) throw new InputError('INVALID_ARGUMENT', `after "${cursor}" is not a search cursor`);
  return { rank: Number(m[1]), id: Number(m[2]) };
}

@Resolver()
export class SearchResolver {
  @Query(() => StatementSearchResult, {
    description: 'Full-text search over statement content, best matches first, combinable with every statement filter.',
  })
  async statementSearch(
    @Arg('query', () => String, { description: 'Web-search syntax: words, "a phrase", -excluded, or.' }) query: string,
    @Arg('filter', () => StatementFilter, { nullable: true }) filter: StatementFilter | null,
    @Args(() => PageArgs) args: PageArgs,
    @Ctx() ctx: Context,
  ): Promise<StatementSearchResult> {
    const { first } = parsePage({ first: args.first });
    const f = StatementFilter.toFilter({ ...(filter ?? {}), search: query } as StatementFilter);
    const after = args.after ? decode(args.after) : null;
    // Ranks are rounded so the cursor's text form compares equal to what the next page recomputes.
    const ranked = Prisma.sql`SELECT ${COLUMNS.Statement}, round(ts_rank_cd(t.search, websearch_to_tsquery('english', ${plainQuotes(query)}))::numeric, 6)::float8 AS rank
      FROM "Statement" t WHERE ${and(f.where)}`;
    const position = after ? Prisma.sql`(r.rank, -r.id) < (${after.rank}::float8, ${-after.id})` : Prisma.sql`TRUE`;
    const [rows, [{ count }]] = await Promise.all([
      ctx.db.$queryRaw<(StatementRow & { rank: number })[]>(Prisma.sql`SELECT * FROM (${ranked}) r WHERE ${position} ORDER BY r.rank DESC, r.id LIMIT ${first + 1}`),
      ctx.db.$queryRaw<{ count: number }[]>(Prisma.sql`SELECT count(*)::int AS count FROM "Statement" t WHERE ${and(f.where)}`),
    ]);
    const edges = rows.slice(0, first).map((r) => Object.assign(new StatementHit(), { cursor: encode(r.rank, r.id), rank: r.rank, node: StatementNode.from(r) }));
    return Object.assign(new StatementSearchResult(), {
      edges,
      totalCount: count,
      pageInfo: pageInfoOf(edges, rows.length > first, after !== null),
    });
  }
}
