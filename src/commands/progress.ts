import { SingleBar } from 'cli-progress';
import type { BulkProgress } from '../ingest/bulk';

/** A progress bar on a terminal; a line every few seconds elsewhere (CI logs, pipes). */
export function progressReporter(label: string, total: number, stream: NodeJS.WriteStream = process.stderr) {
  if (stream.isTTY) {
    const bar = new SingleBar(
      { format: `${label} [{bar}] {value}/{total} | {percentage}% | {created} new, {skipped} known, {failed} failed | ETA {eta_formatted}`, stream, hideCursor: true },
    );
    bar.start(total, 0, { created: 0, skipped: 0, failed: 0 });
    return {
      update: (p: BulkProgress) => bar.update(p.done, { created: p.created, skipped: p.skipped, failed: p.failed }),
      stop: () => bar.stop(),
    };
  }
  let last = 0;
  return {
    update: (p: BulkProgress) => {
      const now = Date.now();
      if (now - last < 2000 && p.done !== p.total) return;
      last = now;
      stream.write(`${label}: ${p.done}/${p.total} (${p.created} new, ${p.skipped} known, ${p.failed} failed)\n`);
    },
    stop: () => undefined,
  };
}
