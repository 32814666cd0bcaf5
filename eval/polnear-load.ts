/** Loads a PolNeAR split (text, metadata, gold attributions) from ../shared/corpora/polnear. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Span } from '../src/extract/types';
import { buildDocument } from '../src/extract/document';
import { findTimexes } from '../src/extract/time';
import { findActors } from '../src/extract/actors';

export interface GoldAttribution {
  content: Span[];
  cue: Span[] | null;
  source: Span[] | null;
}

export interface PolnearArticle {
  name: string;
  text: string;
  publishedAt: string | null;
  title: string | null;
  gold: GoldAttribution[];
}

/** The repository root: the nearest folder above this file with a package.json (this file also runs compiled, from dist/eval). */
function projectRoot(): string {
  for (let d = __dirname; ; d = path.dirname(d)) {
    if (fs.existsSync(path.join(d, 'package.json'))) return d;
    if (path.dirname(d) === d) return path.resolve(__dirname, '..');
  }
}

export const POLNEAR_DIR = path.resolve(projectRoot(), '../shared/corpora/polnear');

function parseSpans(s: string): Span[] {
  return s.split(';').map((seg) => {
    const [a, b] = seg.trim().split(/\s+/).map(Number);
    return [a, b] as Span;
  });
}

/** Parses one brat .ann file into attributions (events with their role spans). */
export function parseAnn(ann: string): GoldAttribution[] {
  const spans = new Map<string, Span[]>();
  const events: string[] = [];
  for (const line of ann.split('\n')) {
    if (line.startsWith('T')) {
      const [id, def] = line.split('\t');
      if (!def) continue;
      const sp = def.indexOf(' ');
      spans.set(id, parseSpans(def.slice(sp + 1)));
    } else if (line.startsWith('E')) {
      events.push(line.split('\t')[1] ?? '');
    }
  }
  const out: GoldAttribution[] = [];
  for (const ev of events) {
    const content: Span[] = [];
    let cue: Span[] | null = null;
    let source: Span[] | null = null;
    for (const part of ev.trim().split(/\s+/)) {
      const [role, id] = part.split(':');
      const sp = spans.get(id);
      if (!sp) continue;
      const r = role.replace(/\d+$/, '');
      if (r === 'Content') content.push(...sp);
      else if (r === 'Cue') cue = [...(cue ?? []), ...sp];
      else if (r === 'Source') source = [...(source ?? []), ...sp];
    }
    if (content.length === 0) continue; // nothing to pair on
    content.sort((a, b) => a[0] - b[0]);
    out.push({ content, cue, source });
  }
  return out;
}

export function readMetadata(dir = POLNEAR_DIR): Map<string, { publishedAt: string | null; title: string | null }> {
  const meta = new Map<string, { publishedAt: string | null; title: string | null }>();
  const file = path.join(dir, 'metadata.tsv');
  if (!fs.existsSync(file)) return meta;
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  const head = lines[0].split('\t');
  const iName = head.indexOf('filename');
  const iDate = head.indexOf('publication_date');
  const iTitle = head.indexOf('title');
  for (const line of lines.slice(1)) {
    if (!line.trim()) continue;
    const cols = line.split('\t');
    meta.set(cols[iName], { publishedAt: cols[iDate] || null, title: cols[iTitle] || null });
  }
  return meta;
}

export function loadSplit(split: string, dir = POLNEAR_DIR): PolnearArticle[] {
  const meta = readMetadata(dir);
  const textDir = path.join(dir, split, 'text');
  const annDir = path.join(dir, split, 'attributions');
  const anns = fs.readdirSync(annDir).filter((f) => f.endsWith('.ann')).sort();
  const out: PolnearArticle[] = [];
  for (const f of fs.readdirSync(textDir).filter((f) => f.endsWith('.txt')).sort()) {
    const name = f.slice(0, -4);
    const ann = anns.find((a) => a.startsWith(name + '_') && /^_[^_]+\.ann$/.test(a.slice(name.length)));
    const text = fs.readFileSync(path.join(textDir, f), 'utf8');
    const gold = ann ? parseAnn(fs.readFileSync(path.join(annDir, ann), 'utf8')) : [];
    const m = meta.get(name);
    out.push({ name, text, publishedAt: m?.publishedAt ?? null, title: m?.title ?? null, gold });
  }
  return out;
}

/** What the statement finder reads of an article: its document, time expressions and actors. */
export function prepareArticle(art: PolnearArticle) {
  const doc = buildDocument(art.text);
  const timexes = findTimexes(doc, art.publishedAt ? art.publishedAt.slice(0, 10) : null);
  const actors = findActors(doc);
  return { doc, timexes, actors };
}
