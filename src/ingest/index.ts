import type { Db } from '../db/client';
import { extract } from '../extract';
import { canonicalizeArticle, type ArticleInput } from './article-input';
import { storeArticle, type StoredArticle } from './store';

export { InputError } from './errors';
export type { ArticleInput } from './article-input';
export type { StoredArticle } from './store';

/** Validate → extract → store: one article, one transaction. Re-ingesting the same text is a no-op. */
export async function ingestArticle(db: Db, input: ArticleInput): Promise<StoredArticle> {
  const article = canonicalizeArticle(input);
  const existing = await db.article.findUnique({ where: { contentHash: article.contentHash }, select: { id: true } });
  if (existing) return { articleId: existing.id, created: false, statementIds: [], eventIds: [] };
  const findings = extract(article.text, {
    publishedAt: article.publishedAt ? article.publishedAt.toISOString().slice(0, 10) : null,
    title: article.title,
  });
  return storeArticle(db, article, findings);
}
