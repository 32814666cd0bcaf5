import { Prisma } from '../generated/prisma/client';
import type { Db } from '../db/client';
import type { Findings, Span, TimexFinding } from '../extract/types';
import { actorIdentity } from './actor-identity';
import type { CanonicalArticle } from './article-input';
import { eventWindow, sameEvent, SLACK_DAYS, type EventKey } from './event-identity';

type Tx = Prisma.TransactionClient;

export interface StoredArticle {
  articleId: number;
  /** False when the same text was already stored: nothing was written. */
  created: boolean;
  statementIds: number[];
  eventIds: number[];
}

/** Event types that are kept on the timeline; statements already record what MAKE_STATEMENT would. */
export function isTimelineEvent(type: string): boolean {
  return type !== 'OCCURRENCE' && type !== 'MAKE_STATEMENT';
}

/** Full-text indexing reads at most this much of an article (a tsvector holds at most 1 MB). */
const SEARCH_PREFIX_CHARS = 100_000;
const MAX_ALIASES = 50;
const DAY = 86_400_000;

function dateOrNull(iso: string | null): Date | null {
  return iso ? new Date(`${iso}T00:00:00Z`) : null;
}

const EDGE = /[\s"“”‘’'«»,;:]/u;

/**
 * The quoted words without their quotation marks and the comma before the cue: what a reader wants
 * shown, and still an exact slice of the article.
 */
export function tightSpan(text: string, [s, e]: Span): Span {
  let a = s;
  let b = e;
  while (a < b && EDGE.test(text[a])) a++;
  while (b > a && EDGE.test(text[b - 1])) b--;
  return a < b ? [a, b] : [s, e];
}

function hull(spans: Span[]): Span {
  return [Math.min(...spans.map((s) => s[0])), Math.max(...spans.map((s) => s[1]))];
}

/** A column of a bulk insert: its name, the SQL type of its parameter array, and an optional cast per value (enums). */
type Column = [name: string, arrayType: string, cast?: string];

/**
 * Inserts many rows in one statement (INSERT … SELECT FROM unnest) and returns their ids in input
 * order: serial ids are drawn in the order unnest yields the rows. Raw SQL skips Prisma's per-call
 * query compilation, which otherwise costs more CPU per article than extraction.
 */
async function insertMany(
  tx: Tx,
  table: string,
  columns: Column[],
  rows: unknown[][],
  /** Columns computed from the others: [name, SQL over the value of column `from`]. */
  derived: { name: string; from: string; sql: (value: string) => string }[] = [],
): Promise<number[]> {
  if (rows.length === 0) return [];
  const arrays = columns.map(([, type], i) => Prisma.sql`${rows.map((r) => r[i])}::${Prisma.raw(type)}[]`);
  const alias = (name: string) => `c${columns.findIndex(([n]) => n === name)}`;
  const names = Prisma.raw([...columns.map(([n]) => `"${n}"`), ...derived.map((d) => `"${d.name}"`)].join(', '));
  const values = Prisma.raw(
    [...columns.map(([, , cast], i) => (cast ? `c${i}::"${cast}"` : `c${i}`)), ...derived.map((d) => d.sql(alias(d.from)))].join(', '),
  );
  const aliases = Prisma.raw(columns.map((_, i) => `c${i}`).join(', '));
  const result = await tx.$queryRaw<{ id: number }[]>(
    Prisma.sql`INSERT INTO "${Prisma.raw(table)}" (${names}) SELECT ${values} FROM unnest(${Prisma.join(arrays)}) AS u(${aliases}) RETURNING id`,
  );
  return result.map((r) => r.id).sort((a, b) => a - b);
}

/**
 * The text as the search index reads it: typographic quotes become plain ones, so "campaign’s"
 * indexes as "campaign" whatever the database locale.
 */
export function plainQuotes(text: string): string {
  return text.replace(/[’‘]/g, "'").replace(/[“”]/g, '"');
}

export function searchable(column: string): Prisma.Sql {
  return Prisma.raw(`translate(${column}, '’‘“”', '''''""')`);
}

async function insertArticle(tx: Tx, a: CanonicalArticle): Promise<number | null> {
  const rows = await tx.$queryRaw<{ id: number }[]>`
    INSERT INTO "Article" (title, source, url, "publishedAt", text, "contentHash", "wordCount", search)
    VALUES (${a.title}, ${a.source}, ${a.url}, ${a.publishedAt}, ${a.text}, ${a.contentHash}, ${a.wordCount},
            setweight(to_tsvector('english', ${plainQuotes(a.title ?? '')}), 'A') ||
            to_tsvector('english', ${plainQuotes(a.text.slice(0, SEARCH_PREFIX_CHARS))}))
    ON CONFLICT ("contentHash") DO NOTHING
    RETURNING id`;
  return rows[0]?.id ?? null;
}

/** Upserts the article's actors into the global actor table; returns finding key → actor id. */
async function upsertActors(tx: Tx, f: Findings, articleHash: string): Promise<Map<string, number>> {
  const byIdentity = new Map<string, { name: string; norm: string; kind: string; title: string | null; affiliation: string | null; aliases: Set<string>; keys: string[] }>();
  for (const a of f.actors) {
    const norm = actorIdentity(a.name, articleHash);
    if (!norm.trim() || norm.startsWith(' #')) continue;
    const id = `${a.kind}\u0000${norm}`;
    const entry = byIdentity.get(id) ?? { name: a.name, norm, kind: a.kind, title: a.title, affiliation: a.affiliation, aliases: new Set<string>(), keys: [] };
    entry.title ??= a.title;
    entry.affiliation ??= a.affiliation;
    for (const alias of a.aliases) if (alias !== entry.name) entry.aliases.add(alias);
    entry.keys.push(a.key);
    byIdentity.set(id, entry);
  }
  // A fixed order keeps concurrent ingests from deadlocking on each other's actor rows.
  const rows = [...byIdentity.values()].sort((x, y) => (x.norm + x.kind < y.norm + y.kind ? -1 : 1));
  const keyToId = new Map<string, number>();
  if (rows.length === 0) return keyToId;
  const input = Prisma.sql`SELECT * FROM unnest(${rows.map((r) => r.name)}::text[], ${rows.map((r) => r.norm)}::text[], ${rows.map((r) => r.kind)}::text[],
      ${rows.map((r) => r.title)}::text[], ${rows.map((r) => r.affiliation)}::text[],
      ${rows.map((r) => JSON.stringify([...r.aliases].slice(0, MAX_ALIASES)))}::jsonb[]) AS r(name, norm, kind, title, affiliation, aliases)`;
  // DO NOTHING takes no lock on an actor that exists already: articles about the same people do not
  // queue behind each other's transactions (DO UPDATE would hold the row until commit).
  await tx.$executeRaw`
    INSERT INTO "Actor" (name, "normalizedName", kind, title, affiliation, aliases)
    SELECT r.name, r.norm, r.kind::"ActorKind", r.title, r.affiliation, ARRAY(SELECT jsonb_array_elements_text(r.aliases))
    FROM (${input}) r
    ON CONFLICT ("normalizedName", kind) DO NOTHING`;
  // Only rows that learn something (a title, an affiliation, a new alias while there is room) are updated.
  const result = await tx.$queryRaw<{ id: number; normalizedName: string; kind: string }[]>`
    WITH known AS (
      SELECT a.id, a."normalizedName", a.kind, a.title, a.affiliation, a.aliases AS old, r.title AS t, r.affiliation AS f,
             ARRAY(SELECT jsonb_array_elements_text(r.aliases)) AS new
      FROM (${input}) r JOIN "Actor" a ON a."normalizedName" = r.norm AND a.kind = r.kind::"ActorKind"
    ), enriched AS (
      UPDATE "Actor" a SET
        title = COALESCE(a.title, k.t),
        affiliation = COALESCE(a.affiliation, k.f),
        aliases = (SELECT coalesce(array_agg(x), '{}') FROM (SELECT DISTINCT unnest(a.aliases || k.new) AS x LIMIT ${MAX_ALIASES}) d)
      FROM known k
      WHERE a.id = k.id AND ((k.title IS NULL AND k.t IS NOT NULL) OR (k.affiliation IS NULL AND k.f IS NOT NULL)
                             OR (cardinality(k.old) < ${MAX_ALIASES} AND NOT k.old @> k.new))
    )
    SELECT id, "normalizedName", kind::text AS kind FROM known`;
  const idOf = new Map(result.map((r) => [`${r.kind}\u0000${r.normalizedName}`, r.id]));
  for (const [identity, entry] of byIdentity) {
    const id = idOf.get(identity);
    if (id !== undefined) for (const key of entry.keys) keyToId.set(key, id);
  }
  return keyToId;
}

interface StoredTimex {
  id: number;
  rangeStart: Date | null;
  rangeEnd: Date | null;
  precision: string | null;
}

async function insertTimexes(tx: Tx, articleId: number, text: string, timexes: TimexFinding[]): Promise<StoredTimex[]> {
  const stored = timexes.map((t) => ({ rangeStart: dateOrNull(t.start), rangeEnd: dateOrNull(t.end), precision: t.precision }));
  const ids = await insertMany(
    tx,
    'TimeExpression',
    [['articleId', 'int'], ['text', 'text'], ['start', 'int'], ['end', 'int'], ['type', 'text', 'TimexType'], ['value', 'text'], ['rangeStart', 'date'], ['rangeEnd', 'date'], ['precision', 'text', 'Precision']],
    timexes.map((t, i) => [articleId, text.slice(t.span[0], t.span[1]), t.span[0], t.span[1], t.type, t.value, stored[i].rangeStart, stored[i].rangeEnd, t.precision]),
  );
  return stored.map((t, i) => ({ id: ids[i], ...t }));
}

/** Writes one article and everything found in it, in one transaction. */
export async function storeArticle(db: Db, article: CanonicalArticle, f: Findings): Promise<StoredArticle> {
  return db.$transaction(
    async (tx) => {
      const articleId = await insertArticle(tx, article);
      if (articleId === null) {
        const existing = await tx.article.findUniqueOrThrow({ where: { contentHash: article.contentHash }, select: { id: true } });
        return { articleId: existing.id, created: false, statementIds: [], eventIds: [] };
      }
      const { text } = article;
      const actorIds = await upsertActors(tx, f, article.contentHash);

      const mentionRows = f.actors.flatMap((a) =>
        actorIds.has(a.key) ? a.mentions.map((m) => [articleId, actorIds.get(a.key)!, m.span[0], m.span[1], text.slice(m.span[0], m.span[1]), m.kind]) : [],
      );
      const mentionIds = await insertMany(
        tx,
        'Mention',
        [['articleId', 'int'], ['actorId', 'int'], ['start', 'int'], ['end', 'int'], ['text', 'text'], ['kind', 'text', 'MentionKind']],
        mentionRows,
      );
      const mentionAt = new Map(mentionRows.map((m, i) => [`${m[2]}:${m[3]}`, mentionIds[i]]));

      const timexes = await insertTimexes(tx, articleId, text, f.timexes);
      const publishedDay = article.publishedAt ? new Date(Date.UTC(article.publishedAt.getUTCFullYear(), article.publishedAt.getUTCMonth(), article.publishedAt.getUTCDate())) : null;

      const statementIds = await insertMany(
        tx,
        'Statement',
        [
          ['articleId', 'int'], ['speakerId', 'int'], ['sourceMentionId', 'int'], ['kind', 'text', 'StatementKind'], ['text', 'text'],
          ['contentStart', 'int'], ['contentEnd', 'int'], ['contentSegments', 'jsonb'], ['cue', 'text'], ['cueStart', 'int'], ['cueEnd', 'int'],
          ['sourceText', 'text'], ['sourceStart', 'int'], ['sourceEnd', 'int'], ['timeExpressionId', 'int'], ['dateStart', 'date'], ['dateEnd', 'date'],
        ],
        f.statements.map((found) => {
          const s = { ...found, content: found.content.map((c) => tightSpan(text, c)) };
          const [cs, ce] = hull(s.content);
          const time = s.time !== null ? timexes[s.time] : undefined;
          const dated = time?.rangeStart && time.rangeEnd;
          return [
            articleId,
            s.speaker !== null ? (actorIds.get(s.speaker) ?? null) : null,
            s.source ? (mentionAt.get(`${s.source[0]}:${s.source[1]}`) ?? null) : null,
            s.kind,
            s.content.map(([a, b]) => text.slice(a, b)).join(' … '),
            cs,
            ce,
            JSON.stringify(s.content),
            s.cue ? text.slice(s.cue[0], s.cue[1]) : null,
            s.cue?.[0] ?? null,
            s.cue?.[1] ?? null,
            s.source ? text.slice(s.source[0], s.source[1]) : null,
            s.source?.[0] ?? null,
            s.source?.[1] ?? null,
            time?.id ?? null,
            dated ? time.rangeStart : publishedDay,
            dated ? time.rangeEnd : publishedDay ? new Date(publishedDay.getTime() + DAY) : null,
          ];
        }),
        [{ name: 'search', from: 'text', sql: (text) => `to_tsvector('english', ${searchable(text).sql})` }],
      );

      const eventIds = await storeEvents(tx, articleId, article, f, actorIds, timexes);
      return { articleId, created: true, statementIds, eventIds };
    },
    { maxWait: 30_000, timeout: 120_000 },
  );
}

interface TimelineEvent {
  finding: Findings['events'][number];
  participants: { actorId: number; role: string }[];
  time: { id: number; rangeStart: Date | null; rangeEnd: Date | null; precision: string | null } | undefined;
  key: EventKey;
}

/** An event the article's mentions are matched against: already stored (id) or new in this article. */
interface Candidate {
  id: number | null;
  key: EventKey;
  rangeStart: Date | null;
  rangeEnd: Date | null;
  precision: string | null;
  /** The range moved earlier because of this article (stored events only). */
  moved: boolean;
}

/** Stored events of the article's types that share a participant with it, as matching keys. */
async function storedCandidates(tx: Tx, found: TimelineEvent[]): Promise<Candidate[]> {
  const types = [...new Set(found.map((e) => e.key.type))];
  const actors = [...new Set(found.flatMap((e) => e.key.actorIds))];
  const windows = found.map((e) => eventWindow(e.key)).filter((w) => w !== null);
  if (!actors.length || !windows.length) return [];
  // Only events whose time can agree with this article's (see sameEvent) are read, so the query stays
  // small however long a busy actor's history grows.
  const slack = (SLACK_DAYS + 1) * DAY;
  const lo = new Date(Math.min(...windows.map((w) => w[0])) - slack);
  const hi = new Date(Math.max(...windows.map((w) => w[1])) + slack);
  const rows = await tx.$queryRaw<{ id: number; type: string; actorIds: number[]; rangeStart: Date | null; rangeEnd: Date | null; precision: string | null; reportedAt: Date | null }[]>`
    SELECT e.id, e.type, e."rangeStart", e."rangeEnd", e.precision::text AS precision,
           (SELECT array_agg(DISTINCT p."actorId") FROM "EventParticipant" p WHERE p."eventId" = e.id) AS "actorIds",
           (SELECT max(a."publishedAt") FROM "EventMention" m JOIN "Article" a ON a.id = m."articleId" WHERE m."eventId" = e.id) AS "reportedAt"
    FROM "Event" e
    WHERE e.type = ANY(${types}::text[])
      AND e.id IN (SELECT "eventId" FROM "EventParticipant" WHERE "actorId" = ANY(${actors}::int[]))
      AND CASE WHEN e."rangeStart" IS NOT NULL THEN e."rangeStart" < ${hi}::date AND e."rangeEnd" > ${lo}::date
               ELSE EXISTS (SELECT 1 FROM "EventMention" m JOIN "Article" a ON a.id = m."articleId"
                            WHERE m."eventId" = e.id AND a."publishedAt" BETWEEN ${lo}::timestamptz - interval '8 days' AND ${hi}::timestamptz + interval '8 days') END`;
  return rows.map((r) => ({
    id: r.id,
    key: { type: r.type, actorIds: r.actorIds ?? [], start: r.rangeStart?.getTime() ?? null, end: r.rangeEnd?.getTime() ?? null, reportedAt: r.reportedAt?.getTime() ?? null },
    rangeStart: r.rangeStart,
    rangeEnd: r.rangeEnd,
    precision: r.precision,
    moved: false,
  }));
}

/**
 * Typed events become Event rows; a mention of an event already known (see sameEvent) joins it instead,
 * so a timeline lists one signing however many articles report it. Matching is done in memory, and
 * the writes are a fixed handful of statements however many events the article reports.
 */
async function storeEvents(
  tx: Tx,
  articleId: number,
  article: CanonicalArticle,
  f: Findings,
  actorIds: Map<string, number>,
  timexes: { id: number; rangeStart: Date | null; rangeEnd: Date | null; precision: string | null }[],
): Promise<number[]> {
  const found: TimelineEvent[] = f.events
    .filter((e) => isTimelineEvent(e.type))
    .map((e) => {
      const participants = e.participants.filter((p) => actorIds.has(p.actor)).map((p) => ({ actorId: actorIds.get(p.actor)!, role: p.role }));
      const time = e.time !== null ? timexes[e.time] : undefined;
      const key: EventKey = {
        type: e.type,
        actorIds: [...new Set(participants.map((p) => p.actorId))],
        start: time?.rangeStart?.getTime() ?? null,
        end: time?.rangeEnd?.getTime() ?? null,
        reportedAt: article.publishedAt?.getTime() ?? null,
      };
      return { finding: e, participants, time, key };
    });
  if (found.length === 0) return [];

  // Two concurrent ingests must not both create one event: whoever matches events of a type with an
  // actor holds that (type, actor) pair until commit. Pairs in a fixed order cannot deadlock; articles
  // about different actors or types do not wait for each other.
  const pairs = [...new Set(found.flatMap((e) => e.key.actorIds.map((a) => `${e.key.type}:${a}`)))].sort();
  if (pairs.length) {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('newsgraph:event:' || p)) FROM unnest(${pairs}::text[]) AS p ORDER BY p`;
  }
  const candidates = await storedCandidates(tx, found);
  const assigned: Candidate[] = [];
  for (const e of found) {
    let match = candidates.find((c) => sameEvent(c.key, e.key));
    if (!match) {
      match = { id: null, key: { ...e.key }, rangeStart: e.time?.rangeStart ?? null, rangeEnd: e.time?.rangeEnd ?? null, precision: e.time?.precision ?? null, moved: false };
      candidates.push(match);
    } else {
      match.key.actorIds = [...new Set([...match.key.actorIds, ...e.key.actorIds])];
      // An event is dated by its earliest dated account.
      if (e.time?.rangeStart && (!match.rangeStart || e.time.rangeStart < match.rangeStart)) {
        Object.assign(match, { rangeStart: e.time.rangeStart, rangeEnd: e.time.rangeEnd, precision: e.time.precision, moved: match.id !== null });
      }
    }
    assigned.push(match);
  }

  const fresh = [...new Set(assigned.filter((c) => c.id === null))];
  if (fresh.length) {
    // Serial ids follow the order of the rows inserted, so sorted ids line up with `fresh`.
    const ids = await insertMany(
      tx,
      'Event',
      [['type', 'text'], ['rangeStart', 'date'], ['rangeEnd', 'date'], ['precision', 'text', 'Precision']],
      fresh.map((c) => [c.key.type, c.rangeStart, c.rangeEnd, c.precision]),
    );
    ids.forEach((id, i) => (fresh[i].id = id));
  }
  const moved = candidates.filter((c) => c.moved);
  if (moved.length) {
    await tx.$executeRaw`
      UPDATE "Event" e SET "rangeStart" = u.s, "rangeEnd" = u.e, precision = u.p::"Precision"
      FROM unnest(${moved.map((c) => c.id!)}::int[], ${moved.map((c) => c.rangeStart)}::date[], ${moved.map((c) => c.rangeEnd)}::date[], ${moved.map((c) => c.precision)}::text[]) AS u(id, s, e, p)
      WHERE e.id = u.id`;
  }
  const mentionIds = await insertMany(
    tx,
    'EventMention',
    [['eventId', 'int'], ['articleId', 'int'], ['trigger', 'text'], ['triggerStart', 'int'], ['triggerEnd', 'int'], ['timeExpressionId', 'int']],
    found.map((e, i) => [assigned[i].id, articleId, article.text.slice(e.finding.trigger[0], e.finding.trigger[1]), e.finding.trigger[0], e.finding.trigger[1], e.time?.id ?? null]),
  );
  // One row per (report, actor, role): an extractor may name the same participant twice.
  const participants = new Map<string, unknown[]>();
  found.forEach((e, i) =>
    e.participants.forEach((p) => participants.set(`${mentionIds[i]}:${p.actorId}:${p.role}`, [assigned[i].id, mentionIds[i], p.actorId, p.role])),
  );
  await insertMany(tx, 'EventParticipant', [['eventId', 'int'], ['eventMentionId', 'int'], ['actorId', 'int'], ['role', 'text']], [...participants.values()]);
  return [...new Set(assigned.map((c) => c.id!))];
}
