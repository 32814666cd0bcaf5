/**
 * Read throughput of the GraphQL API against its physical baseline: the same data fetched with
 * hand-written SQL through a pg.Pool, at the same concurrency for the same time.
 *
 * `npm run bench:api` — loads the PolNeAR train split into a fresh database, starts the real server
 * (startServer) in a child process, drives three query shapes with autocannon over 127.0.0.1, then
 * the equivalent SQL. The last line is always `nested-query ratio to SQL: 0.NN`.
 *
 * `npm run bench:api -- --database URL` measures an already loaded database instead (for example one
 * kept by `npm run bench:ingest -- --keep`): no load step, and the database is left as it was.
 */
import { fork, type ChildProcess } from 'node:child_process';
import * as http from 'node:http';
import { randomBytes } from 'node:crypto';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { isDeepStrictEqual } from 'node:util';
import autocannon from 'autocannon';
import { Pool } from 'pg';
import { createDb } from '../src/db/client';
import { type BenchDatabase, createBenchDatabase, DEFAULT_SPLIT, ingestCorpus, loadCorpus, machineLine, onServer } from './corpus';

/** Seconds of load per shape and side; a short warm-up first so the JIT and caches are hot. */
const DURATION_S = Number(process.env.BENCH_DURATION || 10);
const WARMUP_S = 2;
/** Concurrent clients for both sides; both reach PostgreSQL through a pool of 10 (the server's default). */
const CONNECTIONS = 16;
const POOL_SIZE = 10;
const SEARCH_WORD = 'campaign';
/** The issue's target: the nested query at half the SQL baseline's rate or better, p95 < 50 ms there. */
const TARGET_RATIO = 0.5;

const log = (line: string) => console.log(line);
const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

interface Shape {
  name: string;
  query: string;
  variables: Record<string, unknown>;
  /** The same data as the GraphQL response's `data`, fetched with hand-written SQL. */
  sql: (pool: Pool) => Promise<Json>;
}

// ---------------------------------------------------------------------------------------------
// The three shapes, each as GraphQL and as SQL returning the same data.

const NESTED = `{ actors(first: 50) { totalCount edges { node { id name kind statements(first: 20) { totalCount edges { node { kind text cue article { title } } } } } } } }`;

/** Two round trips: the actor page with its count, then ≤20 statements per actor with counts and titles. */
async function nestedSql(pool: Pool): Promise<Json> {
  const actors = await pool.query<{ id: number; name: string; kind: string; total: number }>(
    `SELECT a.id, a.name, a.kind::text AS kind, (SELECT count(*)::int FROM "Actor") AS total
     FROM "Actor" a ORDER BY a.id LIMIT 50`,
  );
  const ids = actors.rows.map((a) => a.id);
  const statements = await pool.query<{ pid: number; n: number; kind: string | null; text: string | null; cue: string | null; title: string | null }>(
    `SELECT p.pid, c.n, s.kind::text AS kind, s.text, s.cue, ar.title
     FROM unnest($1::int[]) AS p(pid)
     CROSS JOIN LATERAL (SELECT count(*)::int AS n FROM "Statement" WHERE "speakerId" = p.pid) c
     LEFT JOIN LATERAL (SELECT t.id, t.kind, t.text, t.cue, t."articleId" FROM "Statement" t
                        WHERE t."speakerId" = p.pid ORDER BY t.id LIMIT 20) s ON TRUE
     LEFT JOIN "Article" ar ON ar.id = s."articleId"
     ORDER BY p.pid, s.id`,
    [ids],
  );
  const byActor = new Map<number, { n: number; edges: Json[] }>();
  for (const r of statements.rows) {
    const entry = byActor.get(r.pid) ?? { n: r.n, edges: [] };
    if (r.kind !== null) entry.edges.push({ node: { kind: r.kind, text: r.text, cue: r.cue, article: { title: r.title } } });
    byActor.set(r.pid, entry);
  }
  return {
    actors: {
      totalCount: actors.rows[0]?.total ?? 0,
      edges: actors.rows.map((a) => ({
        node: {
          id: `Actor:${a.id}`,
          name: a.name,
          kind: a.kind,
          statements: { totalCount: byActor.get(a.id)?.n ?? 0, edges: byActor.get(a.id)?.edges ?? [] },
        },
      })),
    },
  };
}

const TIMELINE = `query($actor: ID!) { timeline(actor: $actor, first: 20) { totalCount edges { node { kind date { start end precision }
  statement { id kind text cue } event { id type date { start end precision } } evidence { start end text } } } } }`;

/** One round trip: the merged, date-ordered page with statement/event fields, event reports and the total. */
function timelineSql(actorId: number) {
  return async (pool: Pool): Promise<Json> => {
    const { rows } = await pool.query<{
      total: number; k: 'S' | 'E'; id: number; ds: string | null; de: string | null; precision: string | null;
      s_kind: string | null; s_text: string | null; cue: string | null; cs: number | null; ce: number | null;
      e_type: string | null; reports: { start: number; end: number; text: string }[] | null;
    }>(
      `WITH items AS (
         SELECT 'S' AS k, s.id, s."dateStart" AS ds, s."dateEnd" AS de, NULL::text AS precision FROM "Statement" s WHERE s."speakerId" = $1
         UNION ALL
         SELECT 'E', e.id, e."rangeStart", e."rangeEnd", e.precision::text FROM "Event" e
         WHERE e.id IN (SELECT "eventId" FROM "EventParticipant" WHERE "actorId" = $1)
       ), page AS (SELECT * FROM items ORDER BY coalesce(ds, 'infinity'::date), k, id LIMIT 20)
       SELECT (SELECT count(*)::int FROM items) AS total, p.k, p.id, p.ds::text AS ds, p.de::text AS de, p.precision,
              s.kind::text AS s_kind, s.text AS s_text, s.cue, s."contentStart" AS cs, s."contentEnd" AS ce, e.type AS e_type,
              (SELECT json_agg(json_build_object('start', m."triggerStart", 'end', m."triggerEnd", 'text', m.trigger) ORDER BY m.id)
                 FROM "EventMention" m WHERE p.k = 'E' AND m."eventId" = p.id) AS reports
       FROM page p
       LEFT JOIN "Statement" s ON p.k = 'S' AND s.id = p.id
       LEFT JOIN "Event" e ON p.k = 'E' AND e.id = p.id
       ORDER BY coalesce(p.ds, 'infinity'::date), p.k, p.id`,
      [actorId],
    );
    const range = (start: string | null, end: string | null, precision: string | null): Json =>
      start && end ? { start, end, precision } : null;
    return {
      timeline: {
        totalCount: rows[0]?.total ?? 0,
        edges: rows.map((r) => ({
          node: {
            kind: r.k === 'S' ? 'STATEMENT' : 'EVENT',
            date: range(r.ds, r.de, r.k === 'S' ? null : r.precision),
            statement: r.k === 'S' ? { id: `Statement:${r.id}`, kind: r.s_kind, text: r.s_text, cue: r.cue } : null,
            event: r.k === 'E' ? { id: `Event:${r.id}`, type: r.e_type, date: range(r.ds, r.de, r.precision) } : null,
            evidence: r.k === 'S' ? [{ start: r.cs, end: r.ce, text: r.s_text }] : (r.reports ?? []),
          },
        })),
      },
    };
  };
}

const SEARCH = `query($q: String!) { statements(filter: { search: $q }, first: 20) { totalCount edges { node { id kind text
  speaker { name } article { title publishedAt } } } } }`;

/** One round trip: the matching page joined to speaker and article, with the total. */
async function searchSql(pool: Pool): Promise<Json> {
  const { rows } = await pool.query<{ id: number; kind: string; text: string; speaker: string | null; title: string | null; published: Date | null; total: number }>(
    `SELECT s.id, s.kind::text AS kind, s.text, sp.name AS speaker, ar.title, ar."publishedAt" AS published,
            (SELECT count(*)::int FROM "Statement" c WHERE c.search @@ websearch_to_tsquery('english', $1)) AS total
     FROM "Statement" s
     LEFT JOIN "Actor" sp ON sp.id = s."speakerId"
     JOIN "Article" ar ON ar.id = s."articleId"
     WHERE s.search @@ websearch_to_tsquery('english', $1)
     ORDER BY s.id LIMIT 20`,
    [SEARCH_WORD],
  );
  return {
    statements: {
      totalCount: rows[0]?.total ?? 0,
      edges: rows.map((r) => ({
        node: {
          id: `Statement:${r.id}`,
          kind: r.kind,
          text: r.text,
          speaker: r.speaker === null ? null : { name: r.speaker },
          article: { title: r.title, publishedAt: r.published ? r.published.toISOString() : null },
        },
      })),
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Load generation and measurement.

interface Figures {
  reqPerSec: number;
  p50: number;
  p95: number;
  p99: number;
  failures: number;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

function figuresOf(latenciesMs: number[], completed: number, seconds: number, failures: number): Figures {
  const sorted = Float64Array.from(latenciesMs).sort();
  const list = Array.from(sorted);
  return { reqPerSec: completed / seconds, p50: percentile(list, 50), p95: percentile(list, 95), p99: percentile(list, 99), failures };
}

/** autocannon against the server; latencies are collected from its 'response' events (it has no p95). */
async function driveGraphql(url: string, shape: Shape, seconds: number): Promise<Figures> {
  const latencies: number[] = [];
  const instance = autocannon({
    url,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: shape.query, variables: shape.variables }),
    connections: CONNECTIONS,
    duration: seconds,
    timeout: 30,
  });
  instance.on('response', (_client: unknown, status: number, _bytes: number, ms: number) => {
    if (status === 200) latencies.push(ms);
  });
  const result = await instance;
  return figuresOf(latencies, result['2xx'], result.duration, result.errors + result.timeouts + result.non2xx);
}

/**
 * A fixed offered load: one request every 1/rate s (autocannon's own rate limit sends each second's
 * quota in a burst), over at most CONNECTIONS keep-alive connections. Latency counts from when a
 * request was due, so time spent waiting for a free connection is not hidden (coordinated omission).
 */
async function drivePaced(url: string, shape: Shape, seconds: number, rate: number): Promise<Figures> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: CONNECTIONS });
  const body = JSON.stringify({ query: shape.query, variables: shape.variables });
  const target = new URL(url);
  const latencies: number[] = [];
  let failures = 0;
  const send = (due: number) =>
    new Promise<void>((resolve) => {
      const req = http.request(
        { host: target.hostname, port: target.port, path: target.pathname, method: 'POST', agent, timeout: 30_000,
          headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } },
        (res) => {
          res.resume();
          res.on('end', () => {
            if (res.statusCode === 200) latencies.push(performance.now() - due);
            else failures++;
            resolve();
          });
        },
      );
      req.on('error', () => {
        failures++;
        resolve();
      });
      req.end(body);
    });
  const started = performance.now();
  const total = Math.round(seconds * rate);
  const inFlight: Promise<void>[] = [];
  for (let i = 0; i < total; i++) {
    const due = started + (i * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    inFlight.push(send(due));
  }
  await Promise.all(inFlight);
  agent.destroy();
  return figuresOf(latencies, latencies.length, (performance.now() - started) / 1000, failures);
}

/** A closed loop of CONNECTIONS clients sharing one pool, for a fixed time (the SQL twin of autocannon). */
async function driveSql(pool: Pool, shape: Shape, seconds: number): Promise<Figures> {
  const latencies: number[] = [];
  let failures = 0;
  const started = performance.now();
  const deadline = started + seconds * 1000;
  const client = async () => {
    while (performance.now() < deadline) {
      const t0 = performance.now();
      try {
        await shape.sql(pool);
        latencies.push(performance.now() - t0);
      } catch {
        failures++;
      }
    }
  };
  await Promise.all(Array.from({ length: CONNECTIONS }, client));
  return figuresOf(latencies, latencies.length, (performance.now() - started) / 1000, failures);
}

// ---------------------------------------------------------------------------------------------
// Verification: each GraphQL query answers without errors, and the SQL returns the same data.

async function postGraphql(url: string, shape: Shape): Promise<{ data?: Json; errors?: { message: string }[] }> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: shape.query, variables: shape.variables }),
  });
  return (await res.json()) as { data?: Json; errors?: { message: string }[] };
}

/** The first path where two JSON values differ, for a readable abort message. */
function firstDifference(a: Json, b: Json, at = 'data'): string | null {
  if (isDeepStrictEqual(a, b)) return null;
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const k of keys) {
      const d = firstDifference((a as Record<string, Json>)[k] ?? null, (b as Record<string, Json>)[k] ?? null, `${at}.${k}`);
      if (d) return d;
    }
    if (Array.isArray(a) && Array.isArray(b) && a.length !== b.length) return `${at}: ${a.length} vs ${b.length} items`;
  }
  return `${at}: GraphQL ${JSON.stringify(a)?.slice(0, 200)} vs SQL ${JSON.stringify(b)?.slice(0, 200)}`;
}

function isEmpty(data: Json | undefined): boolean {
  if (!data || typeof data !== 'object') return true;
  const root = Object.values(data)[0] as { edges?: unknown[] } | null;
  return !root || !Array.isArray(root.edges) || root.edges.length === 0;
}

/** Checks the shape once and returns the size of its GraphQL response body in bytes. */
async function verify(url: string, pool: Pool, shape: Shape): Promise<number> {
  const res = await postGraphql(url, shape);
  if (res.errors?.length) throw new Error(`${shape.name}: the GraphQL response has errors: ${res.errors.map((e) => e.message).join('; ')}`);
  if (isEmpty(res.data)) throw new Error(`${shape.name}: the GraphQL response has no data (${JSON.stringify(res.data)?.slice(0, 200)})`);
  const diff = firstDifference(res.data!, await shape.sql(pool));
  if (diff) throw new Error(`${shape.name}: the SQL baseline does not return the same data as GraphQL — ${diff}`);
  return Buffer.byteLength(JSON.stringify(res));
}

// ---------------------------------------------------------------------------------------------

/** The real server in a child process; resolves with its port and a stop function. */
function startServerProcess(databaseUrl: string): Promise<{ port: number; stop: () => Promise<void> }> {
  const child: ChildProcess = fork(path.join(__dirname, 'api-server.js'), [], {
    env: { ...process.env, BENCH_DATABASE_URL: databaseUrl, BENCH_ADMIN_TOKEN: randomBytes(24).toString('hex'), DATABASE_URL: '' },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    // BENCH_SERVER_PROFILE=DIR writes a V8 CPU profile of the server process there (where its time goes).
    execArgv: process.env.BENCH_SERVER_PROFILE ? ['--cpu-prof', '--cpu-prof-dir', process.env.BENCH_SERVER_PROFILE] : [],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.connected) child.send('stop');
    // Bounded: a server that does not stop within 10 s is killed.
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
  };
  return new Promise((resolve, reject) => {
    child.once('message', (m: { port?: number }) => (m.port ? resolve({ port: m.port, stop }) : reject(new Error('no port from the server'))));
    child.once('exit', (code) => reject(new Error(`the server process exited with code ${code} before listening`)));
  });
}

async function topSpeaker(pool: Pool): Promise<{ id: number; name: string; statements: number }> {
  const { rows } = await pool.query<{ id: number; name: string; n: number }>(
    `SELECT a.id, a.name, count(*)::int AS n FROM "Statement" s JOIN "Actor" a ON a.id = s."speakerId"
     GROUP BY a.id ORDER BY n DESC, a.id LIMIT 1`,
  );
  if (!rows[0]) throw new Error('no statement has a speaker: nothing to put on a timeline');
  return { id: rows[0].id, name: rows[0].name, statements: rows[0].n };
}

const ms = (v: number) => `${fmt(v, v < 10 ? 2 : 1)} ms`;

function printRow(name: string, gql: Figures, sql: Figures): void {
  log(`${name}`);
  log(`  GraphQL: ${fmt(gql.reqPerSec, 1).padStart(8)} req/s   p50 ${ms(gql.p50)}   p95 ${ms(gql.p95)}   p99 ${ms(gql.p99)}${gql.failures ? `   (${gql.failures} failed)` : ''}`);
  log(`  SQL:     ${fmt(sql.reqPerSec, 1).padStart(8)} req/s   p50 ${ms(sql.p50)}   p95 ${ms(sql.p95)}   p99 ${ms(sql.p99)}${sql.failures ? `   (${sql.failures} failed)` : ''}`);
  log(`  ratio GraphQL/SQL (req/s): ${(gql.reqPerSec / sql.reqPerSec).toFixed(2)}`);
}

/** An existing, loaded database named by `--database URL`, used as it is and never dropped. */
async function existingDatabase(url: string): Promise<BenchDatabase> {
  const { rows } = await onServer(url, (c) =>
    c.query<{ server_version: string; articles: number }>(
      `SELECT current_setting('server_version') AS server_version, (SELECT count(*)::int FROM "Article") AS articles`,
    ),
  );
  if (!rows[0].articles) throw new Error(`${url} holds no articles: load it first (npm run bench:ingest -- --keep)`);
  return { url, name: new URL(url).pathname.slice(1), serverVersion: rows[0].server_version, embedded: null, close: async () => {} };
}

function option(argv: string[], name: string): string | undefined {
  const i = argv.indexOf(name);
  if (i >= 0 && !argv[i + 1]) throw new Error(`${name} needs a value`);
  return i >= 0 ? argv[i + 1] : undefined;
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const reuse = option(argv, '--database');
  const database = reuse ? await existingDatabase(reuse) : await createBenchDatabase(log);
  let server: { port: number; stop: () => Promise<void> } | null = null;
  const pool = new Pool({ connectionString: database.url, max: POOL_SIZE });
  let nestedRatio = NaN;
  try {
    log(machineLine(database.serverVersion));
    if (reuse) {
      log(`corpus: the articles already in ${database.name}`);
    } else {
      const corpus = loadCorpus(argv.find((a) => !a.startsWith('--')) ?? DEFAULT_SPLIT);
      const db = createDb(database.url);
      const ingest = await ingestCorpus(db, corpus, 'loading corpus').finally(() => db.$disconnect());
      log(`corpus: ${ingest.created} articles ingested in ${fmt(ingest.seconds, 1)} s (${ingest.failed} failed) into ${database.name}`);
      // The state autovacuum reaches soon after a bulk load (visibility map, statistics), so that
      // neither side is measured against a table that was just written.
      await pool.query('VACUUM (ANALYZE)');
    }

    const speaker = await topSpeaker(pool);
    log(`timeline actor: ${speaker.name} (Actor:${speaker.id}, ${speaker.statements} statements); search word: "${SEARCH_WORD}"`);
    const shapes: Shape[] = [
      { name: 'nested: actors(50) → statements(20) → article', query: NESTED, variables: {}, sql: nestedSql },
      { name: `timeline(actor: ${speaker.name}, first: 20) with statement/event and evidence`, query: TIMELINE, variables: { actor: `Actor:${speaker.id}` }, sql: timelineSql(speaker.id) },
      { name: `statements(search: "${SEARCH_WORD}", first: 20) → speaker, article`, query: SEARCH, variables: { q: SEARCH_WORD }, sql: searchSql },
    ];

    server = await startServerProcess(database.url);
    const url = `http://127.0.0.1:${server.port}/graphql`;
    const sizes: string[] = [];
    for (const [i, shape] of shapes.entries()) sizes.push(`(${i + 1}) ${fmt((await verify(url, pool, shape)) / 1024, 1)} KiB`);
    log(`verified: every GraphQL response has data and no errors, and equals its SQL twin; response sizes ${sizes.join(', ')}`);
    log(`load: ${CONNECTIONS} concurrent clients, ${DURATION_S} s per shape and side after ${WARMUP_S} s warm-up; pool of ${POOL_SIZE} connections on both sides; loopback only`);

    for (const [i, shape] of shapes.entries()) {
      await driveGraphql(url, shape, WARMUP_S);
      const gql = await driveGraphql(url, shape, DURATION_S);
      await driveSql(pool, shape, WARMUP_S);
      const sql = await driveSql(pool, shape, DURATION_S);
      printRow(`(${i + 1}) ${shape.name}`, gql, sql);
      if (i === 0) {
        nestedRatio = gql.reqPerSec / sql.reqPerSec;
        // The latency target holds at half the SQL rate: offer exactly that load and measure it.
        const rate = Math.max(1, Math.round(TARGET_RATIO * sql.reqPerSec));
        await drivePaced(url, shape, WARMUP_S, rate);
        // A full collection now rather than a pause of the load generator in the middle of the run.
        (globalThis as { gc?: () => void }).gc?.();
        const paced = await drivePaced(url, shape, DURATION_S, rate);
        log(`  GraphQL at ${TARGET_RATIO} × the SQL rate (${fmt(rate)} req/s offered): ${fmt(paced.reqPerSec, 1)} req/s served   p50 ${ms(paced.p50)}   p95 ${ms(paced.p95)}   p99 ${ms(paced.p99)}${paced.failures ? `   (${paced.failures} failed)` : ''}`);
      }
    }
  } finally {
    await server?.stop();
    await pool.end();
    await database.close();
  }
  log(`nested-query ratio to SQL: ${nestedRatio.toFixed(2)}`);
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? (e.stack ?? e.message) : e);
  process.exit(1);
});
