import * as v8 from 'node:v8';
import * as vm from 'node:vm';
import { Client } from 'pg';
import { ingestArticle } from '../../src/ingest';
import { ingestMany } from '../../src/ingest/bulk';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { ADMIN_TOKEN, gql, startTestServer } from '../support/server';
import { rng, syntheticNews } from '../support/synthetic';

async function tableCounts(t: TestDatabase): Promise<Record<string, number>> {
  const rows = await t.db.$queryRaw<{ name: string; n: number }[]>`
    SELECT 'articles' AS name, count(*)::int AS n FROM "Article" UNION ALL SELECT 'actors', count(*)::int FROM "Actor"
    UNION ALL SELECT 'mentions', count(*)::int FROM "Mention" UNION ALL SELECT 'statements', count(*)::int FROM "Statement"
    UNION ALL SELECT 'timexes', count(*)::int FROM "TimeExpression" UNION ALL SELECT 'eventMentions', count(*)::int FROM "EventMention"`;
  return Object.fromEntries(rows.map((r) => [r.name, r.n]));
}

/** The counts one clean, sequential ingest of these texts produces. */
async function referenceCounts(texts: string[]): Promise<Record<string, number>> {
  const ref = await createTestDatabase();
  try {
    for (const text of texts) await ingestArticle(ref.db, { text, publishedAt: '2024-05-06' });
    return await tableCounts(ref);
  } finally {
    await ref.drop();
  }
}

describe('faults and load against a real Postgres', () => {
  let t: TestDatabase;
  beforeEach(async () => {
    t = await createTestDatabase();
  });
  afterEach(async () => t?.drop());

  it('a connection killed in the middle of an ingest leaves all or nothing, and a retry completes it', async () => {
    const text = Array.from({ length: 20 }, (_, i) => syntheticNews(i)).join('\n');
    const admin = new Client({ connectionString: t.url });
    await admin.connect();
    try {
      // Hold the article's transaction right after its statements are written (article, actors,
      // mentions and times are in by then), so the connection dies mid-way, not by luck of timing.
      await admin.query(`CREATE FUNCTION stall() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN PERFORM pg_sleep(60); RETURN NULL; END $$;
        CREATE TRIGGER stall AFTER INSERT ON "Statement" FOR EACH STATEMENT EXECUTE FUNCTION stall();`);
      const ingest = ingestArticle(t.db, { text, publishedAt: '2024-05-06' }).then(
        () => 'stored',
        (e: Error) => `failed: ${e.message}`,
      );
      let killed = 0;
      for (let i = 0; i < 600 && killed === 0; i++) {
        const { rows } = await admin.query(`SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND wait_event = 'PgSleep'`);
        for (const r of rows) killed += (await admin.query('SELECT pg_terminate_backend($1) AS ok', [r.pid])).rows[0].ok ? 1 : 0;
        if (!killed) await new Promise((r) => setTimeout(r, 50));
      }
      expect(killed).toBe(1);
      expect(await ingest).toMatch(/^failed/);
      expect(Object.values(await tableCounts(t)).every((n) => n === 0)).toBe(true);
      await admin.query('DROP TRIGGER stall ON "Statement"; DROP FUNCTION stall()');
    } finally {
      await admin.end();
    }
    // The pool drops the dead connection; the retry stores the article whole.
    const retry = await ingestArticle(t.db, { text, publishedAt: '2024-05-06' });
    expect(retry.created).toBe(true);
    expect(await tableCounts(t)).toEqual(await referenceCounts([text]));
  });

  it('20 concurrent ingests of overlapping article sets store each article, actor and statement once', async () => {
    const texts = Array.from({ length: 16 }, (_, i) => syntheticNews(1000 + i));
    const random = rng(42);
    const sets = Array.from({ length: 20 }, () => texts.filter(() => random() < 0.5));
    const results = await Promise.all(
      sets.map((set) => ingestMany(t.db, set.map((text, i) => ({ name: `a${i}`, load: () => ({ text, publishedAt: '2024-05-06' }) })), { concurrency: 2 })),
    );
    for (const r of results) expect(r.failures).toEqual([]);
    const distinct = texts.filter((x) => sets.some((s) => s.includes(x)));
    expect(results.reduce((n, r) => n + r.created, 0)).toBe(distinct.length);
    expect(await tableCounts(t)).toEqual(await referenceCounts(distinct));
    const dupActors = await t.db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM (SELECT "normalizedName", kind FROM "Actor" GROUP BY 1, 2 HAVING count(*) > 1) d`;
    expect(dupActors[0].n).toBe(0);
  });

  it('sustained reads during a bulk ingest see no errors and memory stays bounded', async () => {
    const server = await startTestServer();
    try {
      v8.setFlagsFromString('--expose-gc');
      const gc = vm.runInNewContext('gc') as () => void;
      const texts = Array.from({ length: 60 }, (_, i) => syntheticNews(5000 + i));
      const heap = () => {
        gc();
        return process.memoryUsage().heapUsed;
      };
      const before = heap();
      let reading = true;
      let reads = 0;
      const errors: unknown[] = [];
      const queries = [
        `{ actors(first: 50) { totalCount edges { node { name statements(first: 20) { totalCount edges { node { text article { title } } } } } } } }`,
        `{ statements(first: 20, filter: { search: "trade" }) { totalCount edges { node { text speaker { name } } } } }`,
        `{ statementStats(groupBy: ACTOR) { key count } }`,
      ];
      const readers = Array.from({ length: 3 }, async (_, i) => {
        while (reading) {
          const res = await gql(server, queries[(reads + i) % queries.length]);
          if (res.errors || res.status !== 200) errors.push(res.errors ?? res.status);
          reads++;
        }
      });
      const result = await ingestMany(server.database.db, texts.map((text, i) => ({ name: `${i}`, load: () => ({ text }) })), { concurrency: 3 });
      reading = false;
      await Promise.all(readers);
      expect(result.failures).toEqual([]);
      expect(result.created).toBe(texts.length);
      expect(errors).toEqual([]);
      expect(reads).toBeGreaterThan(20);
      // Loaders and caches are per request: what a few hundred requests leave behind is small.
      expect(heap() - before).toBeLessThan(64 * 1024 * 1024);
    } finally {
      await server.stop();
    }
  });

  it('hostile text through the API is stored whole or refused with a code, never a crash', async () => {
    const server = await startTestServer();
    try {
      const r = rng(7);
      const texts = [
        'the minister said that '.repeat(8_000),
        '"unbalanced “quotes ‘everywhere '.repeat(3_000),
        'Привет мир. مرحبا بالعالم. 你好世界。 The mayor said: “ok”. 😀'.repeat(500),
        'x'.repeat(300_000),
        'line\n'.repeat(20_000),
        'bell\u0007 and escape\u001b characters said the governor.',
        Array.from({ length: 2000 }, () => String.fromCharCode(32 + Math.floor(r() * 0x2fff))).join(''),
      ];
      const mutation = `mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { created statementCount article { wordCount } } }`;
      for (const text of texts) {
        const res = await gql(server, mutation, { input: { text } }, ADMIN_TOKEN);
        if (res.errors) expect(['INVALID_TEXT', 'EMPTY_TEXT', 'TEXT_TOO_LARGE']).toContain(res.errors[0].extensions?.code);
        else expect(res.data.ingestArticle.created).toBe(true);
      }
      const health = await fetch(`http://127.0.0.1:${server.port}/healthz`);
      expect(await health.json()).toEqual({ ok: true });
    } finally {
      await server.stop();
    }
  }, 300_000);
});
