import * as fs from 'node:fs';
import * as path from 'node:path';
import { decodeUtf8, type ArticleInput } from './article-input';
import { InputError } from './errors';

/** Text files under the given paths (folders are walked recursively), in a stable order. */
export function listArticleFiles(paths: string[]): string[] {
  const files: string[] = [];
  const walk = (p: string) => {
    const stat = fs.statSync(p);
    if (stat.isDirectory()) {
      for (const name of fs.readdirSync(p).sort()) walk(path.join(p, name));
    } else if (stat.isFile() && !p.endsWith('.json')) {
      files.push(p);
    }
  };
  for (const p of paths) {
    if (!fs.existsSync(p)) throw new InputError('INVALID_ARGUMENT', `${p}: no such file or folder`);
    walk(p);
  }
  return files;
}

/** One article file and its optional sidecar NAME.json ({title, publishedAt, source, url}). */
export function readArticleFile(file: string): ArticleInput {
  const text = decodeUtf8(fs.readFileSync(file), file);
  const sidecar = file.replace(/\.[^./]+$/, '') + '.json';
  let meta: Partial<ArticleInput> = {};
  if (fs.existsSync(sidecar)) {
    try {
      meta = JSON.parse(fs.readFileSync(sidecar, 'utf8')) as Partial<ArticleInput>;
    } catch (e) {
      throw new InputError('INVALID_ARGUMENT', `${sidecar}: not valid JSON (${(e as Error).message})`);
    }
  }
  return {
    text,
    title: typeof meta.title === 'string' ? meta.title : null,
    publishedAt: typeof meta.publishedAt === 'string' ? meta.publishedAt : null,
    source: typeof meta.source === 'string' ? meta.source : null,
    url: typeof meta.url === 'string' ? meta.url : null,
  };
}
