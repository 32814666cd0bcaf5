import { loadConfig } from '../../src/config';
import { startServer, type RunningServer } from '../../src/server';
import { createTestDatabase, type TestDatabase } from './database';

export const ADMIN_TOKEN = 'test-admin-token';

export interface TestServer extends RunningServer {
  database: TestDatabase;
  stop: () => Promise<void>;
}

/** The real HTTP server on a free port, over a database of its own. */
export async function startTestServer(env: Record<string, string> = {}): Promise<TestServer> {
  const database = await createTestDatabase();
  const config = loadConfig({ PORT: '0', NEWSGRAPH_ADMIN_TOKEN: ADMIN_TOKEN, ...env });
  const server = await startServer({ config, db: database.db, adminToken: ADMIN_TOKEN });
  return {
    ...server,
    database,
    stop: async () => {
      await server.close();
      await database.drop();
    },
  };
}

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: { code?: string } }[];
  extensions?: Record<string, unknown>;
}

export async function gql<T = any>(
  server: { url: string },
  query: string,
  variables: Record<string, unknown> = {},
  token: string | null = null,
): Promise<GraphQLResponse<T>> {
  const res = await fetch(server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as Omit<GraphQLResponse<T>, 'status'>;
  return { status: res.status, ...body };
}
