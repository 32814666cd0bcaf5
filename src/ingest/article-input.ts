import { createHash } from 'node:crypto';
import { InputError } from './errors';

/** Largest article text accepted, in characters (about 2 MB of English). */
export const MAX_TEXT_CHARS = 2_000_000;
const MAX_FIELD_CHARS = 2_000;

export interface ArticleInput {
  text: string;
  title?: string | null;
  source?: string | null;
  url?: string | null;
  /** ISO 8601 date or date-time. */
  publishedAt?: string | Date | null;
}

export interface CanonicalArticle {
  text: string;
  title: string | null;
  source: string | null;
  url: string | null;
  publishedAt: Date | null;
  contentHash: string;
  wordCount: number;
}

// NUL, U+FFFD (what a failed UTF-8 decode leaves behind) and unpaired surrogates: not text.
const FORBIDDEN = /[\u0000\uFFFD]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
// Other C0 controls (but tab, line feed, carriage return, form feed) and DEL.
const CONTROL = /[\u0001-\u0008\u000B\u000E-\u001F\u007F]/g;
/** More control characters than this share of the text means binary data, not a stray byte in an article. */
const MAX_CONTROL_SHARE = 0.001;

/** Decode file bytes as UTF-8, refusing anything that is not (binary files, Latin-1 …). */
export function decodeUtf8(bytes: Uint8Array, name = 'input'): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new InputError('INVALID_TEXT', `${name} is not valid UTF-8 text`);
  }
}

export function parsePublishedAt(value: string | Date | null | undefined): Date | null {
  if (value === null || value === undefined || value === '') return null;
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw new InputError('INVALID_DATE', 'publishedAt is not a valid date');
    return value;
  }
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/.exec(value.trim());
  if (!m) throw new InputError('INVALID_DATE', `publishedAt "${value}" is not an ISO 8601 date (YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ)`);
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(m[4] ? value.trim().replace(' ', 'T') + (m[7] ? '' : 'Z') : `${m[1]}-${m[2]}-${m[3]}T00:00:00Z`);
  const calendarOk = new Date(Date.UTC(y, mo - 1, d)).getUTCDate() === d && mo >= 1 && mo <= 12;
  if (!calendarOk || Number.isNaN(date.getTime())) throw new InputError('INVALID_DATE', `publishedAt "${value}" is not a real calendar date`);
  return date;
}

function optionalField(name: string, value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const v = value.trim();
  if (v === '') return null;
  if (v.length > MAX_FIELD_CHARS) throw new InputError('INVALID_ARGUMENT', `${name} is longer than ${MAX_FIELD_CHARS} characters`);
  if (FORBIDDEN.test(v) || /[\u0001-\u001F\u007F]/.test(v)) throw new InputError('INVALID_TEXT', `${name} contains control characters or invalid Unicode`);
  return v;
}

/**
 * Validates an article and puts its text in the one form that is stored, extracted and hashed:
 * Unicode NFC with \n line ends. Offsets of every finding refer to this text.
 */
export function canonicalizeArticle(input: ArticleInput): CanonicalArticle {
  if (typeof input.text !== 'string') throw new InputError('INVALID_TEXT', 'text must be a string');
  if (input.text.length > MAX_TEXT_CHARS * 2) throw new InputError('TEXT_TOO_LARGE', `text is longer than the limit of ${MAX_TEXT_CHARS} characters`);
  let text = input.text.replace(/\r\n?/g, '\n').normalize('NFC');
  if (text.trim() === '') throw new InputError('EMPTY_TEXT', 'text is empty or only white space');
  if (text.length > MAX_TEXT_CHARS) throw new InputError('TEXT_TOO_LARGE', `text is ${text.length} characters; the limit is ${MAX_TEXT_CHARS}`);
  const bad = FORBIDDEN.exec(text);
  if (bad) {
    throw new InputError('INVALID_TEXT', `text contains a NUL, a replacement character or an unpaired surrogate at offset ${bad.index}; is it binary or not UTF-8?`);
  }
  const controls = text.match(CONTROL)?.length ?? 0;
  if (controls > Math.max(3, text.length * MAX_CONTROL_SHARE)) {
    throw new InputError('INVALID_TEXT', `text contains ${controls} control characters; is it binary?`);
  }
  // A stray escape or bell in a real article becomes a space: offsets stay as they were.
  if (controls) text = text.replace(CONTROL, ' ');
  const url = optionalField('url', input.url);
  if (url !== null && !/^https?:\/\/[^\s]+$/i.test(url)) throw new InputError('INVALID_URL', `url "${url}" is not an http(s) URL`);
  return {
    text,
    title: optionalField('title', input.title),
    source: optionalField('source', input.source),
    url,
    publishedAt: parsePublishedAt(input.publishedAt),
    contentHash: createHash('sha256').update(text).digest('hex'),
    wordCount: (text.match(/\S+/g) ?? []).length,
  };
}
