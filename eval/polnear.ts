/**
 * PolNeAR attribution evaluation: `npm run eval:polnear -- --split dev [--errors N]`.
 * Runs the whole extract() pipeline on every article and scores its statements against the gold.
 */
import { extract } from '../src/extract';
import type { Findings } from '../src/extract';
import { buildDocument } from '../src/extract/document';
import { findActors } from '../src/extract/actors';
import { findStatements } from '../src/extract/statements';
import { emptyCounts, finalScores, scoreArticle, charSet, isDirect, quoteMask } from './attribution-score';
import type { ScoredStatement } from './attribution-score';
import { loadSplit } from './polnear-load';
import { arg } from './cli-args';
import { addAgreement, emptyAgreement } from './speaker-agreement';

function main(): void {
  const split = arg('split', 'dev')!;
  const errors = Number(arg('errors', '0'));
  const only = arg('only'); // error category filter: fp | fn | src | cue | partial | ok (pairs with no error)
  const articles = loadSplit(split);
  // warm the JIT on a few articles (untimed, unscored) so the speed figure is the steady state
  for (const art of articles.slice(0, 20)) {
    try {
      extract(art.text, { publishedAt: art.publishedAt, title: art.title });
    } catch {
      // counted in the scored run below
    }
  }
  const counts = emptyCounts();
  const agreement = emptyAgreement();
  let words = 0;
  let ms = 0;
  const dumps: string[] = [];
  const crashes: string[] = [];
  for (const art of articles) {
    words += art.text.split(/\s+/).filter(Boolean).length;
    const t0 = process.hrtime.bigint();
    let f: Findings;
    try {
      f = extract(art.text, { publishedAt: art.publishedAt, title: art.title });
    } catch (err) {
      // a failure elsewhere in the pipeline must not hide the attribution figures: count it, score
      // attribution alone (no time expressions) for this article
      crashes.push(`${art.name}: ${(err as Error).message}`);
      const doc = buildDocument(art.text);
      const actors = findActors(doc);
      f = { actors, statements: findStatements(doc, actors, []), timexes: [], events: [] };
    }
    ms += Number(process.hrtime.bigint() - t0) / 1e6;
    const system: ScoredStatement[] = f.statements.map((s) => ({ content: s.content, cue: s.cue, source: s.source }));
    const { pairs } = scoreArticle({ text: art.text, gold: art.gold, system }, counts);
    const actors = new Map(f.actors.map((a) => [a.key, a]));
    for (const p of pairs) addAgreement(agreement, art.text, art.gold[p.g].source, f.statements[p.s], actors);
    if (errors > 0 && dumps.length < errors) {
      const show = (sp: ScoredStatement['content'] | ScoredStatement['cue']): string => {
        if (!sp || sp.length === 0) return '∅';
        const segs = typeof sp[0] === 'number' ? [sp as [number, number]] : (sp as [number, number][]);
        return segs.map(([a, b]) => art.text.slice(a, b).replace(/\n/g, '⏎')).join(' … ');
      };
      const pg = new Map(pairs.map((p) => [p.g, p]));
      const ps = new Map(pairs.map((p) => [p.s, p]));
      const mask = quoteMask(art.text);
      art.gold.forEach((g, i) => {
        const p = pg.get(i);
        let cat: string | null = null;
        if (!p) cat = 'fn';
        else {
          const s = system[p.s];
          const gs = charSet(art.text, g.source);
          if (gs.size && ![...charSet(art.text, s.source)].some((x) => gs.has(x))) cat = 'src';
          else if (charSet(art.text, g.cue).size && ![...charSet(art.text, s.cue)].some((x) => charSet(art.text, g.cue).has(x))) cat = 'cue';
          else if (p.j < 0.7) cat = 'partial';
          else if (only === 'ok') cat = 'ok';
        }
        if (!cat || (only && only !== cat)) return;
        const s = p ? system[p.s] : null;
        dumps.push(
          `[${cat}] ${art.name}${isDirect(charSet(art.text, g.content), mask) ? ' (direct)' : ''}\n  GOLD src=${show(g.source)} | cue=${show(g.cue)} | content=${show(g.content)}` +
            (s ? `\n  SYS  src=${show(s.source)} | cue=${show(s.cue)} | content=${show(s.content)}` : ''),
        );
      });
      system.forEach((s, i) => {
        if (ps.has(i) || (only && only !== 'fp')) return;
        dumps.push(`[fp] ${art.name}\n  SYS  src=${show(s.source)} | cue=${show(s.cue)} | content=${show(s.content)}`);
      });
    }
  }
  const r = finalScores(counts);
  const f3 = (x: number): string => x.toFixed(3);
  const line = (n: string, x: { p: number; r: number; f1: number }): string => `${n.padEnd(16)} P ${f3(x.p)}  R ${f3(x.r)}  F1 ${f3(x.f1)}`;
  if (errors > 0) console.log(dumps.slice(0, errors).join('\n') + '\n');
  console.log(`PolNeAR ${split}: ${articles.length} articles, ${counts.gold} gold statements, ${counts.system} system statements`);
  console.log(line('overlap', r.overlap));
  console.log(line('soft', r.soft));
  console.log(line('exact', r.exact));
  console.log(line('direct-quote', r.direct) + `   (gold ${counts.directGold}, system ${counts.directSystem})`);
  console.log(`source accuracy  ${f3(r.sourceAccuracy)}  (${counts.sourceCorrect}/${counts.sourceTotal})`);
  console.log(`cue accuracy     ${f3(r.cueAccuracy)}  (${counts.cueCorrect}/${counts.cueTotal})`);
  console.log(`speaker agreement ${f3(agreement.agree / Math.max(1, agreement.named))}  (${agreement.agree}/${agreement.named} pairs whose gold source names someone; ${agreement.unresolved} unresolved; ours, not a PolNeAR metric)`);
  if (crashes.length) console.log(`pipeline errors  ${crashes.length} articles (scored without timexes), e.g. ${crashes[0]}`);
  console.log(`speed            ${Math.round(words / (ms / 1000)).toLocaleString('en-US')} words/s (${words} words, ${ms.toFixed(0)} ms in extract(), whole pipeline, after a 20-article warm-up)`);
}

main();
