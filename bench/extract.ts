/**
 * Throughput of the whole extract() pipeline over the PolNeAR train split, on one core, plus heap
 * usage before and after each pass (memory must stay flat over thousands of articles).
 * `npm run bench:extract [-- --passes 3 --split train]` runs the compiled code (dist/), as the service and
 * the CLI do: under tsx, esbuild's keepNames adds a call for every closure made, 10–15 % of a pass.
 */
import * as v8 from 'node:v8';
import * as vm from 'node:vm';
import { extract } from '../src/extract';
import { loadSplit } from '../eval/polnear-load';

function arg(name: string, dflt: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && i + 1 < process.argv.length ? process.argv[i + 1] : dflt;
}

// a full collection before each heap reading, so the figures show retained memory only
v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;

function heapMB(): string {
  gc();
  return (process.memoryUsage().heapUsed / 1048576).toFixed(1) + ' MB';
}

function main(): void {
  const split = arg('split', 'train');
  const passes = Number(arg('passes', '3'));
  const articles = loadSplit(split).map((a) => ({ text: a.text, publishedAt: a.publishedAt, title: a.title }));
  const words = articles.reduce((n, a) => n + a.text.split(/\s+/).filter(Boolean).length, 0);
  console.log(`bench:extract — PolNeAR ${split}: ${articles.length} articles, ${words} words, ${passes} passes, one core`);
  console.log(`heap before: ${heapMB()} (after a full collection)`);
  // warm-up on a few articles so the JIT has compiled the hot paths
  for (const a of articles.slice(0, 20)) extract(a.text, a);
  let sink = 0;
  for (let p = 1; p <= passes; p++) {
    const t0 = process.hrtime.bigint();
    for (const a of articles) {
      const f = extract(a.text, { publishedAt: a.publishedAt, title: a.title });
      sink += f.statements.length + f.actors.length;
    }
    const s = Number(process.hrtime.bigint() - t0) / 1e9;
    console.log(`pass ${p}: ${Math.round(words / s).toLocaleString('en-US')} words/s (${s.toFixed(2)} s) — heap after: ${heapMB()}`);
  }
  if (sink < 0) console.log(sink);
}

main();
