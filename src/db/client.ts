import { AsyncLocalStorage } from 'node:async_hooks';
import { PrismaPg } from '@prisma/adapter-pg';
import { Pool } from 'pg';
import { PrismaClient, type Prisma } from '../generated/prisma/client';

export type Db = PrismaClient;

/** Per-request SQL accounting: every statement sent (by Prisma or sqlQuery) while a scope is active is counted in it. */
export interface QueryScope {
  queries: number;
}
export const queryScope = new AsyncLocalStorage<QueryScope>();

/**
 * Most distinct statement texts given a name (and so prepared once per connection and reused). The
 * code issues far fewer; the cap bounds what each PostgreSQL session keeps (a few KB a statement).
 */
const MAX_NAMED_STATEMENTS = 500;

/**
 * Names for prepared statements: PostgreSQL then parses and plans a statement text once per
 * connection instead of on every call (the API's SQL plans are long and planned on each request
 * otherwise). Texts carry their values as parameters, so there are few of them; past the cap, new
 * texts go unnamed, which keeps the per-connection cache bounded whatever clients send.
 */
function statementNames(): (query: { sql: string }) => string {
  const names = new Map<string, string>();
  return ({ sql }) => {
    let name = names.get(sql);
    if (name === undefined && names.size < MAX_NAMED_STATEMENTS) {
      name = `newsgraph_${names.size}`;
      names.set(sql, name);
    }
    // The adapter hands the name to pg.Client#query, for which no name means an unnamed statement.
    return name as string;
  };
}

interface Driver {
  pool: Pool;
  name: (query: { sql: string }) => string;
}

/** The pg pool under each client, for the few hot reads that skip Prisma's query layer (sqlQuery). */
const drivers = new WeakMap<Db, Driver>();

function countStatement(): void {
  const scope = queryScope.getStore();
  if (scope) scope.queries++;
}

export function createDb(databaseUrl: string, options: { poolSize?: number } = {}): Db {
  const pool = new Pool({ connectionString: databaseUrl, max: options.poolSize ?? 10 });
  // An idle connection closed by the server (restart, failover, a dropped database) is discarded by
  // the pool and replaced on the next query; unhandled, the event would end the process.
  pool.on('error', () => undefined);
  const name = statementNames();
  const adapter = new PrismaPg(pool, { statementNameGenerator: name, disposeExternalPool: true });
  const db = new PrismaClient({ adapter, log: [{ emit: 'event', level: 'query' }] });
  db.$on('query', countStatement);
  drivers.set(db, { pool, name });
  return db;
}

/** Dates travel as UTC ISO text (pg would write them in the process's local time zone). */
function driverValue(v: unknown): unknown {
  return v instanceof Date ? v.toISOString() : v;
}

/**
 * One statement straight through the client's pg pool — same connections, same prepared-statement
 * names and the same per-request accounting as Prisma's — for a read whose result needs none of
 * Prisma's decoding (the SQL plans' single JSON text): Prisma's query layer costs more CPU per call
 * than the rest of such a request.
 */
export async function sqlQuery<R extends object>(db: Db, sql: Prisma.Sql): Promise<R[]> {
  const driver = drivers.get(db);
  if (!driver) throw new Error('sqlQuery needs a client made by createDb');
  countStatement();
  const name = driver.name({ sql: sql.text });
  const result = await driver.pool.query<R>({ ...(name ? { name } : {}), text: sql.text, values: sql.values.map(driverValue) });
  return result.rows;
}
