import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import type { Config } from '../config';
import { createDb } from '../db/client';
import { openDatabase } from '../db/database';
import { ingestMany } from '../ingest/bulk';
import { listArticleFiles, readArticleFile } from '../ingest/files';
import { startServer } from '../server';
import { progressReporter } from './progress';

/**
 * Start everything: the database (embedded unless DATABASE_URL), its migrations, the seed articles
 * that are not stored yet, and the HTTP server. Ctrl-C stops the server and then the database.
 */
export async function serve(config: Config, seedPaths: string[]): Promise<void> {
  const log = (line: string) => process.stderr.write(`${line}\n`);
  const database = await openDatabase(config, log);
  const db = createDb(database.url);
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`\n${signal}: shutting down`);
    await server?.close().catch(() => undefined);
    await db.$disconnect().catch(() => undefined);
    await database.close().catch(() => undefined);
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
  let server: Awaited<ReturnType<typeof startServer>> | undefined;
  try {
    const seeds = seedPaths.filter((p) => fs.existsSync(p));
    if (seeds.length) {
      const files = listArticleFiles(seeds);
      const bar = progressReporter('seeding', files.length);
      const result = await ingestMany(db, files.map((f) => ({ name: f, load: () => readArticleFile(f) })), { onProgress: bar.update });
      bar.stop();
      log(`seeds: ${result.created} ingested, ${result.skipped} already stored, ${result.failed} failed`);
      for (const f of result.failures) log(`  ${f.name}: ${f.error}`);
    }
    const adminToken = config.adminToken ?? randomBytes(24).toString('base64url');
    server = await startServer({ config, db, adminToken });
    if (!config.adminToken) log(`admin token (NEWSGRAPH_ADMIN_TOKEN was not set): ${adminToken}`);
    log(`GraphQL API:  ${server.url}`);
    if (config.playground) log(`GraphQL IDE:  ${server.url.replace(/graphql$/, '')}`);
    log('Press Ctrl-C to stop.');
  } catch (e) {
    await db.$disconnect().catch(() => undefined);
    await database.close().catch(() => undefined);
    throw e;
  }
}
