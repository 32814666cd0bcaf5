/**
 * TimeML (.tml) reader for the TempEval-3 corpora: the plain text inside <TEXT> with every tag removed
 * and XML entities decoded, the document creation time, and the gold TIMEX3 / EVENT spans as offsets
 * into that plain text (JavaScript string indices, end exclusive).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface GoldTimex {
  span: [number, number];
  type: string;
  value: string;
  tid: string;
}

export interface GoldEvent {
  span: [number, number];
  eventClass: string;
  eid: string;
}

export interface TimemlDoc {
  id: string;
  /** Document creation time as YYYY-MM-DD, or null. */
  dct: string | null;
  text: string;
  timexes: GoldTimex[];
  events: GoldEvent[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeEntity(name: string): string {
  if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
  if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
  return ENTITIES[name] ?? `&${name};`;
}

function attrs(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /([\w:]+)\s*=\s*"([^"]*)"/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(tag)) !== null) out[m[1]] = m[2].replace(/&(#?\w+);/g, (_s, n: string) => decodeEntity(n));
  return out;
}

/** Parses one TimeML document; offsets refer to the decoded, tag-free text of <TEXT>. */
export function parseTimeml(xml: string, id = ''): TimemlDoc {
  const docId = xml.match(/<DOCID>([^<]*)<\/DOCID>/)?.[1]?.trim() || id;
  const dctTag = xml.match(/<DCT>[\s\S]*?<TIMEX3([^>]*)>/);
  let dct: string | null = null;
  if (dctTag) {
    const v = attrs(dctTag[1]).value ?? '';
    const m = v.match(/^(\d{4})-?(\d{2})-?(\d{2})/);
    if (m) dct = `${m[1]}-${m[2]}-${m[3]}`;
  }
  const open = xml.indexOf('<TEXT>');
  const close = xml.indexOf('</TEXT>', open);
  const body = open >= 0 ? xml.slice(open + 6, close >= 0 ? close : xml.length) : '';

  let text = '';
  const timexes: GoldTimex[] = [];
  const events: GoldEvent[] = [];
  const stack: { name: string; start: number; a: Record<string, string> }[] = [];
  const re = /<(\/?)([\w:]+)([^>]*?)(\/?)>|&(#?\w+);|[^<&]+|[<&]/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(body)) !== null) {
    if (m[2] !== undefined) {
      const name = m[2];
      if (m[1]) {
        for (let i = stack.length - 1; i >= 0; i--) {
          if (stack[i].name !== name) continue;
          const open = stack.splice(i, 1)[0];
          if (name === 'TIMEX3') {
            timexes.push({ span: [open.start, text.length], type: open.a.type ?? '', value: open.a.value ?? '', tid: open.a.tid ?? '' });
          } else if (name === 'EVENT') {
            events.push({ span: [open.start, text.length], eventClass: open.a.class ?? '', eid: open.a.eid ?? '' });
          }
          break;
        }
      } else if (!m[4]) {
        stack.push({ name, start: text.length, a: attrs(m[3]) });
      }
    } else if (m[5] !== undefined) {
      text += decodeEntity(m[5]);
    } else {
      text += m[0];
    }
  }
  return { id: docId, dct, text, timexes, events };
}

/** Every .tml file under `path` (a file or a directory), sorted. */
export function findTmlFiles(path: string): string[] {
  const st = statSync(path);
  if (st.isFile()) return path.endsWith('.tml') ? [path] : [];
  const out: string[] = [];
  for (const name of readdirSync(path).sort()) out.push(...findTmlFiles(join(path, name)));
  return out;
}

export function loadTimeml(file: string): TimemlDoc {
  return parseTimeml(readFileSync(file, 'utf8'), file.replace(/^.*\//, '').replace(/\.tml$/, ''));
}
