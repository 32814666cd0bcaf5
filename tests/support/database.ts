import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { createDb, type Db } from '../../src/db/client';
import { migrate } from '../../src/db/migrate';

export interface TestDatabase {
  url: string;
  name: string;
  db: Db;
  drop: () => Promise<void>;
}

function serverUrl(): string {
  const url = process.env.NEWSGRAPH_TEST_SERVER_URL;
  if (!url) throw new Error('integration tests run under jest with tests/support/global-setup.ts');
  return url;
}

export function urlFor(database: string): string {
  const u = new URL(serverUrl());
  u.pathname = `/${database}`;
  return u.toString();
}

async function admin<T>(fn: (c: Client) => Promise<T>): Promise<T> {
  const c = new Client({ connectionString: serverUrl() });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

/** An empty database of its own (never the user's), dropped by drop(). */
export async function createEmptyDatabase(prefix = 'newsgraph_test'): Promise<{ name: string; url: string; drop: () => Promise<void> }> {
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  await admin((c) => c.query(`CREATE DATABASE "${name}"`));
  return {
    name,
    url: urlFor(name),
    drop: () => admin((c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => undefined),
  };
}

/** A migrated database of its own with a Prisma client on it. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const empty = await createEmptyDatabase();
  await migrate(empty.url);
  const db = createDb(empty.url);
  return {
    ...empty,
    db,
    drop: async () => {
      await db.$disconnect();
      await empty.drop();
    },
  };
}
