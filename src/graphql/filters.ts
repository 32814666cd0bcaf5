import { Field, ID, InputType } from 'type-graphql';
import { Prisma } from '../generated/prisma/client';
import { InputError } from '../ingest/errors';
import { normalizeName } from '../ingest/actor-identity';
import { plainQuotes } from '../ingest/store';
import { filterOf, type Filter } from './common/connections';
import { LocalDate } from './common/date-range';
import { ActorKind, StatementKind } from './common/enums';
import { rowId } from './common/ids';

const MAX_SEARCH_CHARS = 500;

function day(value: string, name: string): Date {
  const d = new Date(`${value}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) throw new InputError('INVALID_DATE', `${name} "${value}" is not a date`);
  return d;
}

function checkRange(from: string | null | undefined, to: string | null | undefined): void {
  if (from && to && from > to) throw new InputError('INVALID_ARGUMENT', `from (${from}) is after to (${to})`);
}

function searchText(value: string): string {
  const v = value.trim();
  if (!v) throw new InputError('INVALID_ARGUMENT', 'search must not be empty');
  if (v.length > MAX_SEARCH_CHARS) throw new InputError('INVALID_ARGUMENT', `search is longer than ${MAX_SEARCH_CHARS} characters`);
  return plainQuotes(v);
}

/** Rows whose [startCol, endCol) range overlaps the inclusive day range [from, to]. */
function dateOverlap(startCol: string, endCol: string, from?: string | null, to?: string | null): Prisma.Sql[] {
  checkRange(from, to);
  const where: Prisma.Sql[] = [];
  if (from) where.push(Prisma.sql`t."${Prisma.raw(endCol)}" > ${day(from, 'from')}`);
  if (to) where.push(Prisma.sql`t."${Prisma.raw(startCol)}" <= ${day(to, 'to')}`);
  return where;
}

@InputType({ description: 'Narrows a list of actors.' })
export class ActorFilter {
  @Field(() => String, { nullable: true, description: 'Part of the name or of an alias (case and accents ignored).' })
  name?: string | null;

  @Field(() => ActorKind, { nullable: true })
  kind?: ActorKind | null;

  static toFilter(f: ActorFilter | null | undefined): Filter {
    const where: Prisma.Sql[] = [];
    if (f?.name) {
      const needle = `%${normalizeName(f.name).replace(/[%_\\]/g, '\\$&')}%`;
      where.push(Prisma.sql`(t."normalizedName" LIKE ${needle} OR EXISTS (SELECT 1 FROM unnest(t.aliases) a WHERE lower(a) LIKE ${`%${f.name.trim().toLowerCase().replace(/[%_\\]/g, '\\$&')}%`}))`);
    }
    if (f?.kind) where.push(Prisma.sql`t.kind = ${f.kind}::"ActorKind"`);
    return filterOf(where);
  }
}

@InputType({ description: 'Narrows a list of statements. All given conditions must hold.' })
export class StatementFilter {
  @Field(() => ID, { nullable: true, description: 'Only statements by this actor.' })
  speaker?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only statements whose content mentions this actor ("what X said about Y").' })
  about?: string | null;

  @Field(() => ID, { nullable: true })
  article?: string | null;

  @Field(() => StatementKind, { nullable: true })
  kind?: StatementKind | null;

  @Field(() => String, { nullable: true, description: 'Full-text search over the content (web-search syntax: words, "phrases", -not, or).' })
  search?: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'Said on or after this day.' })
  from?: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'Said on or before this day.' })
  to?: string | null;

  static toFilter(f: StatementFilter | null | undefined): Filter {
    const where: Prisma.Sql[] = [];
    if (!f) return filterOf(where);
    if (f.speaker) where.push(Prisma.sql`t."speakerId" = ${rowId(f.speaker, 'Actor', 'speaker')}`);
    if (f.article) where.push(Prisma.sql`t."articleId" = ${rowId(f.article, 'Article', 'article')}`);
    if (f.kind) where.push(Prisma.sql`t.kind = ${f.kind}::"StatementKind"`);
    if (f.about) {
      where.push(Prisma.sql`EXISTS (SELECT 1 FROM "Mention" m WHERE m."articleId" = t."articleId" AND m."actorId" = ${rowId(f.about, 'Actor', 'about')}
        AND m.start >= t."contentStart" AND m."end" <= t."contentEnd")`);
    }
    if (f.search) where.push(Prisma.sql`t.search @@ websearch_to_tsquery('english', ${searchText(f.search)})`);
    where.push(...dateOverlap('dateStart', 'dateEnd', f.from, f.to));
    return filterOf(where);
  }
}

/** An article's statements of one kind (Article.statements(kind:)). */
export function statementKindFilter(kind: StatementKind | null | undefined): Filter {
  return filterOf(kind ? [Prisma.sql`t.kind = ${kind}::"StatementKind"`] : []);
}

@InputType({ description: 'Narrows a list of events.' })
export class EventFilter {
  @Field(() => [String], { nullable: true, description: 'Event types, e.g. ["SIGN_AGREEMENT", "MEET"].' })
  types?: string[] | null;

  @Field(() => ID, { nullable: true, description: 'Only events this actor takes part in.' })
  participant?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only events reported in this article.' })
  article?: string | null;

  @Field(() => LocalDate, { nullable: true })
  from?: string | null;

  @Field(() => LocalDate, { nullable: true })
  to?: string | null;

  static toFilter(f: EventFilter | null | undefined): Filter {
    const where: Prisma.Sql[] = [];
    if (!f) return filterOf(where);
    if (f.types?.length) where.push(Prisma.sql`t.type = ANY(${f.types}::text[])`);
    if (f.participant) where.push(Prisma.sql`t.id IN (SELECT "eventId" FROM "EventParticipant" WHERE "actorId" = ${rowId(f.participant, 'Actor', 'participant')})`);
    if (f.article) where.push(Prisma.sql`t.id IN (SELECT "eventId" FROM "EventMention" WHERE "articleId" = ${rowId(f.article, 'Article', 'article')})`);
    where.push(...dateOverlap('rangeStart', 'rangeEnd', f.from, f.to));
    return filterOf(where);
  }
}

@InputType({ description: 'Narrows a list of articles.' })
export class ArticleFilter {
  @Field(() => String, { nullable: true, description: 'Full-text search over title and text.' })
  search?: string | null;

  @Field(() => String, { nullable: true, description: 'Publisher, exactly.' })
  source?: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'Published on or after this day.' })
  from?: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'Published on or before this day.' })
  to?: string | null;

  static toFilter(f: ArticleFilter | null | undefined): Filter {
    const where: Prisma.Sql[] = [];
    if (!f) return filterOf(where);
    if (f.search) where.push(Prisma.sql`t.search @@ websearch_to_tsquery('english', ${searchText(f.search)})`);
    if (f.source) where.push(Prisma.sql`t.source = ${f.source}`);
    checkRange(f.from, f.to);
    if (f.from) where.push(Prisma.sql`t."publishedAt" >= ${day(f.from, 'from')}`);
    if (f.to) where.push(Prisma.sql`t."publishedAt" < ${new Date(day(f.to, 'to').getTime() + 86_400_000)}`);
    return filterOf(where);
  }
}
