/**
 * End-to-end bulk ingestion of the PolNeAR train split into a fresh database of its own:
 * articles/s and words/s, where the time goes (extraction vs database), storage per article,
 * the cost of a no-op re-ingest and the peak RSS.
 *
 * `npm run bench:ingest [-- PATH] [-- --keep]` — PATH defaults to ../shared/corpora/polnear/train.
 * The last line is always `ingested N articles in S s`.
 */
import { performance } from 'node:perf_hooks';
import { createDb, type Db } from '../src/db/client';
import { extract } from '../src/extract';
import { canonicalizeArticle } from '../src/ingest/article-input';
import type { BulkResult } from '../src/ingest/bulk';
import { createBenchDatabase, DEFAULT_SPLIT, INGEST_CONCURRENCY, ingestCorpus, loadCorpus, machineLine, type Corpus } from './corpus';

const log = (line: string) => console.log(line);

function parseArgs(argv: string[]): { split: string; keep: boolean } {
  const positional = argv.filter((a) => !a.startsWith('--'));
  return { split: positional[0] ?? DEFAULT_SPLIT, keep: argv.includes('--keep') };
}

const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const mib = (bytes: number) => `${fmt(bytes / 2 ** 20, 1)} MiB`;

function reportPass(result: BulkResult, seconds: number): void {
  log(`  ${result.created} new, ${result.skipped} already stored, ${result.failed} failed`);
  for (const f of result.failures.slice(0, 5)) log(`  failed: ${f.name}: ${f.error}`);
  log(`  ${fmt(result.created / seconds, 1)} articles/s, ${fmt(result.words / seconds)} words/s (end to end, ${fmt(seconds, 2)} s)`);
}

interface TableSize {
  table: string;
  rows: number;
  total: number;
  heap: number;
  indexes: number;
}

/** Sizes of the newsgraph tables (heap + TOAST, indexes), biggest first. */
async function tableSizes(db: Db): Promise<TableSize[]> {
  const rows = await db.$queryRawUnsafe<{ table: string; total: bigint; heap: bigint; indexes: bigint }[]>(`
    SELECT c.relname AS table, pg_total_relation_size(c.oid) AS total,
           pg_table_size(c.oid) AS heap, pg_indexes_size(c.oid) AS indexes
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relname <> '_prisma_migrations'
    ORDER BY 2 DESC`);
  const sizes: TableSize[] = [];
  for (const r of rows) {
    // Exact counts: the tables are small enough here, and reltuples is stale right after a bulk load.
    const [{ n }] = await db.$queryRawUnsafe<{ n: number }[]>(`SELECT count(*)::int AS n FROM "${r.table}"`);
    sizes.push({ table: r.table, rows: n, total: Number(r.total), heap: Number(r.heap), indexes: Number(r.indexes) });
  }
  return sizes;
}

async function largestIndexes(db: Db, limit = 8): Promise<{ index: string; bytes: number }[]> {
  const rows = await db.$queryRawUnsafe<{ index: string; bytes: bigint }[]>(`
    SELECT c.relname AS index, pg_relation_size(c.oid) AS bytes
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = 'public' AND c.relkind = 'i' ORDER BY 2 DESC LIMIT ${limit}`);
  return rows.map((r) => ({ index: r.index, bytes: Number(r.bytes) }));
}

async function reportStorage(db: Db, articles: number, textBytes: number): Promise<void> {
  const sizes = await tableSizes(db);
  const total = sizes.reduce((s, t) => s + t.total, 0);
  log(`storage after ingest (pg_total_relation_size per table):`);
  log(`  ${'table'.padEnd(18)} ${'rows'.padStart(8)} ${'total'.padStart(11)} ${'heap+toast'.padStart(11)} ${'indexes'.padStart(11)} ${'bytes/article'.padStart(14)}`);
  for (const t of sizes) {
    log(`  ${t.table.padEnd(18)} ${fmt(t.rows).padStart(8)} ${mib(t.total).padStart(11)} ${mib(t.heap).padStart(11)} ${mib(t.indexes).padStart(11)} ${fmt(t.total / articles).padStart(14)}`);
  }
  const indexBytes = sizes.reduce((s, t) => s + t.indexes, 0);
  log(`  all tables: ${mib(total)} (${mib(indexBytes)} of it indexes) = ${fmt(total / articles)} bytes/article; source text ${fmt(textBytes / articles)} bytes/article (×${fmt(total / textBytes, 1)})`);
  const [{ size }] = await db.$queryRawUnsafe<{ size: bigint }[]>('SELECT pg_database_size(current_database()) AS size');
  log(`  whole database incl. catalogs: ${mib(Number(size))}`);
  log(`  largest indexes: ${(await largestIndexes(db)).map((i) => `${i.index} ${mib(i.bytes)}`).join(', ')}`);
}

/** What a statement is, for the time accounting: its table and verb, or the ingest step it belongs to. */
function statementLabel(sql: string): string {
  const q = sql.replace(/\s+/g, ' ').trim();
  if (/pg_advisory_xact_lock/.test(q)) return 'event-identity advisory lock (wait)';
  if (/"actorIds"/.test(q) && /FROM "Event" e\b/.test(q)) return 'event candidates SELECT (store.ts, events)';
  if (/UPDATE "Statement" SET search/.test(q)) return 'Statement tsvector UPDATE';
  const m = /^(INSERT INTO|UPDATE|DELETE FROM|SELECT .*? FROM) "?(?:public"\.")?"?(\w+)"?/i.exec(q);
  if (m) return `${m[1].split(' ')[0].toUpperCase()} ${m[2]}${/ON CONFLICT .* DO UPDATE/.test(q) ? ' (upsert)' : ''}`;
  return q.slice(0, 40);
}

/** Sums Prisma's per-statement durations by kind (they include lock waits; connections overlap). */
function accountStatements(db: Db): Map<string, { n: number; ms: number }> {
  const totals = new Map<string, { n: number; ms: number }>();
  const on = (db as unknown as { $on: (event: 'query', cb: (e: { query: string; duration: number }) => void) => void }).$on.bind(db);
  on('query', (e) => {
    const label = statementLabel(e.query);
    const t = totals.get(label) ?? { n: 0, ms: 0 };
    t.n++;
    t.ms += e.duration;
    totals.set(label, t);
  });
  return totals;
}

function reportStatements(totals: Map<string, { n: number; ms: number }>, wallSeconds: number): void {
  const rows = [...totals].sort((a, b) => b[1].ms - a[1].ms);
  const all = rows.reduce((s, [, t]) => s + t.ms, 0);
  log(`time in SQL statements, summed over connections (${fmt(all / 1000, 1)} s in all for ${fmt(wallSeconds, 1)} s of wall time):`);
  for (const [label, t] of rows.slice(0, 12)) {
    log(`  ${label.padEnd(48)} ${fmt(t.n).padStart(7)} × ${fmt(t.ms / Math.max(1, t.n), 1).padStart(7)} ms = ${fmt(t.ms / 1000, 1).padStart(7)} s`);
  }
}

/**
 * Extraction alone, on this thread, over the same texts: subtracted from the ingest wall time it tells
 * how much of the ingest is spent waiting on the database (extraction does not overlap itself, as it is
 * synchronous on the one Node thread; database work overlaps with it thanks to the concurrency window).
 */
function timeExtraction(corpus: Corpus): number {
  const t0 = performance.now();
  let sink = 0;
  for (const item of corpus.items) {
    let a: ReturnType<typeof canonicalizeArticle>;
    try {
      a = canonicalizeArticle(item.load());
    } catch {
      continue; // refused at ingest too (reported above)
    }
    const f = extract(a.text, { publishedAt: a.publishedAt ? a.publishedAt.toISOString().slice(0, 10) : null, title: a.title });
    sink += f.statements.length;
  }
  if (sink < 0) log(String(sink)); // keeps the work observable
  return (performance.now() - t0) / 1000;
}

async function main(): Promise<void> {
  const { split, keep } = parseArgs(process.argv.slice(2));
  const corpus = loadCorpus(split);
  log(`bench:ingest — ${corpus.items.length} articles from ${split} (${corpus.withMetadata} with metadata, ${mib(corpus.bytes)} of text), concurrency ${INGEST_CONCURRENCY}`);
  const database = await createBenchDatabase(log, { keep });
  log(machineLine(database.serverVersion));
  log(`database: ${database.name}`);
  const db = createDb(database.url);
  const statementTimes = accountStatements(db);
  let firstSeconds = 0;
  let created = 0;
  try {
    const t0 = performance.now();
    const first = await ingestCorpus(db, corpus, 'ingesting');
    firstSeconds = (performance.now() - t0) / 1000;
    created = first.created;
    log(`first ingest:`);
    reportPass(first, firstSeconds);
    reportStatements(statementTimes, firstSeconds);

    await reportStorage(db, Math.max(1, first.created), corpus.bytes);

    const t1 = performance.now();
    const again = await ingestCorpus(db, corpus, 're-ingesting');
    const againSeconds = (performance.now() - t1) / 1000;
    log(`re-ingest of the same folder (no-op): ${fmt(againSeconds, 2)} s, ${again.skipped} already stored, ${again.created} new, ${again.failed} failed`);

    const extractSeconds = timeExtraction(corpus);
    const share = (s: number) => `${fmt((100 * s) / firstSeconds)} %`;
    log(`where the time goes: extraction alone ${fmt(extractSeconds, 2)} s (${share(extractSeconds)} of the ingest wall time), ` +
        `database and the rest ${fmt(Math.max(0, firstSeconds - extractSeconds), 2)} s (${share(Math.max(0, firstSeconds - extractSeconds))})`);
    log(`peak RSS of the bench process: ${fmt(process.resourceUsage().maxRSS / 1024, 0)} MiB`);
  } finally {
    await db.$disconnect();
    await database.close({ keep });
  }
  log(`ingested ${created} articles in ${firstSeconds.toFixed(1)} s`);
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? (e.stack ?? e.message) : e);
  process.exit(1);
});
