import 'reflect-metadata';
import { buildSchemaSync } from 'type-graphql';
import type { GraphQLSchema } from 'graphql';
import { ActorResolver, MentionResolver } from './actor/actor.resolver';
import { ArticleResolver, EvidenceResolver } from './article/article.resolver';
import { EventMentionResolver, EventParticipantResolver, EventResolver } from './event/event.resolver';
import { NodeResolver } from './node/node.resolver';
import { StatementResolver } from './statement/statement.resolver';
import { TimelineResolver } from './timeline/timeline.resolver';
import { ActorNode, ArticleNode, EventMentionNode, EventNode, MentionNode, StatementNode, TimeExpressionNode } from './types';

let schema: GraphQLSchema | undefined;

export function buildNewsgraphSchema(): GraphQLSchema {
  schema ??= buildSchemaSync({
    resolvers: [
      ArticleResolver,
      EvidenceResolver,
      ActorResolver,
      MentionResolver,
      StatementResolver,
      EventResolver,
      EventMentionResolver,
      EventParticipantResolver,
      TimelineResolver,
      NodeResolver,
    ],
    orphanedTypes: [ArticleNode, ActorNode, MentionNode, StatementNode, EventNode, EventMentionNode, TimeExpressionNode],
    validate: false, // inputs are checked where they are used, with stable error codes
    emitSchemaFile: false,
  });
  return schema;
}
