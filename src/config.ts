import * as path from 'node:path';

/** Everything configurable, read once from the environment. */
export interface Config {
  port: number;
  /** Interface to listen on: loopback unless HOST says otherwise (0.0.0.0 in a container). */
  host: string;
  /** External Postgres; when unset an embedded one is started under dataDir. */
  databaseUrl: string | null;
  dataDir: string;
  adminToken: string | null;
  readToken: string | null;
  debug: boolean;
  /** Serve the GraphQL IDE and allow introspection. */
  playground: boolean;
  introspection: boolean;
  /** Answer the common read shapes with one SQL statement each (src/graphql/compiled); off for comparison. */
  sqlPlans: boolean;
}

function flag(value: string | undefined, fallback: boolean): boolean {
  if (value === undefined || value === '') return fallback;
  return !['0', 'false', 'no', 'off'].includes(value.toLowerCase());
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = env.PORT ? Number(env.PORT) : 4000;
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, got "${env.PORT}"`);
  return {
    port,
    host: env.HOST || '127.0.0.1',
    databaseUrl: env.DATABASE_URL || null,
    dataDir: path.resolve(env.NEWSGRAPH_DATA_DIR || '.data'),
    adminToken: env.NEWSGRAPH_ADMIN_TOKEN || null,
    readToken: env.NEWSGRAPH_READ_TOKEN || null,
    debug: flag(env.NEWSGRAPH_DEBUG, false),
    playground: flag(env.NEWSGRAPH_PLAYGROUND, true),
    introspection: flag(env.NEWSGRAPH_INTROSPECTION, true),
    sqlPlans: flag(env.NEWSGRAPH_SQL_PLANS, true),
  };
}
