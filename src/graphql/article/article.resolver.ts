import { Arg, Args, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, ObjectType, Query, Resolver, Root, Info } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { Actor, Event, Mention, TimeExpression } from '../../generated/prisma/client';
import { ingestArticle } from '../../ingest';
import { childConnection, NO_FILTER, rootConnection } from '../common/connections';
import { StatementKind } from '../common/enums';
import { Evidence } from '../common/evidence';
import { rowId } from '../common/ids';
import { PageArgs } from '../common/pagination';
import type { Context } from '../context';
import { notFound, unauthenticated } from '../errors';
import { ArticleFilter, statementKindFilter } from '../filters';
import {
  ActorConnection,
  ActorNode,
  ArticleConnection,
  ArticleNode,
  EventConnection,
  EventNode,
  MentionConnection,
  MentionNode,
  StatementConnection,
  StatementNode,
  TimeExpressionNode,
  type StatementRow,
} from '../types';

@InputType({ description: 'An article to ingest. Offsets in the results refer to the text after NFC normalisation and \\n line ends.' })
export class IngestArticleInput {
  @Field({ description: 'Plain UTF-8 text, at most 2,000,000 characters.' })
  text!: string;

  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => String, { nullable: true, description: 'Publisher or outlet.' })
  source?: string | null;

  @Field(() => String, { nullable: true })
  url?: string | null;

  @Field(() => String, { nullable: true, description: 'ISO 8601 date or date-time; relative dates in the text resolve against it.' })
  publishedAt?: string | null;
}

@ObjectType({ simpleResolvers: true })
export class IngestResult {
  @Field(() => ArticleNode)
  article!: ArticleNode;

  @Field({ description: 'False when the same text was already stored (nothing was written).' })
  created!: boolean;

  @Field(() => Int)
  statementCount!: number;

  @Field(() => Int)
  eventCount!: number;
}

export async function loadArticle(ctx: Context, id: number): Promise<ArticleNode | null> {
  const row = await ctx.loaders.article.load(id);
  return row ? ArticleNode.from(row) : null;
}

@Resolver(() => ArticleNode)
export class ArticleResolver {
  @Query(() => ArticleConnection, { description: 'Articles in the order they were ingested.' })
  articles(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => ArticleFilter, { nullable: true }) filter: ArticleFilter | null,
    @Info() info: GraphQLResolveInfo,
    @Ctx() ctx: Context,
  ): Promise<ArticleConnection> {
    return rootConnection(ctx, info, ArticleConnection, 'Article', ArticleFilter.toFilter(filter), page, ArticleNode.from);
  }

  @Query(() => ArticleNode, { nullable: true })
  async article(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<ArticleNode> {
    const found = await loadArticle(ctx, rowId(id, 'Article'));
    if (!found) throw notFound('Article', id);
    return found;
  }

  @FieldResolver(() => String, { description: 'The full text; every offset in the API refers to it.' })
  async text(@Root() article: ArticleNode, @Ctx() ctx: Context): Promise<string> {
    return article.text ?? (await ctx.loaders.articleText.load(article.rowId))!.text;
  }

  @FieldResolver(() => StatementConnection)
  statements(
    @Root() article: ArticleNode,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('kind', () => StatementKind, { nullable: true }) kind: StatementKind | null,
    @Info() info: GraphQLResolveInfo,
    @Ctx() ctx: Context,
  ): Promise<StatementConnection> {
    return childConnection(ctx, info, StatementConnection, 'articleStatements', article.rowId, statementKindFilter(kind), page, (r: StatementRow) => StatementNode.from(r));
  }

  @FieldResolver(() => ActorConnection, { description: 'Actors the article mentions.' })
  actors(@Root() article: ArticleNode, @Args(() => PageArgs) page: PageArgs, @Info() info: GraphQLResolveInfo,
    @Ctx() ctx: Context): Promise<ActorConnection> {
    return childConnection(ctx, info, ActorConnection, 'articleActors', article.rowId, NO_FILTER, page, (r: Actor) => ActorNode.from(r));
  }

  @FieldResolver(() => MentionConnection)
  mentions(@Root() article: ArticleNode, @Args(() => PageArgs) page: PageArgs, @Info() info: GraphQLResolveInfo,
    @Ctx() ctx: Context): Promise<MentionConnection> {
    return childConnection(ctx, info, MentionConnection, 'articleMentions', article.rowId, NO_FILTER, page, (r: Mention) => MentionNode.from(r));
  }

  @FieldResolver(() => EventConnection, { description: 'Events the article reports.' })
  events(@Root() article: ArticleNode, @Args(() => PageArgs) page: PageArgs, @Info() info: GraphQLResolveInfo,
    @Ctx() ctx: Context): Promise<EventConnection> {
    return childConnection(ctx, info, EventConnection, 'articleEvents', article.rowId, NO_FILTER, page, (r: Event) => EventNode.from(r));
  }

  @FieldResolver(() => [TimeExpressionNode], { description: 'Every temporal expression in the article, in text order.' })
  async timeExpressions(@Root() article: ArticleNode, @Ctx() ctx: Context): Promise<TimeExpressionNode[]> {
    const rows = await ctx.loaders.timeExpressionsByArticle.load(article.rowId);
    return rows.map((r: TimeExpression) => TimeExpressionNode.from(r)).sort((a, b) => a.evidence.start - b.evidence.start);
  }

  @Mutation(() => IngestResult, { description: 'Extract and store one article (admin token required). The same text is stored once.' })
  async ingestArticle(@Arg('input', () => IngestArticleInput) input: IngestArticleInput, @Ctx() ctx: Context): Promise<IngestResult> {
    if (!ctx.auth.admin) throw unauthenticated('ingestArticle needs the admin token: send "Authorization: Bearer <NEWSGRAPH_ADMIN_TOKEN>"');
    const stored = await ingestArticle(ctx.db, input);
    if (stored.created) ctx.feed.publish(stored);
    const article = await loadArticle(ctx, stored.articleId);
    return Object.assign(new IngestResult(), {
      article: article!,
      created: stored.created,
      statementCount: stored.created ? stored.statementIds.length : await ctx.db.statement.count({ where: { articleId: stored.articleId } }),
      eventCount: stored.created ? stored.eventIds.length : await ctx.db.eventMention.count({ where: { articleId: stored.articleId } }),
    });
  }
}

@Resolver(() => Evidence)
export class EvidenceResolver {
  @FieldResolver(() => ArticleNode)
  async article(@Root() evidence: Evidence, @Ctx() ctx: Context): Promise<ArticleNode> {
    return (await loadArticle(ctx, evidence.articleRowId))!;
  }
}

