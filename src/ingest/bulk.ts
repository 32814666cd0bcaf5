import type { Db } from '../db/client';
import { ingestArticle, type ArticleInput, type StoredArticle } from '.';

export interface BulkItem {
  name: string;
  load: () => ArticleInput;
}

export interface BulkProgress {
  done: number;
  total: number;
  created: number;
  skipped: number;
  failed: number;
  words: number;
}

export interface BulkResult extends BulkProgress {
  failures: { name: string; error: string }[];
  seconds: number;
}

/**
 * Ingests many articles, a few at a time: extraction is CPU work on this thread, so a small window of
 * concurrent transactions is enough to keep the database busy while the next article is extracted.
 * A failing article is reported and the rest go on.
 */
export async function ingestMany(
  db: Db,
  items: BulkItem[],
  options: { concurrency?: number; onProgress?: (p: BulkProgress) => void; onStored?: (s: StoredArticle) => void } = {},
): Promise<BulkResult> {
  const started = process.hrtime.bigint();
  const progress: BulkProgress = { done: 0, total: items.length, created: 0, skipped: 0, failed: 0, words: 0 };
  const failures: { name: string; error: string }[] = [];
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const item = items[next++];
      try {
        const input = item.load();
        const stored = await ingestArticle(db, input);
        if (stored.created) {
          progress.created++;
          progress.words += (input.text.match(/\S+/g) ?? []).length;
          options.onStored?.(stored);
        } else progress.skipped++;
      } catch (e) {
        progress.failed++;
        failures.push({ name: item.name, error: e instanceof Error ? e.message : String(e) });
      }
      progress.done++;
      options.onProgress?.({ ...progress });
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, options.concurrency ?? 4) }, worker));
  return { ...progress, failures, seconds: Number(process.hrtime.bigint() - started) / 1e9 };
}
