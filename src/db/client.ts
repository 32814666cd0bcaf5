import { AsyncLocalStorage } from 'node:async_hooks';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '../generated/prisma/client';

export type Db = PrismaClient;

/** Per-request SQL accounting: every statement Prisma sends while a scope is active is counted in it. */
export interface QueryScope {
  queries: number;
}
export const queryScope = new AsyncLocalStorage<QueryScope>();

/** Most distinct statement texts given a name (and so prepared once per connection and reused). */
const MAX_NAMED_STATEMENTS = 2000;

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

export function createDb(databaseUrl: string, options: { poolSize?: number } = {}): Db {
  const adapter = new PrismaPg({ connectionString: databaseUrl, max: options.poolSize ?? 10 }, { statementNameGenerator: statementNames() });
  const db = new PrismaClient({ adapter, log: [{ emit: 'event', level: 'query' }] });
  db.$on('query', () => {
    const scope = queryScope.getStore();
    if (scope) scope.queries++;
  });
  return db;
}
