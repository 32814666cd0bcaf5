import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root, Info } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { rootConnection } from '../common/connections';
import { rowId } from '../common/ids';
import { PageArgs } from '../common/pagination';
import type { Context } from '../context';
import { notFound } from '../errors';
import { StatementFilter } from '../filters';
import { loadArticle } from '../article/article.resolver';
import { ActorNode, ArticleNode, MentionNode, StatementConnection, StatementNode, TimeExpressionNode, type StatementRow } from '../types';

@Resolver(() => StatementNode)
export class StatementResolver {
  @Query(() => StatementConnection, { description: 'Statements matching every condition of the filter, in ingestion order.' })
  statements(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => StatementFilter, { nullable: true }) filter: StatementFilter | null,
    @Info() info: GraphQLResolveInfo,
    @Ctx() ctx: Context,
  ): Promise<StatementConnection> {
    return rootConnection(ctx, info, StatementConnection, 'Statement', StatementFilter.toFilter(filter), page, (r: StatementRow) => StatementNode.from(r));
  }

  @Query(() => StatementNode, { nullable: true })
  async statement(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<StatementNode> {
    const row = await ctx.loaders.statement.load(rowId(id, 'Statement'));
    if (!row) throw notFound('Statement', id);
    return StatementNode.from(row);
  }

  @FieldResolver(() => ActorNode, { nullable: true, description: 'Who said it, when the extractor could tell.' })
  async speaker(@Root() s: StatementNode, @Ctx() ctx: Context): Promise<ActorNode | null> {
    if (s.speakerRowId === null) return null;
    const row = await ctx.loaders.actor.load(s.speakerRowId);
    return row ? ActorNode.from(row) : null;
  }

  @FieldResolver(() => MentionNode, { nullable: true, description: 'The mention that names the speaker for this statement.' })
  async sourceMention(@Root() s: StatementNode, @Ctx() ctx: Context): Promise<MentionNode | null> {
    if (s.sourceMentionRowId === null) return null;
    const row = await ctx.loaders.mention.load(s.sourceMentionRowId);
    return row ? MentionNode.from(row) : null;
  }

  @FieldResolver(() => ArticleNode)
  async article(@Root() s: StatementNode, @Ctx() ctx: Context): Promise<ArticleNode> {
    return (await loadArticle(ctx, s.articleRowId))!;
  }

  @FieldResolver(() => TimeExpressionNode, { nullable: true, description: 'The time expression that dates the statement, e.g. "said last week".' })
  async time(@Root() s: StatementNode, @Ctx() ctx: Context): Promise<TimeExpressionNode | null> {
    if (s.timeRowId === null) return null;
    const row = await ctx.loaders.timeExpression.load(s.timeRowId);
    return row ? TimeExpressionNode.from(row) : null;
  }
}
