import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  ActorTimelineDocument,
  FindActorDocument,
  IngestArticleDocument,
  LatestStatementsDocument,
  NewsgraphError,
  request,
  WhoSaidWhatAboutDocument,
} from '../../src/client';
import { ADMIN_TOKEN, startTestServer, type TestServer } from '../support/server';

const seedText = fs.readFileSync(path.join(__dirname, '../../seeds/000_06a914ba39d29b72.txt'), 'utf8');

describe('typed client (codegen) against a live server', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
    const res = await request(server.url, IngestArticleDocument, { input: { text: seedText, title: 'Seed', publishedAt: '2018-08-27' } }, { token: ADMIN_TOKEN });
    expect(res.ingestArticle.created).toBe(true);
  });
  afterAll(async () => server?.stop());

  it('latest statements', async () => {
    const res = await request(server.url, LatestStatementsDocument, { first: 5 });
    expect(res.statements.totalCount).toBeGreaterThan(5);
    expect(res.statements.edges).toHaveLength(5);
    expect(res.statements.pageInfo.hasNextPage).toBe(true);
    const next = await request(server.url, LatestStatementsDocument, { first: 100, after: res.statements.pageInfo.endCursor });
    expect(next.statements.edges.length).toBe(res.statements.totalCount - 5);
  });

  it('who said what about a country', async () => {
    const syria = await request(server.url, FindActorDocument, { name: 'Syria' });
    const res = await request(server.url, WhoSaidWhatAboutDocument, { about: syria.actor!.id });
    expect(res.statements.totalCount).toBeGreaterThan(0);
    for (const { node } of res.statements.edges) {
      const article = node.evidence.article;
      expect(article.title).toBe('Seed');
      // "about Syria": the content itself names the country.
      expect(node.text).toMatch(/Syria|Damascus/);
    }
    const speakers = res.statements.edges.map((e) => e.node.speaker?.name);
    expect(speakers).toContain('Amir Hatami');
  });

  it('an actor timeline in date order with evidence', async () => {
    const hatami = await request(server.url, FindActorDocument, { name: 'Amir Hatami' });
    const res = await request(server.url, ActorTimelineDocument, { actor: hatami.actor!.id });
    const items = res.timeline.edges.map((e) => e.node);
    expect(items.length).toBeGreaterThan(3);
    const starts = items.map((i) => i.date?.start ?? '9999');
    expect([...starts].sort()).toEqual(starts);
    for (const item of items) {
      expect(item.evidence.length).toBeGreaterThan(0);
      expect(item.statement ?? item.event).toBeTruthy();
    }
  });

  it('errors carry stable codes', async () => {
    await expect(request(server.url, FindActorDocument, { name: 'Nobody Atall' })).rejects.toMatchObject({
      errors: [expect.objectContaining({ extensions: expect.objectContaining({ code: 'NOT_FOUND' }) })],
    });
    await expect(request(server.url, IngestArticleDocument, { input: { text: 'x' } })).rejects.toBeInstanceOf(NewsgraphError);
  });
});
