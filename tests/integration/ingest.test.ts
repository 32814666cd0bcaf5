import * as fs from 'node:fs';
import * as path from 'node:path';
import { ingestArticle } from '../../src/ingest';
import { ingestMany } from '../../src/ingest/bulk';
import { canonicalizeArticle } from '../../src/ingest/article-input';
import { storeArticle } from '../../src/ingest/store';
import type { Findings } from '../../src/extract/types';
import { createTestDatabase, type TestDatabase } from '../support/database';

const seedText = fs.readFileSync(path.join(__dirname, '../../seeds/000_06a914ba39d29b72.txt'), 'utf8');

async function counts(t: TestDatabase) {
  const [articles, actors, mentions, statements, events, eventMentions, timexes] = await Promise.all([
    t.db.article.count(),
    t.db.actor.count(),
    t.db.mention.count(),
    t.db.statement.count(),
    t.db.event.count(),
    t.db.eventMention.count(),
    t.db.timeExpression.count(),
  ]);
  return { articles, actors, mentions, statements, events, eventMentions, timexes };
}

describe('ingest', () => {
  let t: TestDatabase;
  beforeEach(async () => {
    t = await createTestDatabase();
  });
  afterEach(async () => t?.drop());

  it('stores the seed with actors, mentions, statements and times, each with its offsets', async () => {
    const stored = await ingestArticle(t.db, { text: seedText, publishedAt: '2018-08-27', title: 'Seed' });
    expect(stored.created).toBe(true);
    const article = await t.db.article.findUniqueOrThrow({ where: { id: stored.articleId } });
    const statements = await t.db.statement.findMany({ where: { articleId: article.id }, include: { speaker: true } });
    expect(statements.length).toBeGreaterThan(5);
    for (const s of statements) {
      expect(article.text.slice(s.contentStart, s.contentEnd)).toContain(s.text.split(' … ')[0]);
      if (s.cueStart !== null) expect(article.text.slice(s.cueStart, s.cueEnd!)).toBe(s.cue);
      if (s.sourceStart !== null) expect(article.text.slice(s.sourceStart, s.sourceEnd!)).toBe(s.sourceText);
    }
    const quote = statements.find((s) => s.text.includes('Syria is getting out of crisis'));
    expect(quote?.speaker?.name).toBe('Amir Hatami');
    expect(quote?.kind).toBe('DIRECT');
    const mentions = await t.db.mention.findMany({ where: { articleId: article.id } });
    for (const m of mentions) expect(article.text.slice(m.start, m.end)).toBe(m.text);
    const times = await t.db.timeExpression.findMany({ where: { articleId: article.id } });
    for (const x of times) expect(article.text.slice(x.start, x.end)).toBe(x.text);
  });

  it('re-ingesting the same text is a no-op that returns the existing article', async () => {
    const first = await ingestArticle(t.db, { text: seedText });
    const before = await counts(t);
    const again = await ingestArticle(t.db, { text: seedText.replace(/\n/g, '\r\n') });
    expect(again).toEqual({ articleId: first.articleId, created: false, statementIds: [], eventIds: [] });
    expect(await counts(t)).toEqual(before);
  });

  it('two concurrent ingests of the same text store it once', async () => {
    const results = await Promise.all(Array.from({ length: 6 }, () => ingestArticle(t.db, { text: seedText, publishedAt: '2018-08-27' })));
    expect(new Set(results.map((r) => r.articleId)).size).toBe(1);
    expect(results.filter((r) => r.created)).toHaveLength(1);
    const c = await counts(t);
    expect(c.articles).toBe(1);
    const single = await createTestDatabase();
    try {
      await ingestArticle(single.db, { text: seedText, publishedAt: '2018-08-27' });
      expect(c).toEqual(await counts(single));
    } finally {
      await single.drop();
    }
  });

  it('actors are global: the same person in two articles is one actor', async () => {
    const a = 'Finance Minister Dana Whitfield said on Monday that taxes would not rise.';
    const b = 'Dana Whitfield, the finance minister, told parliament the budget was balanced.';
    await ingestArticle(t.db, { text: a });
    await ingestArticle(t.db, { text: b });
    const actors = await t.db.actor.findMany({ where: { normalizedName: 'dana whitfield' }, include: { _count: { select: { mentions: true, statements: true } } } });
    expect(actors).toHaveLength(1);
    expect(actors[0]._count.statements).toBe(2);
  });

  it('a failure part-way through an article writes nothing of it', async () => {
    const article = canonicalizeArticle({ text: 'The council said it would vote on Friday.' });
    const broken: Findings = {
      actors: [{ key: 'a1', name: 'The council', kind: 'ORGANIZATION', title: null, affiliation: null, aliases: [], mentions: [{ span: [0, 11], kind: 'NAME' }] }],
      // An enum value the database refuses: the statement insert fails after the article and actor rows.
      statements: [{ content: [[24, 40]], cue: [12, 16], source: [0, 11], speaker: 'a1', kind: 'SHOUTED' as never, time: null }],
      timexes: [],
      events: [],
    };
    await expect(storeArticle(t.db, article, broken)).rejects.toThrow();
    expect(await counts(t)).toEqual({ articles: 0, actors: 0, mentions: 0, statements: 0, events: 0, eventMentions: 0, timexes: 0 });
  });

  it('one real-world event reported by several articles is one Event with several mentions', async () => {
    const findings = (text: string): Findings => ({
      actors: [
        { key: 'a1', name: 'Northland', kind: 'LOCATION', title: null, affiliation: null, aliases: [], mentions: [{ span: [text.indexOf('Northland'), text.indexOf('Northland') + 9], kind: 'NAME' }] },
        { key: 'a2', name: 'Southland', kind: 'LOCATION', title: null, affiliation: null, aliases: [], mentions: [{ span: [text.indexOf('Southland'), text.indexOf('Southland') + 9], kind: 'NAME' }] },
      ],
      statements: [],
      timexes: [{ span: [text.indexOf(' on ') + 4, text.indexOf('.')], type: 'DATE', value: 'x', start: text.includes('Sunday') ? '2018-08-26' : '2018-08-27', end: text.includes('Sunday') ? '2018-08-27' : '2018-08-28', precision: 'DAY' }],
      events: [{ trigger: [text.indexOf('signed'), text.indexOf('signed') + 6], type: 'SIGN_AGREEMENT', participants: [{ actor: 'a1', role: 'agent' }, { actor: 'a2', role: 'agent' }], time: 0 }],
    });
    const texts = ['Northland and Southland signed a treaty on Monday.', 'Southland and Northland signed a pact on Sunday.', 'Northland and Southland signed an accord on Monday, officials said.'];
    for (const [i, text] of texts.entries()) {
      await storeArticle(t.db, canonicalizeArticle({ text, publishedAt: '2018-08-27', title: `report ${i}` }), findings(text));
    }
    // Years later, the same two sign again: a different event.
    const later = 'Northland and Southland signed a treaty on Monday.';
    const f = findings(later);
    f.timexes[0].start = '2021-05-03';
    f.timexes[0].end = '2021-05-04';
    await storeArticle(t.db, canonicalizeArticle({ text: later + ' ', publishedAt: '2021-05-04' }), f);
    const events = await t.db.event.findMany({ include: { mentions: true }, orderBy: { id: 'asc' } });
    expect(events).toHaveLength(2);
    expect(events[0].mentions).toHaveLength(3);
    // Both accounts of the day are kept; the event is dated by the earliest.
    expect(events[0].rangeStart?.toISOString().slice(0, 10)).toBe('2018-08-26');
    expect(events[1].mentions).toHaveLength(1);
  });

  it('bulk ingestion reports progress and failures and goes on', async () => {
    const items = [
      { name: 'one', load: () => ({ text: 'The governor said the road would open.' }) },
      { name: 'empty', load: () => ({ text: '   ' }) },
      { name: 'two', load: () => ({ text: 'A spokesman for the agency said the data was correct.' }) },
      { name: 'one again', load: () => ({ text: 'The governor said the road would open.' }) },
    ];
    const seen: number[] = [];
    const result = await ingestMany(t.db, items, { concurrency: 2, onProgress: (p) => seen.push(p.done) });
    expect(result).toMatchObject({ total: 4, done: 4, created: 2, skipped: 1, failed: 1 });
    expect(result.failures).toEqual([{ name: 'empty', error: 'text is empty or only white space' }]);
    expect(seen).toEqual([1, 2, 3, 4]);
  });
});
