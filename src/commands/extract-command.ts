import * as fs from 'node:fs';
import * as readline from 'node:readline';
import { extract } from '../extract';
import { toContractLine } from '../extract/contract';
import type { Findings } from '../extract/types';
import { decodeUtf8 } from '../ingest/article-input';

/** `extract --jsonl`: one JSON object per input line, in order; a bad line gets an error object, not a crash. */
export async function extractJsonl(input: NodeJS.ReadableStream, output: NodeJS.WritableStream): Promise<number> {
  const rl = readline.createInterface({ input, crlfDelay: Infinity });
  let errors = 0;
  let lineNo = 0;
  for await (const line of rl) {
    lineNo++;
    if (line.trim() === '') continue;
    let id: string | null = null;
    try {
      const doc = JSON.parse(line) as { id?: unknown; text?: unknown; publishedAt?: unknown; title?: unknown };
      id = doc.id === undefined || doc.id === null ? String(lineNo) : String(doc.id);
      if (typeof doc.text !== 'string') throw new Error('"text" must be a string');
      const findings = extract(doc.text, {
        publishedAt: typeof doc.publishedAt === 'string' && /^\d{4}-\d{2}-\d{2}/.test(doc.publishedAt) ? doc.publishedAt : null,
        title: typeof doc.title === 'string' ? doc.title : null,
      });
      output.write(JSON.stringify(toContractLine(id, findings)) + '\n');
    } catch (e) {
      errors++;
      output.write(JSON.stringify({ id: id ?? String(lineNo), error: e instanceof Error ? e.message : String(e), actors: [], statements: [], timexes: [], events: [] }) + '\n');
    }
  }
  return errors;
}

function quote(text: string, [s, e]: [number, number]): string {
  return JSON.stringify(text.slice(s, e));
}

/** A readable account of one article's findings. */
export function formatFindings(text: string, f: Findings): string {
  const out: string[] = [];
  const actorName = new Map(f.actors.map((a) => [a.key, a.name]));
  out.push(`Actors (${f.actors.length})`);
  for (const a of f.actors) {
    out.push(`  ${a.key} ${a.name} [${a.kind}]${a.title ? `, ${a.title}` : ''}${a.affiliation ? ` (${a.affiliation})` : ''} — ${a.mentions.length} mention(s)`);
  }
  out.push('', `Statements (${f.statements.length})`);
  for (const s of f.statements) {
    const who = s.speaker ? actorName.get(s.speaker) : null;
    out.push(`  ${s.kind} ${who ?? '(unknown)'}${s.source ? ` via ${quote(text, s.source)}` : ''}${s.cue ? ` — ${quote(text, s.cue)}` : ''}`);
    out.push(`    ${s.content.map((c) => quote(text, c)).join(' … ')}`);
  }
  out.push('', `Time expressions (${f.timexes.length})`);
  for (const t of f.timexes) out.push(`  ${quote(text, t.span)} ${t.type} ${t.value}${t.start ? ` [${t.start} .. ${t.end}) ${t.precision}` : ''}`);
  const typed = f.events.filter((e) => e.type !== 'OCCURRENCE');
  out.push('', `Events (${typed.length} typed, ${f.events.length - typed.length} other mentions)`);
  for (const e of typed) {
    const parts = e.participants.map((p) => `${p.role}=${actorName.get(p.actor) ?? p.actor}`).join(', ');
    const time = e.time !== null ? ` @ ${quote(text, f.timexes[e.time].span)} ${f.timexes[e.time].value}` : '';
    out.push(`  ${e.type} ${quote(text, e.trigger)}${parts ? ` (${parts})` : ''}${time}`);
  }
  return out.join('\n');
}

export function extractFile(file: string, publishedAt: string | null): string {
  const text = decodeUtf8(fs.readFileSync(file), file);
  return formatFindings(text, extract(text, { publishedAt }));
}
