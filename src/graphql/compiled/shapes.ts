import { Prisma } from '../../generated/prisma/client';
import { NO_FILTER, type Filter } from '../common/connections';
import type { RelationName } from '../data/relations';
import type { Table } from '../data/sql';
import { ActorFilter, ArticleFilter, StatementFilter, statementKindFilter } from '../filters';
import type { NodeType } from '../common/ids';

/**
 * What the SQL plans know of the schema: for each object type, the table behind it and, per field,
 * how to read it from a row (`r` is the row's alias). A field missing here is not plannable, and a
 * query that asks for it is executed by the resolvers instead; every value written here must equal
 * what the resolver of that field returns (tests/integration/sql-plans.test.ts compares the two).
 */
type Sql = Prisma.Sql;
type Args = Record<string, unknown>;

export type FieldShape =
  | { scalar: (r: Sql) => Sql }
  /** A single object through a foreign key of this row (null when the key is null). */
  | { one: ObjectName; fk: string }
  /** A Relay connection over the child table, below a parent (relation) or at the root. */
  | { many: ObjectName; relation?: RelationName; filter: (args: Args) => Filter }
  /** A root lookup by global id; a missing row is the resolvers' error to report. */
  | { byId: ObjectName };

export interface ObjectShape {
  table: Table;
  interfaces: string[];
  fields: Record<string, FieldShape>;
}

const col = (name: string) => (r: Sql) => Prisma.sql`${r}."${Prisma.raw(name)}"`;
const globalId = (type: NodeType) => (r: Sql) => Prisma.sql`${Prisma.raw(`'${type}:'`)} || ${r}.id`;
const enumText = (name: string) => (r: Sql) => Prisma.sql`${r}."${Prisma.raw(name)}"::text`;
/** graphql-scalars' DateTimeISO: Date.toISOString() of a timestamp stored in UTC. */
const isoTimestamp = (name: string) => (r: Sql) => Prisma.sql`to_char(${r}."${Prisma.raw(name)}", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

export type ObjectName = 'Actor' | 'Statement' | 'Article' | 'Mention';

export const OBJECTS: Record<ObjectName, ObjectShape> = {
  Actor: {
    table: 'Actor',
    interfaces: ['Node'],
    fields: {
      id: { scalar: globalId('Actor') },
      name: { scalar: col('name') },
      kind: { scalar: enumText('kind') },
      title: { scalar: col('title') },
      affiliation: { scalar: col('affiliation') },
      aliases: { scalar: (r) => Prisma.sql`to_json(${r}.aliases)` },
      statements: { many: 'Statement', relation: 'actorStatements', filter: (a) => StatementFilter.toFilter(a.filter as StatementFilter | null) },
      mentions: { many: 'Mention', relation: 'actorMentions', filter: () => NO_FILTER },
    },
  },
  Statement: {
    table: 'Statement',
    interfaces: ['Node'],
    fields: {
      id: { scalar: globalId('Statement') },
      kind: { scalar: enumText('kind') },
      text: { scalar: col('text') },
      cue: { scalar: col('cue') },
      article: { one: 'Article', fk: 'articleId' },
      speaker: { one: 'Actor', fk: 'speakerId' },
      sourceMention: { one: 'Mention', fk: 'sourceMentionId' },
    },
  },
  Article: {
    table: 'Article',
    interfaces: ['Node'],
    fields: {
      id: { scalar: globalId('Article') },
      title: { scalar: col('title') },
      source: { scalar: col('source') },
      url: { scalar: col('url') },
      publishedAt: { scalar: isoTimestamp('publishedAt') },
      ingestedAt: { scalar: isoTimestamp('ingestedAt') },
      wordCount: { scalar: col('wordCount') },
      text: { scalar: col('text') },
      statements: { many: 'Statement', relation: 'articleStatements', filter: (a) => statementKindFilter(a.kind as StatementFilter['kind']) },
      actors: { many: 'Actor', relation: 'articleActors', filter: () => NO_FILTER },
      mentions: { many: 'Mention', relation: 'articleMentions', filter: () => NO_FILTER },
    },
  },
  Mention: {
    table: 'Mention',
    interfaces: ['Node'],
    fields: {
      id: { scalar: globalId('Mention') },
      kind: { scalar: enumText('kind') },
      text: { scalar: col('text') },
      actor: { one: 'Actor', fk: 'actorId' },
    },
  },
};

/** The plannable root fields of Query. */
export const ROOT: Record<string, FieldShape> = {
  actors: { many: 'Actor', filter: (a) => ActorFilter.toFilter(a.filter as ActorFilter | null) },
  statements: { many: 'Statement', filter: (a) => StatementFilter.toFilter(a.filter as StatementFilter | null) },
  articles: { many: 'Article', filter: (a) => ArticleFilter.toFilter(a.filter as ArticleFilter | null) },
  statement: { byId: 'Statement' },
  article: { byId: 'Article' },
};
