/**
 * Child process of bench/api.ts: the real HTTP server (startServer) over the bench database, in a
 * process of its own so the load generator does not share its event loop. Tells the parent its port
 * over IPC; stops when the parent says so or goes away.
 */
import { loadConfig } from '../src/config';
import { createDb } from '../src/db/client';
import { startServer } from '../src/server';

async function main(): Promise<void> {
  const url = process.env.BENCH_DATABASE_URL;
  const token = process.env.BENCH_ADMIN_TOKEN;
  if (!url || !token || !process.send) throw new Error('bench/api-server runs as a child of bench/api.ts');
  const db = createDb(url);
  const server = await startServer({ config: loadConfig({ PORT: '0', NEWSGRAPH_ADMIN_TOKEN: token }), db, adminToken: token });
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await server.close();
    await db.$disconnect();
    process.exit(0);
  };
  process.on('message', (m) => {
    if (m === 'stop') void stop();
  });
  process.on('disconnect', () => void stop());
  process.send({ port: server.port });
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? (e.stack ?? e.message) : e);
  process.exit(1);
});
