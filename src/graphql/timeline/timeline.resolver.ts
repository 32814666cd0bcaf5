import { Arg, Args, Ctx, Field, FieldResolver, ID, Int, ObjectType, Query, registerEnumType, Resolver, Root } from 'type-graphql';
import { Prisma } from '../../generated/prisma/client';
import { DateRange, dateRangeOf, isoDay, LocalDate } from '../common/date-range';
import { Evidence } from '../common/evidence';
import { PageArgs, PageInfo, pageInfoOf } from '../common/pagination';
import type { Context } from '../context';
import { notFound } from '../errors';
import { EventMentionNode, EventNode, StatementNode, type StatementRow } from '../types';
import type { Precision } from '../common/enums';
import { cursorText, TIMELINE_ORDER, timelineQuery } from './items';

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

const encode = (r: Row): string => Buffer.from(cursorText(r.ds ? isoDay(r.ds) : null, r.k, r.id)).toString('base64url');

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
    const { actorId, articleId, first, after, items, position } = timelineQuery({ actor, article, from, to, types, ...args });
    if (actorId !== null && !(await ctx.loaders.actor.load(actorId))) throw notFound('Actor', actor!);
    if (articleId !== null && !(await ctx.loaders.article.load(articleId))) throw notFound('Article', article!);
    const [rows, [{ count }]] = await Promise.all([
      ctx.db.$queryRaw<Row[]>(Prisma.sql`SELECT * FROM (${items}) i WHERE ${position} ORDER BY ${TIMELINE_ORDER} LIMIT ${first + 1}`),
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
      pageInfo: pageInfoOf(edges, rows.length > first, after),
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
