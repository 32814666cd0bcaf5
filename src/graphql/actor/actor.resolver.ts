import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root, Info } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { Actor, Event, Mention } from '../../generated/prisma/client';
import { InputError } from '../../ingest/errors';
import { normalizeName } from '../../ingest/actor-identity';
import { childConnection, NO_FILTER, rootConnection } from '../common/connections';
import { rowId } from '../common/ids';
import { PageArgs } from '../common/pagination';
import type { Context } from '../context';
import { notFound } from '../errors';
import { ActorFilter, EventFilter, StatementFilter } from '../filters';
import { ActorConnection, ActorNode, EventConnection, EventNode, MentionConnection, MentionNode, StatementConnection, StatementNode, type StatementRow } from '../types';

@Resolver(() => ActorNode)
export class ActorResolver {
  @Query(() => ActorConnection)
  actors(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => ActorFilter, { nullable: true }) filter: ActorFilter | null,
    @Info() info: GraphQLResolveInfo,
    @Ctx() ctx: Context,
  ): Promise<ActorConnection> {
    return rootConnection(ctx, info, ActorConnection, 'Actor', ActorFilter.toFilter(filter), page, ActorNode.from);
  }

  @Query(() => ActorNode, { nullable: true, description: 'One actor, by id or by exact name (case and accents ignored).' })
  async actor(
    @Arg('id', () => ID, { nullable: true }) id: string | null,
    @Arg('name', () => String, { nullable: true }) name: string | null,
    @Ctx() ctx: Context,
  ): Promise<ActorNode> {
    if ((id ? 1 : 0) + (name ? 1 : 0) !== 1) throw new InputError('INVALID_ARGUMENT', 'actor needs exactly one of id or name');
    let row: Actor | null;
    if (id) {
      row = await ctx.loaders.actor.load(rowId(id, 'Actor'));
    } else {
      // The same name can be a person and an organisation; prefer the one with most mentions.
      const rows = await ctx.db.actor.findMany({
        where: { normalizedName: normalizeName(name!) },
        orderBy: [{ mentions: { _count: 'desc' } }, { id: 'asc' }],
        take: 1,
      });
      row = rows[0] ?? null;
    }
    if (!row) throw notFound('Actor', id ?? name!);
    return ActorNode.from(row);
  }

  @FieldResolver(() => StatementConnection, { description: 'What this actor said, in ingestion order.' })
  statements(
    @Root() actor: ActorNode,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => StatementFilter, { nullable: true }) filter: StatementFilter | null,
    @Info() info: GraphQLResolveInfo,
    @Ctx() ctx: Context,
  ): Promise<StatementConnection> {
    return childConnection(ctx, info, StatementConnection, 'actorStatements', actor.rowId, StatementFilter.toFilter(filter), page, (r: StatementRow) =>
      StatementNode.from(r),
    );
  }

  @FieldResolver(() => EventConnection, { description: 'Events this actor takes part in.' })
  events(
    @Root() actor: ActorNode,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => EventFilter, { nullable: true }) filter: EventFilter | null,
    @Info() info: GraphQLResolveInfo,
    @Ctx() ctx: Context,
  ): Promise<EventConnection> {
    return childConnection(ctx, info, EventConnection, 'actorEvents', actor.rowId, EventFilter.toFilter(filter), page, (r: Event) => EventNode.from(r));
  }

  @FieldResolver(() => MentionConnection, { description: 'Every place an article refers to this actor.' })
  mentions(@Root() actor: ActorNode, @Args(() => PageArgs) page: PageArgs, @Info() info: GraphQLResolveInfo,
    @Ctx() ctx: Context): Promise<MentionConnection> {
    return childConnection(ctx, info, MentionConnection, 'actorMentions', actor.rowId, NO_FILTER, page, (r: Mention) => MentionNode.from(r));
  }
}

@Resolver(() => MentionNode)
export class MentionResolver {
  @FieldResolver(() => ActorNode)
  async actor(@Root() mention: MentionNode, @Ctx() ctx: Context): Promise<ActorNode> {
    return ActorNode.from((await ctx.loaders.actor.load(mention.actorRowId))!);
  }
}
