import { DateTimeISOResolver } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { Actor, Article, Event, EventMention, EventParticipant, Mention, Statement, TimeExpression } from '../generated/prisma/client';
import { Connection } from './common/pagination';
import { DateRange, dateRangeOf } from './common/date-range';
import { ActorKind, MentionKind, Precision, StatementKind, TimexType } from './common/enums';
import { Evidence, evidenceOf } from './common/evidence';
import { toGlobalId } from './common/ids';
import { Node, type HasRowId } from './common/node';

export type ArticleRow = Omit<Article, 'text'> & { text?: string };

@ObjectType('Article', { simpleResolvers: true, implements: Node, description: 'A news article as ingested, with its full text.' })
export class ArticleNode implements Node, HasRowId {
  rowId!: number;

  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true })
  title!: string | null;

  @Field(() => String, { nullable: true, description: 'Publisher or outlet.' })
  source!: string | null;

  @Field(() => String, { nullable: true })
  url!: string | null;

  @Field(() => DateTimeISOResolver, { nullable: true })
  publishedAt!: Date | null;

  @Field(() => DateTimeISOResolver)
  ingestedAt!: Date;

  @Field(() => Int)
  wordCount!: number;

  /** Loaded only when asked for (see ArticleResolver.text). */
  text?: string;

  static from(row: ArticleRow): ArticleNode {
    return Object.assign(new ArticleNode(), {
      rowId: row.id,
      id: toGlobalId('Article', row.id),
      title: row.title,
      source: row.source,
      url: row.url,
      publishedAt: row.publishedAt,
      ingestedAt: row.ingestedAt,
      wordCount: row.wordCount,
      text: row.text,
    });
  }
}

@ObjectType('Actor', { simpleResolvers: true, implements: Node, description: 'A person, organisation, country or group; one actor across all articles.' })
export class ActorNode implements Node, HasRowId {
  rowId!: number;

  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => ActorKind)
  kind!: ActorKind;

  @Field(() => String, { nullable: true, description: 'Title or role, e.g. "Defense Minister".' })
  title!: string | null;

  @Field(() => String, { nullable: true, description: 'Country or organisation the actor belongs to.' })
  affiliation!: string | null;

  @Field(() => [String], { description: 'Other names and descriptions used for the actor.' })
  aliases!: string[];

  static from(row: Actor): ActorNode {
    return Object.assign(new ActorNode(), {
      rowId: row.id,
      id: toGlobalId('Actor', row.id),
      name: row.name,
      kind: row.kind,
      title: row.title,
      affiliation: row.affiliation,
      aliases: row.aliases,
    });
  }
}

@ObjectType('Mention', { simpleResolvers: true, implements: Node, description: 'One place where an article refers to an actor.' })
export class MentionNode implements Node, HasRowId {
  rowId!: number;
  actorRowId!: number;

  @Field(() => ID)
  id!: string;

  @Field(() => MentionKind)
  kind!: MentionKind;

  @Field({ description: 'The surface text, e.g. "the Iranian minister".' })
  text!: string;

  @Field(() => Evidence)
  evidence!: Evidence;

  static from(row: Mention): MentionNode {
    return Object.assign(new MentionNode(), {
      rowId: row.id,
      actorRowId: row.actorId,
      id: toGlobalId('Mention', row.id),
      kind: row.kind,
      text: row.text,
      evidence: evidenceOf(row.articleId, [{ start: row.start, end: row.end, text: row.text }]),
    });
  }
}

@ObjectType('TimeExpression', { simpleResolvers: true, implements: Node, description: 'A temporal expression with its TIMEX3 normalisation.' })
export class TimeExpressionNode implements Node, HasRowId {
  rowId!: number;

  @Field(() => ID)
  id!: string;

  @Field({ description: 'Surface text, e.g. "last week".' })
  text!: string;

  @Field(() => TimexType)
  type!: TimexType;

  @Field({ description: 'TIMEX3 value: 2018-08-27, 2011, XXXX-WXX-1, P2D, PRESENT_REF …' })
  value!: string;

  @Field(() => DateRange, { nullable: true, description: 'The calendar range the value pins, when it pins one.' })
  range!: DateRange | null;

  @Field(() => Evidence)
  evidence!: Evidence;

  static from(row: TimeExpression): TimeExpressionNode {
    return Object.assign(new TimeExpressionNode(), {
      rowId: row.id,
      id: toGlobalId('TimeExpression', row.id),
      text: row.text,
      type: row.type,
      value: row.value,
      range: dateRangeOf(row.rangeStart, row.rangeEnd, row.precision as Precision | null),
      evidence: evidenceOf(row.articleId, [{ start: row.start, end: row.end, text: row.text }]),
    });
  }
}

export type StatementRow = Omit<Statement, 'contentSegments'> & { contentSegments: unknown };

@ObjectType('Statement', { simpleResolvers: true, implements: Node, description: 'Something an actor said or reported, with the exact evidence span.' })
export class StatementNode implements Node, HasRowId {
  rowId!: number;
  articleRowId!: number;
  speakerRowId!: number | null;
  sourceMentionRowId!: number | null;
  timeRowId!: number | null;

  @Field(() => ID)
  id!: string;

  @Field(() => StatementKind)
  kind!: StatementKind;

  @Field({ description: 'What was said (quote segments joined by " … ").' })
  text!: string;

  @Field(() => String, { nullable: true, description: 'The reporting cue: "said", "told", "according to" …' })
  cue!: string | null;

  @Field(() => Evidence, { description: 'Where the content is in the article.' })
  evidence!: Evidence;

  @Field(() => Evidence, { nullable: true, description: 'Where the speaker is named for this statement ("he", "the minister").' })
  source!: Evidence | null;

  @Field(() => Evidence, { nullable: true })
  cueEvidence!: Evidence | null;

  @Field(() => DateRange, { nullable: true, description: 'When it was said: its own time expression, else the publication day.' })
  date!: DateRange | null;

  static from(row: StatementRow): StatementNode {
    const segments = (row.contentSegments as [number, number][]).map(([start, end], i, all) => ({
      start,
      end,
      text: all.length === 1 ? row.text : row.text.split(' … ')[i] ?? '',
    }));
    return Object.assign(new StatementNode(), {
      rowId: row.id,
      articleRowId: row.articleId,
      speakerRowId: row.speakerId,
      sourceMentionRowId: row.sourceMentionId,
      timeRowId: row.timeExpressionId,
      id: toGlobalId('Statement', row.id),
      kind: row.kind,
      text: row.text,
      cue: row.cue,
      evidence: evidenceOf(row.articleId, segments),
      source:
        row.sourceStart !== null && row.sourceEnd !== null
          ? evidenceOf(row.articleId, [{ start: row.sourceStart, end: row.sourceEnd, text: row.sourceText ?? '' }])
          : null,
      cueEvidence:
        row.cueStart !== null && row.cueEnd !== null ? evidenceOf(row.articleId, [{ start: row.cueStart, end: row.cueEnd, text: row.cue ?? '' }]) : null,
      date: dateRangeOf(row.dateStart, row.dateEnd, row.timeExpressionId ? null : 'DAY'),
    });
  }
}

@ObjectType('Event', { simpleResolvers: true, implements: Node, description: 'A real-world event (meeting, signing, attack …); reported once or many times.' })
export class EventNode implements Node, HasRowId {
  rowId!: number;

  @Field(() => ID)
  id!: string;

  @Field({ description: 'Event type, e.g. SIGN_AGREEMENT, MEET, ATTACK.' })
  type!: string;

  @Field(() => DateRange, { nullable: true, description: 'When it happened, from the earliest dated report; null when no report dates it.' })
  date!: DateRange | null;

  static from(row: Event): EventNode {
    return Object.assign(new EventNode(), {
      rowId: row.id,
      id: toGlobalId('Event', row.id),
      type: row.type,
      date: dateRangeOf(row.rangeStart, row.rangeEnd, row.precision as Precision | null),
    });
  }
}

@ObjectType('EventMention', { simpleResolvers: true, implements: Node, description: 'One report of an event in one article.' })
export class EventMentionNode implements Node, HasRowId {
  rowId!: number;
  eventRowId!: number;
  timeRowId!: number | null;

  @Field(() => ID)
  id!: string;

  @Field({ description: 'The word that reports the event, e.g. "signed".' })
  trigger!: string;

  @Field(() => Evidence)
  evidence!: Evidence;

  static from(row: EventMention): EventMentionNode {
    return Object.assign(new EventMentionNode(), {
      rowId: row.id,
      eventRowId: row.eventId,
      timeRowId: row.timeExpressionId,
      id: toGlobalId('EventMention', row.id),
      trigger: row.trigger,
      evidence: evidenceOf(row.articleId, [{ start: row.triggerStart, end: row.triggerEnd, text: row.trigger }]),
    });
  }
}

@ObjectType('EventParticipant', { simpleResolvers: true, description: 'An actor taking part in an event, with its role.' })
export class EventParticipantNode {
  actorRowId!: number;
  mentionRowId!: number;

  @Field({ description: 'agent, target, counterpart or location.' })
  role!: string;

  static from(row: EventParticipant): EventParticipantNode {
    return Object.assign(new EventParticipantNode(), { actorRowId: row.actorId, mentionRowId: row.eventMentionId, role: row.role });
  }
}

@ObjectType({ simpleResolvers: true })
export class ArticleConnection extends Connection(ArticleNode, 'Article') {}
@ObjectType({ simpleResolvers: true })
export class ActorConnection extends Connection(ActorNode, 'Actor') {}
@ObjectType({ simpleResolvers: true })
export class MentionConnection extends Connection(MentionNode, 'Mention') {}
@ObjectType({ simpleResolvers: true })
export class StatementConnection extends Connection(StatementNode, 'Statement') {}
@ObjectType({ simpleResolvers: true })
export class EventConnection extends Connection(EventNode, 'Event') {}
