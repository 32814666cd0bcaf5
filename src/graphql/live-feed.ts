import { EventEmitter } from 'node:events';

/** What an ingest added, announced to live subscribers after its transaction commits. */
export interface IngestNotice {
  articleId: number;
  statementIds: number[];
  eventIds: number[];
}

/** In-process fan-out of ingest notices to subscriptions. */
export class LiveFeed {
  private readonly emitter = new EventEmitter().setMaxListeners(0);

  publish(notice: IngestNotice): void {
    this.emitter.emit('ingested', notice);
  }

  /** Notices as an async iterator that ends (and unsubscribes) when the consumer returns. */
  subscribe(): AsyncIterableIterator<IngestNotice> {
    const queue: IngestNotice[] = [];
    let wake: (() => void) | null = null;
    let done = false;
    const listener = (n: IngestNotice) => {
      queue.push(n);
      wake?.();
    };
    this.emitter.on('ingested', listener);
    const stop = () => {
      done = true;
      this.emitter.off('ingested', listener);
      wake?.();
    };
    const iterator: AsyncIterableIterator<IngestNotice> = {
      [Symbol.asyncIterator]: () => iterator,
      next: async () => {
        while (!done && queue.length === 0) await new Promise<void>((r) => (wake = r));
        wake = null;
        if (queue.length) return { value: queue.shift()!, done: false };
        return { value: undefined, done: true };
      },
      return: async () => {
        stop();
        return { value: undefined, done: true };
      },
    };
    return iterator;
  }
}
