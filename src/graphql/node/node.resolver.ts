import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { parseGlobalId } from '../common/ids';
import { Node } from '../common/node';
import type { Context } from '../context';
import { InputError } from '../../ingest/errors';
import { notFound } from '../errors';
import { ActorNode, ArticleNode, EventMentionNode, EventNode, MentionNode, StatementNode, TimeExpressionNode } from '../types';

@Resolver()
export class NodeResolver {
  @Query(() => Node, { nullable: true, description: 'Any object by its global id.' })
  async node(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Node> {
    const parsed = parseGlobalId(id);
    if (!parsed) throw new InputError('INVALID_ARGUMENT', `"${id}" is not a global id ("Type:number")`);
    const l = ctx.loaders;
    let node: Node | null = null;
    switch (parsed.type) {
      case 'Article': { const r = await l.article.load(parsed.id); node = r && ArticleNode.from(r); break; }
      case 'Actor': { const r = await l.actor.load(parsed.id); node = r && ActorNode.from(r); break; }
      case 'Mention': { const r = await l.mention.load(parsed.id); node = r && MentionNode.from(r); break; }
      case 'Statement': { const r = await l.statement.load(parsed.id); node = r && StatementNode.from(r); break; }
      case 'Event': { const r = await l.event.load(parsed.id); node = r && EventNode.from(r); break; }
      case 'EventMention': { const r = await l.eventMention.load(parsed.id); node = r && EventMentionNode.from(r); break; }
      case 'TimeExpression': { const r = await l.timeExpression.load(parsed.id); node = r && TimeExpressionNode.from(r); break; }
      default: throw new InputError('INVALID_ARGUMENT', `"${parsed.type}" is not a type of this API`);
    }
    if (!node) throw notFound(parsed.type, id);
    return node;
  }
}
