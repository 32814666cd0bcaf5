import 'reflect-metadata';
import { buildSchemaSync } from 'type-graphql';
import type { GraphQLSchema } from 'graphql';
import { ActorResolver, MentionResolver } from './actor/actor.resolver';
import { ArticleResolver, EvidenceResolver } from './article/article.resolver';
import { EventMentionResolver, EventParticipantResolver, EventResolver } from './event/event.resolver';
import { NodeResolver } from './node/node.resolver';
import { StatementResolver } from './statement/statement.resolver';
import { TimelineResolver } from './timeline/timeline.resolver';
import { LiveResolver } from './live/live.resolver';
import { SearchResolver } from './search/search.resolver';
import { CoMentionResolver, StatsResolver } from './stats/stats.resolver';
import { ActorNode, ArticleNode, EventMentionNode, EventNode, MentionNode, StatementNode, TimeExpressionNode } from './types';

let schema: GraphQLSchema | undefined;

/**
 * type-graphql insists on a topic PubSub whenever a schema has subscriptions. Ours carry their own
 * `subscribe` (a per-server LiveFeed filtered in SQL), so no topic is ever published or subscribed.
 */
const noTopics = {
  publish: () => {
    throw new Error('newsgraph subscriptions do not use topics');
  },
  subscribe: () => {
    throw new Error('newsgraph subscriptions do not use topics');
  },
};

/**
 * Object types are declared with simpleResolvers: no field middleware or auth checker is used, so
 * plain properties resolve with graphql's default resolver instead of a per-field wrapper — a large
 * share of the CPU of a response with thousands of fields.
 */
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
      StatsResolver,
      CoMentionResolver,
      SearchResolver,
      LiveResolver,
    ],
    orphanedTypes: [ArticleNode, ActorNode, MentionNode, StatementNode, EventNode, EventMentionNode, TimeExpressionNode],
    pubSub: noTopics,
    validate: false, // inputs are checked where they are used, with stable error codes
    emitSchemaFile: false,
  });
  return schema;
}
