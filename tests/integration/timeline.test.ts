import * as fs from 'node:fs';
import * as path from 'node:path';
import { ingestArticle } from '../../src/ingest';
import { gql, startTestServer, type TestServer } from '../support/server';

const seedText = fs.readFileSync(path.join(__dirname, '../../seeds/000_06a914ba39d29b72.txt'), 'utf8');

const TIMELINE = `query($article: ID, $actor: ID, $from: LocalDate, $to: LocalDate, $types: [String!]) {
  timeline(article: $article, actor: $actor, from: $from, to: $to, types: $types, first: 100) {
    totalCount
    edges { node { kind date { start end precision }
      event { type mentions { trigger time { text value } evidence { start end text } } }
      statement { text }
      evidence { text } } } } }`;

describe('timeline on the seed article', () => {
  let server: TestServer;
  let articleId: string;
  beforeAll(async () => {
    server = await startTestServer();
    const stored = await ingestArticle(server.database.db, { text: seedText, publishedAt: '2018-08-27', title: 'Seed' });
    articleId = `Article:${stored.articleId}`;
  });
  afterAll(async () => server?.stop());

  it('orders the 1979 revolution, the 2011 war, "recent months" and the signing by date, undated last', async () => {
    const res = await gql(server, TIMELINE, { article: articleId });
    expect(res.errors).toBeUndefined();
    const items = res.data.timeline.edges.map((e: any) => e.node);
    const events = items.filter((i: any) => i.kind === 'EVENT');
    const position = (pred: (i: any) => boolean) => items.findIndex(pred);
    const revolution = position((i) => i.event?.type === 'UPRISING' && i.date?.start.startsWith('1979'));
    const war = position((i) => i.event?.type === 'FIGHT' && i.date?.start.startsWith('2011'));
    const recent = position((i) => i.event?.mentions.some((m: any) => m.time?.text === 'recent months'));
    const signing = position((i) => i.event?.type === 'SIGN_AGREEMENT' && i.date !== null);
    expect([revolution, war, recent, signing].every((p) => p >= 0)).toBe(true);
    expect(revolution).toBeLessThan(war);
    expect(war).toBeLessThan(recent);
    expect(recent).toBeLessThan(signing);
    // Dated items by their range, then the undated ones.
    const starts = items.map((i: any) => i.date?.start ?? '9999-99-99');
    expect([...starts].sort()).toEqual(starts);
    expect(events.length).toBeGreaterThan(4);
  });

  it('keeps both accounts of the signing day, Sunday and Monday, each with its evidence', async () => {
    const res = await gql(server, TIMELINE, { article: articleId, types: ['SIGN_AGREEMENT'] });
    const signings = res.data.timeline.edges.map((e: any) => e.node.event);
    const dated = signings.flatMap((e: any) => e.mentions).filter((m: any) => m.trigger === 'signed');
    const values = dated.map((m: any) => m.time?.value).sort();
    expect(values).toEqual(['2018-08-26', '2018-08-27']);
    for (const m of dated) expect(seedText.slice(m.evidence.start, m.evidence.end)).toBe('signed');
    // One real-world signing, not one per account.
    const withBoth = signings.filter((e: any) => e.mentions.filter((m: any) => m.trigger === 'signed').length === 2);
    expect(withBoth).toHaveLength(1);
  });

  it('an actor timeline holds their statements and events, and a date range narrows it', async () => {
    const hatami = (await gql(server, `{ actor(name: "Amir Hatami") { id } }`)).data.actor.id;
    const all = await gql(server, TIMELINE, { actor: hatami });
    const kinds = new Set(all.data.timeline.edges.map((e: any) => e.node.kind));
    expect(kinds).toEqual(new Set(['STATEMENT', 'EVENT']));
    const day = await gql(server, TIMELINE, { actor: hatami, from: '2018-08-26', to: '2018-08-26' });
    expect(day.data.timeline.totalCount).toBeGreaterThan(0);
    expect(day.data.timeline.totalCount).toBeLessThan(all.data.timeline.totalCount);
    for (const e of day.data.timeline.edges) expect(e.node.date.start <= '2018-08-26' && e.node.date.end > '2018-08-26').toBe(true);
    const bad = await gql(server, TIMELINE, { actor: hatami, from: '2018-09-01', to: '2018-08-01' });
    expect(bad.errors?.[0].extensions?.code).toBe('INVALID_ARGUMENT');
  });
});
