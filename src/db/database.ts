import * as fs from 'node:fs';
import { Client } from 'pg';
import type { Config } from '../config';
import { startEmbeddedPostgres, type EmbeddedDatabase } from './embedded';
import { migrate } from './migrate';

export interface DatabaseHandle {
  url: string;
  embedded: EmbeddedDatabase | null;
  close: () => Promise<void>;
}

const DEFAULT_DATABASE = 'newsgraph';

/** Creates `name` on the server at `serverUrl` when it does not exist yet. */
export async function ensureDatabase(serverUrl: string, name: string): Promise<void> {
  const client = new Client({ connectionString: serverUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!rowCount) {
      await client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`).catch((e: { code?: string }) => {
        if (e.code !== '42P04') throw e; // created concurrently
      });
    }
  } finally {
    await client.end();
  }
}

/**
 * The database the service uses: DATABASE_URL when set, otherwise an embedded PostgreSQL whose data
 * lives in the data directory (so a restart keeps it). Either way the migrations are applied first.
 */
export async function openDatabase(config: Config, log: (line: string) => void): Promise<DatabaseHandle> {
  let embedded: EmbeddedDatabase | null = null;
  let url: string;
  if (config.databaseUrl) {
    url = config.databaseUrl;
  } else {
    fs.mkdirSync(config.dataDir, { recursive: true });
    log(`starting embedded PostgreSQL in ${config.dataDir}`);
    embedded = await startEmbeddedPostgres({ dataDir: `${config.dataDir}/postgres` });
    await ensureDatabase(embedded.url(), DEFAULT_DATABASE);
    url = embedded.url(DEFAULT_DATABASE);
  }
  try {
    await migrate(url, log);
  } catch (e) {
    await embedded?.stop();
    throw e;
  }
  return { url, embedded, close: async () => embedded?.stop() };
}
