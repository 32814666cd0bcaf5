import type { Config } from '../config';
import { createDb } from '../db/client';
import { openDatabase } from '../db/database';
import { ingestMany } from '../ingest/bulk';
import { listArticleFiles, readArticleFile } from '../ingest/files';
import { progressReporter } from './progress';

/** `newsgraph ingest PATH…`: every text file under the paths, with sidecar metadata; exit 1 if any failed. */
export async function ingestPaths(config: Config, paths: string[]): Promise<number> {
  const log = (line: string) => process.stderr.write(`${line}\n`);
  const files = listArticleFiles(paths);
  const database = await openDatabase(config, log);
  const db = createDb(database.url);
  try {
    const bar = progressReporter('ingesting', files.length);
    const result = await ingestMany(db, files.map((f) => ({ name: f, load: () => readArticleFile(f) })), { onProgress: bar.update });
    bar.stop();
    log(`${result.created} ingested, ${result.skipped} already stored, ${result.failed} failed in ${result.seconds.toFixed(1)} s`);
    for (const f of result.failures) log(`  ${f.name}: ${f.error}`);
    return result.failed ? 1 : 0;
  } finally {
    await db.$disconnect();
    await database.close();
  }
}
