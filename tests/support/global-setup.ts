import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../../src/db/embedded';

declare global {
  // eslint-disable-next-line no-var
  var __NEWSGRAPH_EMBEDDED__: EmbeddedDatabase | undefined;
}

/**
 * Integration tests need a PostgreSQL server: DATABASE_URL when set (its server is used, its database
 * is never touched), else an embedded one in a temporary folder. Each test file creates and drops
 * its own database on it.
 */
export default async function globalSetup(): Promise<void> {
  if (process.env.DATABASE_URL) {
    process.env.NEWSGRAPH_TEST_SERVER_URL = process.env.DATABASE_URL;
    return;
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-test-pg-'));
  const db = await startEmbeddedPostgres({ dataDir: dir, ephemeral: true });
  globalThis.__NEWSGRAPH_EMBEDDED__ = db;
  process.env.NEWSGRAPH_TEST_SERVER_URL = db.url();
}
