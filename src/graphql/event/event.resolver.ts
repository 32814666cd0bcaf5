import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root, Info } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { Event } from '../../generated/prisma/client';
import { rootConnection } from '../common/connections';
import { rowId } from '../common/ids';
import { PageArgs } from '../common/pagination';
import type { Context } from '../context';
import { notFound } from '../errors';
import { EventFilter } from '../filters';
import { loadArticle } from '../article/article.resolver';
import { ActorNode, ArticleNode, EventConnection, EventMentionNode, EventNode, EventParticipantNode, TimeExpressionNode } from '../types';

async function firstMention(ctx: Context, eventRowId: number) {
  const mentions = await ctx.loaders.eventMentionsByEvent.load(eventRowId);
  return mentions[0];
}

@Resolver(() => EventNode)
export class EventResolver {
  @Query(() => EventConnection)
  events(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => EventFilter, { nullable: true }) filter: EventFilter | null,
    @Info() info: GraphQLResolveInfo,
    @Ctx() ctx: Context,
  ): Promise<EventConnection> {
    return rootConnection(ctx, info, EventConnection, 'Event', EventFilter.toFilter(filter), page, (r: Event) => EventNode.from(r));
  }

  @Query(() => EventNode, { nullable: true })
  async event(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<EventNode> {
    const row = await ctx.loaders.event.load(rowId(id, 'Event'));
    if (!row) throw notFound('Event', id);
    return EventNode.from(row);
  }

  @FieldResolver(() => [EventParticipantNode], { description: 'Actors taking part, one entry per actor and role.' })
  async participants(@Root() e: EventNode, @Ctx() ctx: Context): Promise<EventParticipantNode[]> {
    const rows = await ctx.loaders.participantsByEvent.load(e.rowId);
    const seen = new Set<string>();
    return rows.filter((r) => !seen.has(`${r.actorId}:${r.role}`) && seen.add(`${r.actorId}:${r.role}`)).map(EventParticipantNode.from);
  }

  @FieldResolver(() => [EventMentionNode], { description: 'Every report of this event, with its evidence.' })
  async mentions(@Root() e: EventNode, @Ctx() ctx: Context): Promise<EventMentionNode[]> {
    return (await ctx.loaders.eventMentionsByEvent.load(e.rowId)).map(EventMentionNode.from);
  }

  @FieldResolver(() => String, { description: 'The trigger word of the first report.' })
  async trigger(@Root() e: EventNode, @Ctx() ctx: Context): Promise<string> {
    return (await firstMention(ctx, e.rowId))?.trigger ?? '';
  }

  @FieldResolver(() => ArticleNode, { description: 'The first article that reported it (see mentions for all).' })
  async article(@Root() e: EventNode, @Ctx() ctx: Context): Promise<ArticleNode> {
    return (await loadArticle(ctx, (await firstMention(ctx, e.rowId))!.articleId))!;
  }

  @FieldResolver(() => TimeExpressionNode, { nullable: true, description: 'The time expression of the earliest dated report.' })
  async time(@Root() e: EventNode, @Ctx() ctx: Context): Promise<TimeExpressionNode | null> {
    const mentions = await ctx.loaders.eventMentionsByEvent.load(e.rowId);
    const times = await Promise.all(mentions.filter((m) => m.timeExpressionId !== null).map((m) => ctx.loaders.timeExpression.load(m.timeExpressionId!)));
    const dated = times.filter((t) => t !== null).sort((a, b) => (a!.rangeStart?.getTime() ?? Infinity) - (b!.rangeStart?.getTime() ?? Infinity));
    return dated[0] ? TimeExpressionNode.from(dated[0]) : null;
  }
}

@Resolver(() => EventMentionNode)
export class EventMentionResolver {
  @FieldResolver(() => EventNode)
  async event(@Root() m: EventMentionNode, @Ctx() ctx: Context): Promise<EventNode> {
    return EventNode.from((await ctx.loaders.event.load(m.eventRowId))!);
  }

  @FieldResolver(() => TimeExpressionNode, { nullable: true, description: 'The time expression governing this report, or null (reported at publication).' })
  async time(@Root() m: EventMentionNode, @Ctx() ctx: Context): Promise<TimeExpressionNode | null> {
    if (m.timeRowId === null) return null;
    const row = await ctx.loaders.timeExpression.load(m.timeRowId);
    return row ? TimeExpressionNode.from(row) : null;
  }

  @FieldResolver(() => [EventParticipantNode])
  async participants(@Root() m: EventMentionNode, @Ctx() ctx: Context): Promise<EventParticipantNode[]> {
    return (await ctx.loaders.participantsByEventMention.load(m.rowId)).map(EventParticipantNode.from);
  }
}

@Resolver(() => EventParticipantNode)
export class EventParticipantResolver {
  @FieldResolver(() => ActorNode)
  async actor(@Root() p: EventParticipantNode, @Ctx() ctx: Context): Promise<ActorNode> {
    return ActorNode.from((await ctx.loaders.actor.load(p.actorRowId))!);
  }

  @FieldResolver(() => EventMentionNode, { description: 'The report that names this participant.' })
  async mention(@Root() p: EventParticipantNode, @Ctx() ctx: Context): Promise<EventMentionNode> {
    return EventMentionNode.from((await ctx.loaders.eventMention.load(p.mentionRowId))!);
  }
}
