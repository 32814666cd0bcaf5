import { Arg, Args, Ctx, Field, FieldResolver, ID, Int, ObjectType, Query, registerEnumType, Resolver, Root } from 'type-graphql';
import { Prisma } from '../../generated/prisma/client';
import { InputError } from '../../ingest/errors';
import { and } from '../data/sql';
import { DateRange, dateRangeOf, isoDay, LocalDate } from '../common/date-range';
import { Evidence } from '../common/evidence';
import { rowId } from '../common/ids';
import { PageArgs, PageInfo, pageInfoOf, parsePage } from '../common/pagination';
import type { Context } from '../context';
import { notFound } from '../errors';
import { EventMentionNode, EventNode, StatementNode, type StatementRow } from '../types';
import type { Precision } from '../common/enums';

export enum TimelineItemKind {
  STATEMENT = 'STATEMENT',
  EVENT = 'EVENT',
}
registerEnumType(TimelineItemKind, { name: 'TimelineItemKind' });

@ObjectType({ simpleResolvers: true, description: 'A statement or an event on an actor’s timeline.' })
export class TimelineItem {
  rowId!: number;

  @Field(() => TimelineItemKind)
  kind!: TimelineItemKind;

  @Field(() => DateRange, { nullable: true, description: 'Null for undated items, which come last.' })
  date!: DateRange | null;
}

@ObjectType({ simpleResolvers: true })
class TimelineEdge {
  @Field()
  cursor!: string;

  @Field(() => TimelineItem)
  node!: TimelineItem;
}

@ObjectType({ simpleResolvers: true })
export class TimelineConnection {
  @Field(() => [TimelineEdge])
  edges!: TimelineEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int)
  totalCount!: number;
}

interface Row {
  k: 'E' | 'S';
  id: number;
  ds: Date | null;
  de: Date | null;
  precision: string | null;
}

const UNDATED = 'infinity';

function encode(r: Row): string {
  return Buffer.from(`t:${r.ds ? isoDay(r.ds) : UNDATED}:${r.k}:${r.id}`).toString('base64url');
}

function decode(cursor: string): { ds: string; k: string; id: number } {
  const m = /^t:(\d{4}-\d{2}-\d{2}|infinity):([ES]):(\d{1,10})$/.exec(Buffer.from(cursor, 'base64url').toString());
  if (!m) throw new InputError('INVALID_ARGUMENT', `after "${cursor}" is not a timeline cursor`);
  return { ds: m[1], k: m[2], id: Number(m[3]) };
}

@Resolver(() => TimelineItem)
export class TimelineResolver {
  @Query(() => TimelineConnection, {
    description:
      'What an actor said and took part in (or what an article reports; or both), in date order: partial dates by their range, undated items last.',
  })
  async timeline(
    @Arg('actor', () => ID, { nullable: true }) actor: string | null,
    @Arg('article', () => ID, { nullable: true }) article: string | null,
    @Arg('from', () => LocalDate, { nullable: true }) from: string | null,
    @Arg('to', () => LocalDate, { nullable: true }) to: string | null,
    @Arg('types', () => [String], { nullable: true, description: 'Event types to include, and/or "STATEMENT"; all when omitted.' }) types: string[] | null,
    @Args(() => PageArgs) args: PageArgs,
    @Ctx() ctx: Context,
  ): Promise<TimelineConnection> {
    if (!actor && !article) throw new InputError('INVALID_ARGUMENT', 'timeline needs an actor, an article, or both');
    const actorId = actor ? rowId(actor, 'Actor', 'actor') : null;
    const articleId = article ? rowId(article, 'Article', 'article') : null;
    if (actorId !== null && !(await ctx.loaders.actor.load(actorId))) throw notFound('Actor', actor!);
    if (articleId !== null && !(await ctx.loaders.article.load(articleId))) throw notFound('Article', article!);
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
    const [rows, [{ count }]] = await Promise.all([
      ctx.db.$queryRaw<Row[]>(Prisma.sql`SELECT * FROM (${items}) i WHERE ${position} ORDER BY coalesce(ds, 'infinity'::date), k, id LIMIT ${first + 1}`),
      ctx.db.$queryRaw<{ count: number }[]>(Prisma.sql`SELECT count(*)::int AS count FROM (${items}) i`),
    ]);
    const page = rows.slice(0, first);
    const edges = page.map((r) => ({
      cursor: encode(r),
      node: Object.assign(new TimelineItem(), {
        rowId: r.id,
        kind: r.k === 'S' ? TimelineItemKind.STATEMENT : TimelineItemKind.EVENT,
        date: dateRangeOf(r.ds, r.de, (r.k === 'S' ? null : r.precision) as Precision | null),
      }),
    }));
    return Object.assign(new TimelineConnection(), {
      edges,
      totalCount: count,
      pageInfo: pageInfoOf(edges, rows.length > first, after !== null),
    });
  }

  @FieldResolver(() => StatementNode, { nullable: true })
  async statement(@Root() item: TimelineItem, @Ctx() ctx: Context): Promise<StatementNode | null> {
    if (item.kind !== TimelineItemKind.STATEMENT) return null;
    const row = await ctx.loaders.statement.load(item.rowId);
    return row ? StatementNode.from(row as StatementRow) : null;
  }

  @FieldResolver(() => EventNode, { nullable: true })
  async event(@Root() item: TimelineItem, @Ctx() ctx: Context): Promise<EventNode | null> {
    if (item.kind !== TimelineItemKind.EVENT) return null;
    const row = await ctx.loaders.event.load(item.rowId);
    return row ? EventNode.from(row) : null;
  }

  @FieldResolver(() => [Evidence], { description: 'Where it is said: the statement content, or every report of the event.' })
  async evidence(@Root() item: TimelineItem, @Ctx() ctx: Context): Promise<Evidence[]> {
    if (item.kind === TimelineItemKind.STATEMENT) {
      const row = await ctx.loaders.statement.load(item.rowId);
      return row ? [StatementNode.from(row as StatementRow).evidence] : [];
    }
    return (await ctx.loaders.eventMentionsByEvent.load(item.rowId)).map((m) => EventMentionNode.from(m).evidence);
  }
}
