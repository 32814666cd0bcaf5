import { Arg, Ctx, Field, FieldResolver, ID, Int, ObjectType, Query, registerEnumType, Resolver, Root } from 'type-graphql';
import { Prisma } from '../../generated/prisma/client';
import { InputError } from '../../ingest/errors';
import { and } from '../data/sql';
import { isoDay } from '../common/date-range';
import { rowId } from '../common/ids';
import { MAX_PAGE_SIZE } from '../common/pagination';
import type { Context } from '../context';
import { EventFilter, StatementFilter } from '../filters';
import { ActorNode } from '../types';

export enum StatGrouping {
  ACTOR = 'ACTOR',
  KIND = 'KIND',
  TYPE = 'TYPE',
  DAY = 'DAY',
  WEEK = 'WEEK',
  MONTH = 'MONTH',
  YEAR = 'YEAR',
}
registerEnumType(StatGrouping, {
  name: 'StatGrouping',
  description: 'ACTOR: per speaker (statements) or participant (events); KIND: statement kind; TYPE: event type; DAY…YEAR: calendar buckets of the date.',
});

@ObjectType({ simpleResolvers: true, description: 'One bucket of an aggregate: its key and how many items fall in it.' })
export class StatBucket {
  actorRowId!: number | null;

  @Field({ description: 'Actor id, kind, event type, or the first day of the calendar bucket (YYYY-MM-DD).' })
  key!: string;

  @Field(() => Int)
  count!: number;
}

@ObjectType({ simpleResolvers: true, description: 'How often a speaker’s statements mention another actor.' })
export class CoMention {
  actorRowId!: number;

  @Field(() => Int, { description: 'Statements of the speaker whose content mentions the actor.' })
  statements!: number;
}

const BUCKETS: Partial<Record<StatGrouping, string>> = { DAY: 'day', WEEK: 'week', MONTH: 'month', YEAR: 'year' };

function limit(first: number | null | undefined): number {
  const n = first ?? 20;
  if (!Number.isInteger(n) || n < 1 || n > 1000) throw new InputError('INVALID_ARGUMENT', `first must be between 1 and 1000, got ${n}`);
  return n;
}

async function buckets(ctx: Context, key: Prisma.Sql, from: Prisma.Sql, where: Prisma.Sql[], order: 'count' | 'key', n: number): Promise<StatBucket[]> {
  const rows = await ctx.db.$queryRaw<{ key: unknown; count: number }[]>(Prisma.sql`
    SELECT ${key} AS key, count(*)::int AS count FROM ${from} WHERE ${and(where)}
    GROUP BY 1 HAVING ${key} IS NOT NULL
    ORDER BY ${order === 'count' ? Prisma.sql`count(*) DESC, 1` : Prisma.sql`1`} LIMIT ${n}`);
  return rows.map((r) =>
    Object.assign(new StatBucket(), {
      actorRowId: typeof r.key === 'number' ? r.key : null,
      key: r.key instanceof Date ? isoDay(r.key) : typeof r.key === 'number' ? `Actor:${r.key}` : String(r.key),
      count: r.count,
    }),
  );
}

@Resolver(() => StatBucket)
export class StatsResolver {
  @Query(() => [StatBucket], {
    description: 'Statement counts per speaker, kind or calendar bucket, over the statements the filter selects. Calendar buckets come in date order; the others by count.',
  })
  statementStats(
    @Arg('groupBy', () => StatGrouping) groupBy: StatGrouping,
    @Arg('filter', () => StatementFilter, { nullable: true }) filter: StatementFilter | null,
    @Arg('first', () => Int, { nullable: true, description: 'Most buckets to return (default 20, at most 1000).' }) first: number | null,
    @Ctx() ctx: Context,
  ): Promise<StatBucket[]> {
    const f = StatementFilter.toFilter(filter);
    const from = Prisma.sql`"Statement" t`;
    const n = limit(first);
    if (groupBy === StatGrouping.ACTOR) return buckets(ctx, Prisma.sql`t."speakerId"`, from, f.where, 'count', n);
    if (groupBy === StatGrouping.KIND) return buckets(ctx, Prisma.sql`t.kind::text`, from, f.where, 'count', n);
    const unit = BUCKETS[groupBy];
    if (!unit) throw new InputError('INVALID_ARGUMENT', `statements cannot be grouped by ${groupBy}`);
    return buckets(ctx, Prisma.sql`date_trunc(${Prisma.raw(`'${unit}'`)}, t."dateStart")::date`, from, f.where, 'key', n);
  }

  @Query(() => [StatBucket], { description: 'Event counts per type, participant or calendar bucket.' })
  eventStats(
    @Arg('groupBy', () => StatGrouping) groupBy: StatGrouping,
    @Arg('filter', () => EventFilter, { nullable: true }) filter: EventFilter | null,
    @Arg('first', () => Int, { nullable: true }) first: number | null,
    @Ctx() ctx: Context,
  ): Promise<StatBucket[]> {
    const f = EventFilter.toFilter(filter);
    const n = limit(first);
    if (groupBy === StatGrouping.TYPE) return buckets(ctx, Prisma.sql`t.type`, Prisma.sql`"Event" t`, f.where, 'count', n);
    if (groupBy === StatGrouping.ACTOR) {
      return buckets(ctx, Prisma.sql`p."actorId"`, Prisma.sql`"Event" t JOIN (SELECT DISTINCT "eventId", "actorId" FROM "EventParticipant") p ON p."eventId" = t.id`, f.where, 'count', n);
    }
    const unit = BUCKETS[groupBy];
    if (!unit) throw new InputError('INVALID_ARGUMENT', `events cannot be grouped by ${groupBy}`);
    return buckets(ctx, Prisma.sql`date_trunc(${Prisma.raw(`'${unit}'`)}, t."rangeStart")::date`, Prisma.sql`"Event" t`, f.where, 'key', n);
  }

  @Query(() => [StatBucket], { description: 'Who speaks most: statement counts per speaker (statementStats grouped by ACTOR).' })
  topSpeakers(
    @Arg('filter', () => StatementFilter, { nullable: true }) filter: StatementFilter | null,
    @Arg('first', () => Int, { nullable: true }) first: number | null,
    @Ctx() ctx: Context,
  ): Promise<StatBucket[]> {
    return this.statementStats(StatGrouping.ACTOR, filter, first, ctx);
  }

  @Query(() => [CoMention], { description: 'Who talks about whom: the actors a speaker’s statements mention, most often first.' })
  async coMentions(
    @Arg('speaker', () => ID) speaker: string,
    @Arg('filter', () => StatementFilter, { nullable: true }) filter: StatementFilter | null,
    @Arg('first', () => Int, { nullable: true }) first: number | null,
    @Ctx() ctx: Context,
  ): Promise<CoMention[]> {
    const speakerId = rowId(speaker, 'Actor', 'speaker');
    const f = StatementFilter.toFilter(filter);
    const rows = await ctx.db.$queryRaw<{ actorId: number; statements: number }[]>(Prisma.sql`
      SELECT m."actorId", count(DISTINCT t.id)::int AS statements
      FROM "Statement" t JOIN "Mention" m ON m."articleId" = t."articleId" AND m.start >= t."contentStart" AND m."end" <= t."contentEnd"
      WHERE ${and([Prisma.sql`t."speakerId" = ${speakerId}`, Prisma.sql`m."actorId" <> ${speakerId}`, ...f.where])}
      GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT ${Math.min(limit(first), MAX_PAGE_SIZE)}`);
    return rows.map((r) => Object.assign(new CoMention(), { actorRowId: r.actorId, statements: r.statements }));
  }

  @FieldResolver(() => ActorNode, { nullable: true, description: 'The actor, when the bucket is one.' })
  async actor(@Root() bucket: StatBucket, @Ctx() ctx: Context): Promise<ActorNode | null> {
    if (bucket.actorRowId === null) return null;
    const row = await ctx.loaders.actor.load(bucket.actorRowId);
    return row ? ActorNode.from(row) : null;
  }
}

@Resolver(() => CoMention)
export class CoMentionResolver {
  @FieldResolver(() => ActorNode)
  async actor(@Root() c: CoMention, @Ctx() ctx: Context): Promise<ActorNode> {
    return ActorNode.from((await ctx.loaders.actor.load(c.actorRowId))!);
  }
}
