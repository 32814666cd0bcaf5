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
  | { byId: ObjectName }
  /** A DateRange built from this row's columns (null when either bound is). */
  | { dateRange: (r: Sql) => { start: Sql; end: Sql; precision: Sql } }
  /** An Evidence: the article and the segments of this row (null when there are none). */
  | { evidence: (r: Sql) => EvidenceSource }
  /**
   * A list of Evidence, one per row of the first alternative whose condition holds (`from` is a FROM
   * clause over the alias x, with its WHERE), in `order`; empty when none holds.
   */
  | { evidences: (r: Sql) => { when: Sql; from: Sql; order: Sql; source: EvidenceSource }[] }
  /** Query.timeline: its own items and order (compile.ts). */
  | { timeline: true };

/**
 * Where an Evidence's parts are: its article id, and a query of its segments (columns ord, s, e, txt)
 * that yields no row when there is no evidence.
 */
export interface EvidenceSource {
  articleId: Sql;
  segments: Sql;
}

export interface ObjectShape {
  /** Null for an object read from a row its parent builds (a timeline item). */
  table: Table | null;
  interfaces: string[];
  fields: Record<string, FieldShape>;
}

const col = (name: string) => (r: Sql) => Prisma.sql`${r}."${Prisma.raw(name)}"`;
const globalId = (type: NodeType) => (r: Sql) => Prisma.sql`${Prisma.raw(`'${type}:'`)} || ${r}.id`;
const enumText = (name: string) => (r: Sql) => Prisma.sql`${r}."${Prisma.raw(name)}"::text`;
/** graphql-scalars' DateTimeISO: Date.toISOString() of a timestamp stored in UTC. */
const isoTimestamp = (name: string) => (r: Sql) => Prisma.sql`to_char(${r}."${Prisma.raw(name)}", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/** One segment at `start`–`end` whose text is `txt` (null bounds: no evidence). */
const oneSegment = (articleId: Sql, start: Sql, end: Sql, txt: Sql): EvidenceSource => ({
  articleId,
  segments: Prisma.sql`SELECT 1 AS ord, ${start} AS s, ${end} AS e, ${txt} AS txt WHERE ${start} IS NOT NULL AND ${end} IS NOT NULL`,
});

/** StatementNode.from: each content segment, its text the statement text's part (" … " between parts). */
const statementContent = (r: Sql): EvidenceSource => ({
  articleId: Prisma.sql`${r}."articleId"`,
  segments: Prisma.sql`SELECT "__x".ord, ("__x".seg->>0)::int AS s, ("__x".seg->>1)::int AS e,
    CASE WHEN jsonb_array_length(${r}."contentSegments") = 1 THEN ${r}.text ELSE split_part(${r}.text, ' … ', "__x".ord::int) END AS txt
    FROM jsonb_array_elements(${r}."contentSegments") WITH ORDINALITY AS "__x"(seg, ord)`,
});

const mentionTrigger = (m: Sql): EvidenceSource =>
  oneSegment(Prisma.sql`${m}."articleId"`, Prisma.sql`${m}."triggerStart"`, Prisma.sql`${m}."triggerEnd"`, Prisma.sql`${m}.trigger`);

export type ObjectName = 'Actor' | 'Statement' | 'Article' | 'Mention' | 'Event' | 'TimelineItem';

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
      evidence: { evidence: statementContent },
      source: { evidence: (r) => oneSegment(Prisma.sql`${r}."articleId"`, col('sourceStart')(r), col('sourceEnd')(r), Prisma.sql`coalesce(${r}."sourceText", '')`) },
      cueEvidence: { evidence: (r) => oneSegment(Prisma.sql`${r}."articleId"`, col('cueStart')(r), col('cueEnd')(r), Prisma.sql`coalesce(${r}.cue, '')`) },
      // the publication day (precision DAY) when no time expression of its own dates it
      date: {
        dateRange: (r) => ({ start: col('dateStart')(r), end: col('dateEnd')(r), precision: Prisma.sql`CASE WHEN ${r}."timeExpressionId" IS NULL THEN 'DAY' END` }),
      },
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
  Event: {
    table: 'Event',
    interfaces: ['Node'],
    fields: {
      id: { scalar: globalId('Event') },
      type: { scalar: col('type') },
      date: { dateRange: (r) => ({ start: col('rangeStart')(r), end: col('rangeEnd')(r), precision: enumText('precision')(r) }) },
    },
  },
  /** A row of the timeline's page: k ('S'/'E'), id, ds, de, precision, and sid/eid (the id, by kind). */
  TimelineItem: {
    table: null,
    interfaces: [],
    fields: {
      kind: { scalar: (r) => Prisma.sql`CASE WHEN ${r}.k = 'S' THEN 'STATEMENT' ELSE 'EVENT' END` },
      date: { dateRange: (r) => ({ start: Prisma.sql`${r}.ds`, end: Prisma.sql`${r}.de`, precision: Prisma.sql`CASE WHEN ${r}.k = 'E' THEN ${r}.precision END` }) },
      statement: { one: 'Statement', fk: 'sid' },
      event: { one: 'Event', fk: 'eid' },
      // the statement's content, or every report of the event in id order
      evidence: {
        evidences: (r) => {
          const x = Prisma.raw('x');
          return [
            { when: Prisma.sql`${r}.k = 'S'`, from: Prisma.sql`"Statement" x WHERE x.id = ${r}.id`, order: Prisma.sql`x.id`, source: statementContent(x) },
            { when: Prisma.sql`${r}.k = 'E'`, from: Prisma.sql`"EventMention" x WHERE x."eventId" = ${r}.id`, order: Prisma.sql`x.id`, source: mentionTrigger(x) },
          ];
        },
      },
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
  timeline: { timeline: true },
};
