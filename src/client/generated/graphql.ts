/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar.This scalar is serialized to a string in ISO 8601 format and parsed from a string in ISO 8601 format. */
  DateTimeISO: { input: string; output: string; }
  /** A local date string (i.e., with no associated timezone) in `YYYY-MM-DD` format, e.g. `2020-01-01`. */
  LocalDate: { input: string; output: string; }
};

/** A person, organisation, country or group; one actor across all articles. */
export type Actor = Node & {
  __typename?: 'Actor';
  /** Country or organisation the actor belongs to. */
  affiliation?: Maybe<Scalars['String']['output']>;
  /** Other names and descriptions used for the actor. */
  aliases: Array<Scalars['String']['output']>;
  /** Events this actor takes part in. */
  events: EventConnection;
  id: Scalars['ID']['output'];
  kind: ActorKind;
  /** Every place an article refers to this actor. */
  mentions: MentionConnection;
  name: Scalars['String']['output'];
  /** What this actor said, in ingestion order. */
  statements: StatementConnection;
  /** Title or role, e.g. "Defense Minister". */
  title?: Maybe<Scalars['String']['output']>;
};


/** A person, organisation, country or group; one actor across all articles. */
export type ActorEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<EventFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A person, organisation, country or group; one actor across all articles. */
export type ActorMentionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A person, organisation, country or group; one actor across all articles. */
export type ActorStatementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<StatementFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type ActorConnection = {
  __typename?: 'ActorConnection';
  edges: Array<ActorEdge>;
  pageInfo: PageInfo;
  /** Number of items in the whole list, across all pages. */
  totalCount: Scalars['Int']['output'];
};

export type ActorEdge = {
  __typename?: 'ActorEdge';
  cursor: Scalars['String']['output'];
  node: Actor;
};

/** Narrows a list of actors. */
export type ActorFilter = {
  kind?: InputMaybe<ActorKind>;
  /** Part of the name or of an alias (case and accents ignored). */
  name?: InputMaybe<Scalars['String']['input']>;
};

/** What kind of actor: a person, an organisation, a country or place, or a group of people. */
export type ActorKind =
  | 'GROUP'
  | 'LOCATION'
  | 'ORGANIZATION'
  | 'PERSON';

/** A news article as ingested, with its full text. */
export type Article = Node & {
  __typename?: 'Article';
  /** Actors the article mentions. */
  actors: ActorConnection;
  /** Events the article reports. */
  events: EventConnection;
  id: Scalars['ID']['output'];
  ingestedAt: Scalars['DateTimeISO']['output'];
  mentions: MentionConnection;
  publishedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Publisher or outlet. */
  source?: Maybe<Scalars['String']['output']>;
  statements: StatementConnection;
  /** The full text; every offset in the API refers to it. */
  text: Scalars['String']['output'];
  /** Every temporal expression in the article, in text order. */
  timeExpressions: Array<TimeExpression>;
  title?: Maybe<Scalars['String']['output']>;
  url?: Maybe<Scalars['String']['output']>;
  wordCount: Scalars['Int']['output'];
};


/** A news article as ingested, with its full text. */
export type ArticleActorsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A news article as ingested, with its full text. */
export type ArticleEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A news article as ingested, with its full text. */
export type ArticleMentionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A news article as ingested, with its full text. */
export type ArticleStatementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kind?: InputMaybe<StatementKind>;
};

export type ArticleConnection = {
  __typename?: 'ArticleConnection';
  edges: Array<ArticleEdge>;
  pageInfo: PageInfo;
  /** Number of items in the whole list, across all pages. */
  totalCount: Scalars['Int']['output'];
};

export type ArticleEdge = {
  __typename?: 'ArticleEdge';
  cursor: Scalars['String']['output'];
  node: Article;
};

/** Narrows a list of articles. */
export type ArticleFilter = {
  /** Published on or after this day. */
  from?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Full-text search over title and text. */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Publisher, exactly. */
  source?: InputMaybe<Scalars['String']['input']>;
  /** Published on or before this day. */
  to?: InputMaybe<Scalars['LocalDate']['input']>;
};

/** A calendar range [start, end) with its precision; a day is start..start+1. */
export type DateRange = {
  __typename?: 'DateRange';
  /** Exclusive. */
  end: Scalars['LocalDate']['output'];
  precision?: Maybe<Precision>;
  start: Scalars['LocalDate']['output'];
};

/** A real-world event (meeting, signing, attack …); reported once or many times. */
export type Event = Node & {
  __typename?: 'Event';
  /** The first article that reported it (see mentions for all). */
  article: Article;
  /** When it happened, from the earliest dated report; null when no report dates it. */
  date?: Maybe<DateRange>;
  id: Scalars['ID']['output'];
  /** Every report of this event, with its evidence. */
  mentions: Array<EventMention>;
  /** Actors taking part, one entry per actor and role. */
  participants: Array<EventParticipant>;
  /** The time expression of the earliest dated report. */
  time?: Maybe<TimeExpression>;
  /** The trigger word of the first report. */
  trigger: Scalars['String']['output'];
  /** Event type, e.g. SIGN_AGREEMENT, MEET, ATTACK. */
  type: Scalars['String']['output'];
};

export type EventConnection = {
  __typename?: 'EventConnection';
  edges: Array<EventEdge>;
  pageInfo: PageInfo;
  /** Number of items in the whole list, across all pages. */
  totalCount: Scalars['Int']['output'];
};

export type EventEdge = {
  __typename?: 'EventEdge';
  cursor: Scalars['String']['output'];
  node: Event;
};

/** Narrows a list of events. */
export type EventFilter = {
  /** Only events reported in this article. */
  article?: InputMaybe<Scalars['ID']['input']>;
  from?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Only events this actor takes part in. */
  participant?: InputMaybe<Scalars['ID']['input']>;
  to?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Event types, e.g. ["SIGN_AGREEMENT", "MEET"]. */
  types?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** One report of an event in one article. */
export type EventMention = Node & {
  __typename?: 'EventMention';
  event: Event;
  evidence: Evidence;
  id: Scalars['ID']['output'];
  participants: Array<EventParticipant>;
  /** The time expression governing this report, or null (reported at publication). */
  time?: Maybe<TimeExpression>;
  /** The word that reports the event, e.g. "signed". */
  trigger: Scalars['String']['output'];
};

/** An actor taking part in an event, with its role. */
export type EventParticipant = {
  __typename?: 'EventParticipant';
  actor: Actor;
  /** The report that names this participant. */
  mention: EventMention;
  /** agent, target, counterpart or location. */
  role: Scalars['String']['output'];
};

/** Where an article says so: the article and the character range(s) of the evidence. */
export type Evidence = {
  __typename?: 'Evidence';
  article: Article;
  /** Exclusive. */
  end: Scalars['Int']['output'];
  /** The segments, when a quote is split around its cue; else one. */
  segments: Array<TextSpan>;
  start: Scalars['Int']['output'];
  /** The evidence text (segments joined by " … " when split). */
  text: Scalars['String']['output'];
};

/** An article to ingest. Offsets in the results refer to the text after NFC normalisation and \n line ends. */
export type IngestArticleInput = {
  /** ISO 8601 date or date-time; relative dates in the text resolve against it. */
  publishedAt?: InputMaybe<Scalars['String']['input']>;
  /** Publisher or outlet. */
  source?: InputMaybe<Scalars['String']['input']>;
  /** Plain UTF-8 text, at most 2,000,000 characters. */
  text: Scalars['String']['input'];
  title?: InputMaybe<Scalars['String']['input']>;
  url?: InputMaybe<Scalars['String']['input']>;
};

export type IngestResult = {
  __typename?: 'IngestResult';
  article: Article;
  /** False when the same text was already stored (nothing was written). */
  created: Scalars['Boolean']['output'];
  eventCount: Scalars['Int']['output'];
  statementCount: Scalars['Int']['output'];
};

/** One place where an article refers to an actor. */
export type Mention = Node & {
  __typename?: 'Mention';
  actor: Actor;
  evidence: Evidence;
  id: Scalars['ID']['output'];
  kind: MentionKind;
  /** The surface text, e.g. "the Iranian minister". */
  text: Scalars['String']['output'];
};

export type MentionConnection = {
  __typename?: 'MentionConnection';
  edges: Array<MentionEdge>;
  pageInfo: PageInfo;
  /** Number of items in the whole list, across all pages. */
  totalCount: Scalars['Int']['output'];
};

export type MentionEdge = {
  __typename?: 'MentionEdge';
  cursor: Scalars['String']['output'];
  node: Mention;
};

/** How an actor is referred to: by name, by title, by pronoun or by a description. */
export type MentionKind =
  | 'NAME'
  | 'NOMINAL'
  | 'PRONOUN'
  | 'TITLE';

export type Mutation = {
  __typename?: 'Mutation';
  /** Extract and store one article (admin token required). The same text is stored once. */
  ingestArticle: IngestResult;
};


export type MutationIngestArticleArgs = {
  input: IngestArticleInput;
};

/** An object with a global id. */
export type Node = {
  id: Scalars['ID']['output'];
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** How precisely a date range is known. */
export type Precision =
  | 'CENTURY'
  | 'DAY'
  | 'DECADE'
  | 'MONTH'
  | 'QUARTER'
  | 'SEASON'
  | 'TIME'
  | 'WEEK'
  | 'YEAR';

export type Query = {
  __typename?: 'Query';
  /** One actor, by id or by exact name (case and accents ignored). */
  actor?: Maybe<Actor>;
  actors: ActorConnection;
  article?: Maybe<Article>;
  /** Articles in the order they were ingested. */
  articles: ArticleConnection;
  event?: Maybe<Event>;
  events: EventConnection;
  /** Any object by its global id. */
  node?: Maybe<Node>;
  statement?: Maybe<Statement>;
  /** Statements matching every condition of the filter, in ingestion order. */
  statements: StatementConnection;
  /** What an actor said and took part in, in date order: partial dates by their range, undated items last. */
  timeline: TimelineConnection;
};


export type QueryActorArgs = {
  id?: InputMaybe<Scalars['ID']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
};


export type QueryActorsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ActorFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryArticleArgs = {
  id: Scalars['ID']['input'];
};


export type QueryArticlesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ArticleFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryEventArgs = {
  id: Scalars['ID']['input'];
};


export type QueryEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<EventFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryStatementArgs = {
  id: Scalars['ID']['input'];
};


export type QueryStatementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<StatementFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryTimelineArgs = {
  actor: Scalars['ID']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['LocalDate']['input']>;
  to?: InputMaybe<Scalars['LocalDate']['input']>;
  types?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** Something an actor said or reported, with the exact evidence span. */
export type Statement = Node & {
  __typename?: 'Statement';
  article: Article;
  /** The reporting cue: "said", "told", "according to" … */
  cue?: Maybe<Scalars['String']['output']>;
  cueEvidence?: Maybe<Evidence>;
  /** When it was said: its own time expression, else the publication day. */
  date?: Maybe<DateRange>;
  /** Where the content is in the article. */
  evidence: Evidence;
  id: Scalars['ID']['output'];
  kind: StatementKind;
  /** Where the speaker is named for this statement ("he", "the minister"). */
  source?: Maybe<Evidence>;
  /** The mention that names the speaker for this statement. */
  sourceMention?: Maybe<Mention>;
  /** Who said it, when the extractor could tell. */
  speaker?: Maybe<Actor>;
  /** What was said (quote segments joined by " … "). */
  text: Scalars['String']['output'];
  /** The time expression that dates the statement, e.g. "said last week". */
  time?: Maybe<TimeExpression>;
};

export type StatementConnection = {
  __typename?: 'StatementConnection';
  edges: Array<StatementEdge>;
  pageInfo: PageInfo;
  /** Number of items in the whole list, across all pages. */
  totalCount: Scalars['Int']['output'];
};

export type StatementEdge = {
  __typename?: 'StatementEdge';
  cursor: Scalars['String']['output'];
  node: Statement;
};

/** Narrows a list of statements. All given conditions must hold. */
export type StatementFilter = {
  /** Only statements whose content mentions this actor ("what X said about Y"). */
  about?: InputMaybe<Scalars['ID']['input']>;
  article?: InputMaybe<Scalars['ID']['input']>;
  /** Said on or after this day. */
  from?: InputMaybe<Scalars['LocalDate']['input']>;
  kind?: InputMaybe<StatementKind>;
  /** Full-text search over the content (web-search syntax: words, "phrases", -not, or). */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Only statements by this actor. */
  speaker?: InputMaybe<Scalars['ID']['input']>;
  /** Said on or before this day. */
  to?: InputMaybe<Scalars['LocalDate']['input']>;
};

/** DIRECT: quoted words; INDIRECT: reported speech; MIXED: reported with quoted parts. */
export type StatementKind =
  | 'DIRECT'
  | 'INDIRECT'
  | 'MIXED';

/** A [start, end) character range of an article text. */
export type TextSpan = {
  __typename?: 'TextSpan';
  /** Exclusive. */
  end: Scalars['Int']['output'];
  start: Scalars['Int']['output'];
  /** The text of the article at this range. */
  text: Scalars['String']['output'];
};

/** A temporal expression with its TIMEX3 normalisation. */
export type TimeExpression = Node & {
  __typename?: 'TimeExpression';
  evidence: Evidence;
  id: Scalars['ID']['output'];
  /** The calendar range the value pins, when it pins one. */
  range?: Maybe<DateRange>;
  /** Surface text, e.g. "last week". */
  text: Scalars['String']['output'];
  type: TimexType;
  /** TIMEX3 value: 2018-08-27, 2011, XXXX-WXX-1, P2D, PRESENT_REF … */
  value: Scalars['String']['output'];
};

export type TimelineConnection = {
  __typename?: 'TimelineConnection';
  edges: Array<TimelineEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type TimelineEdge = {
  __typename?: 'TimelineEdge';
  cursor: Scalars['String']['output'];
  node: TimelineItem;
};

/** A statement or an event on an actor’s timeline. */
export type TimelineItem = {
  __typename?: 'TimelineItem';
  /** Null for undated items, which come last. */
  date?: Maybe<DateRange>;
  event?: Maybe<Event>;
  /** Where it is said: the statement content, or every report of the event. */
  evidence: Array<Evidence>;
  kind: TimelineItemKind;
  statement?: Maybe<Statement>;
};

export type TimelineItemKind =
  | 'EVENT'
  | 'STATEMENT';

/** TimeML TIMEX3 type. */
export type TimexType =
  | 'DATE'
  | 'DURATION'
  | 'SET'
  | 'TIME';

/** What kind of actor: a person, an organisation, a country or place, or a group of people. */
export type ActorKind =
  | 'GROUP'
  | 'LOCATION'
  | 'ORGANIZATION'
  | 'PERSON';

/** An article to ingest. Offsets in the results refer to the text after NFC normalisation and \n line ends. */
export type IngestArticleInput = {
  /** ISO 8601 date or date-time; relative dates in the text resolve against it. */
  publishedAt?: string | null | undefined;
  /** Publisher or outlet. */
  source?: string | null | undefined;
  /** Plain UTF-8 text, at most 2,000,000 characters. */
  text: string;
  title?: string | null | undefined;
  url?: string | null | undefined;
};

/** How precisely a date range is known. */
export type Precision =
  | 'CENTURY'
  | 'DAY'
  | 'DECADE'
  | 'MONTH'
  | 'QUARTER'
  | 'SEASON'
  | 'TIME'
  | 'WEEK'
  | 'YEAR';

/** DIRECT: quoted words; INDIRECT: reported speech; MIXED: reported with quoted parts. */
export type StatementKind =
  | 'DIRECT'
  | 'INDIRECT'
  | 'MIXED';

export type TimelineItemKind =
  | 'EVENT'
  | 'STATEMENT';

export type ActorTimelineQueryVariables = Exact<{
  actor: string | number;
  from?: string | null | undefined;
  to?: string | null | undefined;
  types?: Array<string> | string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ActorTimelineQuery = { timeline: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { kind: TimelineItemKind, date: { start: string, end: string, precision: Precision | null } | null, statement: { id: string, kind: StatementKind, text: string, cue: string | null } | null, event: { id: string, type: string, trigger: string, participants: Array<{ role: string, actor: { id: string, name: string } }> } | null, evidence: Array<{ start: number, end: number, text: string, article: { id: string, title: string | null } }> } }> } };

export type FindActorQueryVariables = Exact<{
  name: string;
}>;


export type FindActorQuery = { actor: { id: string, name: string, kind: ActorKind, title: string | null, affiliation: string | null, aliases: Array<string> } | null };

export type LatestStatementsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  search?: string | null | undefined;
  kind?: StatementKind | null | undefined;
}>;


export type LatestStatementsQuery = { statements: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, kind: StatementKind, text: string, cue: string | null, speaker: { name: string } | null, article: { title: string | null, publishedAt: string | null } } }> } };

export type IngestArticleMutationVariables = Exact<{
  input: IngestArticleInput;
}>;


export type IngestArticleMutation = { ingestArticle: { created: boolean, statementCount: number, eventCount: number, article: { id: string, title: string | null } } };

export type WhoSaidWhatAboutQueryVariables = Exact<{
  about: string | number;
  from?: string | null | undefined;
  to?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type WhoSaidWhatAboutQuery = { statements: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, kind: StatementKind, cue: string | null, text: string, date: { start: string, end: string, precision: Precision | null } | null, speaker: { id: string, name: string, kind: ActorKind, title: string | null } | null, source: { text: string } | null, evidence: { start: number, end: number, article: { id: string, title: string | null, publishedAt: string | null } } } }> } };


export const ActorTimelineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ActorTimeline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"actor"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"types"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"50"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"actor"},"value":{"kind":"Variable","name":{"kind":"Name","value":"actor"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"types"},"value":{"kind":"Variable","name":{"kind":"Name","value":"types"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"date"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"cue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"trigger"}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"article"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ActorTimelineQuery, ActorTimelineQueryVariables>;
export const FindActorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FindActor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"affiliation"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}}]}}]}}]} as unknown as DocumentNode<FindActorQuery, FindActorQueryVariables>;
export const LatestStatementsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LatestStatements"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"StatementKind"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"statements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"cue"}},{"kind":"Field","name":{"kind":"Name","value":"speaker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"article"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<LatestStatementsQuery, LatestStatementsQueryVariables>;
export const IngestArticleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IngestArticle"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IngestArticleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ingestArticle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"statementCount"}},{"kind":"Field","name":{"kind":"Name","value":"eventCount"}},{"kind":"Field","name":{"kind":"Name","value":"article"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<IngestArticleMutation, IngestArticleMutationVariables>;
export const WhoSaidWhatAboutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WhoSaidWhatAbout"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"about"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"statements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"about"},"value":{"kind":"Variable","name":{"kind":"Name","value":"about"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"cue"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"date"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}}]}},{"kind":"Field","name":{"kind":"Name","value":"speaker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"article"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<WhoSaidWhatAboutQuery, WhoSaidWhatAboutQueryVariables>;