/**
 * Shared by bench/ingest.ts and bench/api.ts: a fresh database of the benchmark's own, and the
 * PolNeAR split (text files + metadata.tsv) as items for ingestMany.
 */
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Client } from 'pg';
import type { Db } from '../src/db/client';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../src/db/embedded';
import { migrate } from '../src/db/migrate';
import { ingestMany, type BulkItem, type BulkResult } from '../src/ingest/bulk';
import { listArticleFiles } from '../src/ingest/files';
import { decodeUtf8 } from '../src/ingest/article-input';
import { progressReporter } from '../src/commands/progress';

/** The PolNeAR train split, next to the repository (…/work/shared/corpora/polnear/train). */
export const DEFAULT_SPLIT = path.resolve(__dirname, '../../../shared/corpora/polnear/train');

/**
 * Articles in flight at once: 4, as the CLI (`newsgraph ingest`), so the figure is what users get;
 * BENCH_CONCURRENCY overrides it. Measured on 2 cores: 4 → 229 s, 1 → 200 s for the train split,
 * because concurrent article transactions queue on the row locks of popular actors (see
 * docs/scaling.md); more concurrency pays only once that is fixed.
 */
export const INGEST_CONCURRENCY = Number(process.env.BENCH_CONCURRENCY || 4);

export interface BenchDatabase {
  /** URL of the bench database itself. */
  url: string;
  name: string;
  /** PostgreSQL server version, e.g. "17.6". */
  serverVersion: string;
  embedded: EmbeddedDatabase | null;
  /** Drops the database (unless kept) and stops the embedded server. */
  close: (options?: { keep?: boolean }) => Promise<void>;
}

function withDatabase(serverUrl: string, name: string): string {
  const u = new URL(serverUrl);
  u.pathname = `/${encodeURIComponent(name)}`;
  return u.toString();
}

export async function onServer<T>(serverUrl: string, fn: (c: Client) => Promise<T>): Promise<T> {
  const c = new Client({ connectionString: serverUrl });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

/**
 * A uniquely named, migrated database `newsgraph_bench_<random>`: on the server of DATABASE_URL when
 * set, otherwise on an embedded PostgreSQL started in a temporary data directory. Never the user's data.
 */
export async function createBenchDatabase(log: (line: string) => void, options: { keep?: boolean } = {}): Promise<BenchDatabase> {
  let embedded: EmbeddedDatabase | null = null;
  let serverUrl = process.env.DATABASE_URL || '';
  let dataDir: string | null = null;
  if (!serverUrl) {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-bench-'));
    log(`starting embedded PostgreSQL in ${dataDir}`);
    // The temporary folder itself is the data directory (as root, PostgreSQL runs as another user that
    // cannot enter a private folder's subfolders). Kept data must survive the stop at the end.
    embedded = await startEmbeddedPostgres({ dataDir, ephemeral: !options.keep });
    serverUrl = embedded.url('postgres');
  }
  const name = `newsgraph_bench_${randomBytes(5).toString('hex')}`;
  const serverVersion = await onServer(serverUrl, async (c) => {
    await c.query(`CREATE DATABASE "${name}"`);
    const { rows } = await c.query<{ server_version: string }>('SHOW server_version');
    return rows[0].server_version;
  });
  const url = withDatabase(serverUrl, name);
  await migrate(url);
  let closed = false;
  return {
    url,
    name,
    serverVersion,
    embedded,
    close: async ({ keep = false } = {}) => {
      if (closed) return;
      closed = true;
      if (keep) {
        log(`kept the bench database: ${url}`);
        if (embedded) log(`(embedded server data in ${dataDir}; it stops now — restart it on that directory to reach the database)`);
      } else {
        await onServer(serverUrl, (c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).catch((e: Error) => log(`could not drop ${name}: ${e.message}`));
      }
      await embedded?.stop();
      if (dataDir && !keep) fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export interface ArticleMeta {
  title: string | null;
  publishedAt: string | null;
  source: string | null;
}

/** metadata.tsv next to the split folder (PolNeAR layout), by file name without extension. */
export function readSplitMetadata(splitDir: string): Map<string, ArticleMeta> {
  const meta = new Map<string, ArticleMeta>();
  const file = path.join(path.dirname(path.resolve(splitDir)), 'metadata.tsv');
  if (!fs.existsSync(file)) return meta;
  const [header, ...lines] = fs.readFileSync(file, 'utf8').split('\n');
  const head = header.split('\t');
  const col = (name: string) => head.indexOf(name);
  const [iName, iTitle, iDate, iPublisher] = [col('filename'), col('title'), col('publication_date'), col('publisher')];
  for (const line of lines) {
    if (!line.trim()) continue;
    const cols = line.split('\t');
    const value = (i: number) => (i >= 0 && cols[i] && cols[i] !== 'None' ? cols[i] : null);
    meta.set(cols[iName], { title: value(iTitle), publishedAt: value(iDate), source: value(iPublisher) });
  }
  return meta;
}

export interface Corpus {
  items: BulkItem[];
  /** Total bytes of the text files (what is read from disk). */
  bytes: number;
  withMetadata: number;
}

/** The split's text files (PATH/text when it exists, else PATH) as lazily loaded ingest items. */
export function loadCorpus(splitDir: string): Corpus {
  const textDir = fs.existsSync(path.join(splitDir, 'text')) ? path.join(splitDir, 'text') : splitDir;
  const files = listArticleFiles([textDir]).filter((f) => f.endsWith('.txt'));
  if (files.length === 0) throw new Error(`no .txt articles under ${textDir}`);
  const meta = readSplitMetadata(splitDir);
  let bytes = 0;
  let withMetadata = 0;
  const items = files.map((file): BulkItem => {
    bytes += fs.statSync(file).size;
    const m = meta.get(path.basename(file, '.txt'));
    if (m) withMetadata++;
    return {
      name: file,
      // Read at ingest time, as the CLI does, so file reading is part of the end-to-end figure.
      load: () => ({ text: decodeUtf8(fs.readFileSync(file), file), title: m?.title ?? null, publishedAt: m?.publishedAt ?? null, source: m?.source ?? null }),
    };
  });
  return { items, bytes, withMetadata };
}

/** Bulk-ingests the corpus with a progress bar on stderr. */
export async function ingestCorpus(db: Db, corpus: Corpus, label: string): Promise<BulkResult> {
  const bar = progressReporter(label, corpus.items.length);
  try {
    return await ingestMany(db, corpus.items, { concurrency: INGEST_CONCURRENCY, onProgress: bar.update });
  } finally {
    bar.stop();
  }
}

/** The machine, for the record next to the figures. */
export function machineLine(pgVersion: string): string {
  const cpus = os.cpus();
  return `machine: ${cpus.length} × ${cpus[0]?.model.trim() ?? 'unknown CPU'}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB RAM, ${os.platform()} ${os.release()}, node ${process.version}, PostgreSQL ${pgVersion}`;
}
