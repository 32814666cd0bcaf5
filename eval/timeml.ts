/**
 * npm run eval:timeml -- PATH [--errors N] [--misses N]
 * Runs the full extraction pipeline on every .tml file under PATH (DCT as publishedAt) and prints
 * TempEval-3 Task A style timex figures (strict / relaxed / value / type) and event F1.
 */
import { extract } from '../src/extract';
import { findTmlFiles, loadTimeml } from './timeml-load';
import { addCounts, addTimexCounts, emptyCounts, emptyTimexCounts, pairSpans, prf, scoreEvents, scoreTimexes, type Counts, type Span, type ValueError } from './timeml-score';

function fmt(name: string, c: Counts): string {
  const r = prf(c);
  const p = (x: number) => x.toFixed(4);
  return `${name.padEnd(8)} P ${p(r.precision)}  R ${p(r.recall)}  F1 ${p(r.f1)}   (correct ${c.correct}, system ${c.system}, gold ${c.gold})`;
}

function main(argv: string[]): void {
  let path = '';
  let maxErrors = 30;
  let maxMisses = 0;
  let maxEventMisses = 0;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--errors') maxErrors = Number(argv[++i]);
    else if (argv[i] === '--misses') maxMisses = Number(argv[++i]);
    else if (argv[i] === '--event-misses') maxEventMisses = Number(argv[++i]);
    else path = argv[i];
  }
  if (!path) {
    console.error('usage: npm run eval:timeml -- PATH [--errors N] [--misses N] [--event-misses N]');
    process.exit(2);
  }
  const files = findTmlFiles(path);
  const total = emptyTimexCounts();
  const events = emptyCounts();
  const errors: (ValueError & { doc: string; dct: string | null; context: string })[] = [];
  const misses: string[] = [];
  const eventMisses: string[] = [];
  let words = 0;
  let ms = 0;
  for (const file of files) {
    const doc = loadTimeml(file);
    const t0 = performance.now();
    const f = extract(doc.text, { publishedAt: doc.dct });
    ms += performance.now() - t0;
    words += doc.text.split(/\s+/).filter(Boolean).length;
    const { counts, valueErrors } = scoreTimexes(doc.timexes, f.timexes);
    addTimexCounts(total, counts);
    for (const e of valueErrors) {
      const s = Math.max(0, e.gold.span[0] - 50);
      errors.push({ ...e, doc: doc.id, dct: doc.dct, context: doc.text.slice(s, e.gold.span[1] + 30).replace(/\s+/g, ' ') });
    }
    if (maxMisses > 0) {
      const pairs = pairSpans(doc.timexes.map((t) => t.span), f.timexes.map((t) => t.span));
      const pg = new Set(pairs.map((p) => p[0]));
      const ps = new Set(pairs.map((p) => p[1]));
      doc.timexes.forEach((t, i) => {
        if (!pg.has(i)) misses.push(`MISS ${doc.id} [${doc.text.slice(t.span[0], t.span[1])}] ${t.type} ${t.value} | ${doc.text.slice(Math.max(0, t.span[0] - 40), t.span[1] + 20).replace(/\s+/g, ' ')}`);
      });
      f.timexes.forEach((t, i) => {
        if (!ps.has(i)) misses.push(`FP   ${doc.id} [${doc.text.slice(t.span[0], t.span[1])}] ${t.type} ${t.value} | ${doc.text.slice(Math.max(0, t.span[0] - 40), t.span[1] + 20).replace(/\s+/g, ' ')}`);
      });
      for (const [g, s] of pairs) {
        const a = doc.timexes[g].span;
        const b = f.timexes[s].span;
        if (a[0] !== b[0] || a[1] !== b[1]) misses.push(`SPAN ${doc.id} gold [${doc.text.slice(a[0], a[1])}] sys [${doc.text.slice(b[0], b[1])}]`);
      }
    }
    const sysEvents: Span[] = f.events.map((e) => e.trigger);
    addCounts(events, scoreEvents(doc.events.map((e) => e.span), sysEvents));
    if (maxEventMisses > 0) {
      const pairs = pairSpans(doc.events.map((e) => e.span), sysEvents);
      const pg = new Set(pairs.map((p) => p[0]));
      const ps = new Set(pairs.map((p) => p[1]));
      doc.events.forEach((e, i) => {
        if (!pg.has(i)) eventMisses.push(`MISS ${e.eventClass} ${doc.text.slice(e.span[0], e.span[1])}`);
      });
      sysEvents.forEach((e, i) => {
        if (!ps.has(i)) eventMisses.push(`FP ${doc.text.slice(e[0], e[1])}`);
      });
    }
  }
  // a second, warm pass for the throughput figure (the first one includes JIT warm-up)
  const texts = files.map((f) => loadTimeml(f));
  const w0 = performance.now();
  for (const d of texts) extract(d.text, { publishedAt: d.dct });
  const warm = performance.now() - w0;
  console.log(`${files.length} documents, ${words} words; full pipeline ${(words / (warm / 1000)).toFixed(0)} words/s warm (${(words / (ms / 1000)).toFixed(0)} cold)`);
  console.log('Timexes (TempEval-3 Task A):');
  console.log(fmt('strict', total.strict));
  console.log(fmt('relaxed', total.relaxed));
  console.log(fmt('value', total.value));
  console.log(fmt('type', total.type));
  console.log('Events:');
  console.log(fmt('event', events));
  if (maxErrors > 0 && errors.length > 0) {
    console.log(`\nValue errors (${Math.min(maxErrors, errors.length)} of ${errors.length}):`);
    for (const e of errors.slice(0, maxErrors)) {
      console.log(`  ${e.doc} dct=${e.dct} gold ${e.gold.type} ${e.gold.value} | sys ${e.system.type} ${e.system.value} | …${e.context}…`);
    }
  }
  if (maxMisses > 0) {
    console.log(`\nSpan misses / false positives (${Math.min(maxMisses, misses.length)} of ${misses.length}):`);
    for (const m of misses.slice(0, maxMisses)) console.log('  ' + m);
  }
  if (maxEventMisses > 0) {
    const counts = new Map<string, number>();
    for (const m of eventMisses) counts.set(m.toLowerCase(), (counts.get(m.toLowerCase()) ?? 0) + 1);
    const sorted = [...counts].sort((a, b) => b[1] - a[1]).slice(0, maxEventMisses);
    console.log(`\nEvent misses / false positives (top ${sorted.length}):`);
    for (const [k, n] of sorted) console.log(`  ${n}\t${k}`);
  }
}

main(process.argv.slice(2));
