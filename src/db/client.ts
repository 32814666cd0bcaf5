import { AsyncLocalStorage } from 'node:async_hooks';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '../generated/prisma/client';

export type Db = PrismaClient;

/** Per-request SQL accounting: every statement Prisma sends while a scope is active is counted in it. */
export interface QueryScope {
  queries: number;
}
export const queryScope = new AsyncLocalStorage<QueryScope>();

export function createDb(databaseUrl: string, options: { poolSize?: number } = {}): Db {
  const adapter = new PrismaPg({ connectionString: databaseUrl, max: options.poolSize ?? 10 });
  const db = new PrismaClient({ adapter, log: [{ emit: 'event', level: 'query' }] });
  db.$on('query', () => {
    const scope = queryScope.getStore();
    if (scope) scope.queries++;
  });
  return db;
}
