import * as fs from 'node:fs';
import * as path from 'node:path';
import { ingestArticle } from '../../src/ingest';
import { ADMIN_TOKEN, gql, startTestServer, type TestServer } from '../support/server';

const SEED = path.join(__dirname, '../../seeds/000_06a914ba39d29b72.txt');
const seedText = fs.readFileSync(SEED, 'utf8');

const ACCEPTANCE = `{ actors(first: 50) { totalCount edges { node { id name kind
    statements(first: 20) { totalCount edges { node { kind text cue article { title } } } } } } } }`;

/** Short synthetic articles, each with a quote and a reported statement by a different speaker. */
function syntheticArticle(i: number): string {
  return [
    `Officials from the Ministry of Trade met in the capital on Tuesday.`,
    `"We expect exports to grow by ${i} percent next year," Trade Minister Alex Morgan${i} said on Tuesday.`,
    `Opposition leader Sam Rivera${i} told reporters that the forecast was too optimistic.`,
  ].join('\n');
}

describe('GraphQL API over HTTP', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer({ NEWSGRAPH_DEBUG: '1' });
    await ingestArticle(server.database.db, { text: seedText, title: 'Seed', publishedAt: '2018-08-27' });
  });
  afterAll(async () => server?.stop());

  it('answers the acceptance query with actors, their statements and the article', async () => {
    const res = await gql(server, ACCEPTANCE);
    expect(res.errors).toBeUndefined();
    const actors = res.data.actors;
    expect(actors.totalCount).toBeGreaterThan(3);
    const hatami = actors.edges.map((e: any) => e.node).find((n: any) => n.name === 'Amir Hatami');
    expect(hatami).toMatchObject({ kind: 'PERSON' });
    expect(hatami.statements.totalCount).toBeGreaterThan(0);
    const texts = hatami.statements.edges.map((e: any) => e.node.text);
    expect(texts.some((t: string) => t.includes('Syria is getting out of crisis'))).toBe(true);
    expect(hatami.statements.edges[0].node.article.title).toBe('Seed');
  });

  it('keeps the provenance of every statement: its evidence is the article text at its offsets', async () => {
    const res = await gql(server, `{ statements(first: 100) { edges { node { text evidence { start end text article { text } } source { start end text } } } } }`);
    expect(res.errors).toBeUndefined();
    const nodes = res.data.statements.edges.map((e: any) => e.node);
    expect(nodes.length).toBeGreaterThan(3);
    for (const n of nodes) {
      const articleText: string = n.evidence.article.text;
      expect(articleText.slice(n.evidence.start, n.evidence.end)).toContain(n.text.split(' … ')[0]);
      if (n.source) expect(articleText.slice(n.source.start, n.source.end)).toBe(n.source.text);
    }
  });

  it('pages with cursors and reports totalCount across pages', async () => {
    const first = await gql(server, `{ actors(first: 2) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }`);
    const { totalCount, pageInfo, edges } = first.data.actors;
    expect(edges).toHaveLength(2);
    expect(pageInfo.hasNextPage).toBe(true);
    const second = await gql(server, `query($after: String) { actors(first: 100, after: $after) { edges { node { id } } pageInfo { hasNextPage } } }`, {
      after: pageInfo.endCursor,
    });
    const ids = [...edges, ...second.data.actors.edges].map((e: any) => e.node.id);
    expect(new Set(ids).size).toBe(totalCount);
    expect(second.data.actors.pageInfo.hasNextPage).toBe(false);
  });

  it('finds actors by name and by id, and resolves node(id)', async () => {
    const byName = await gql(server, `{ actor(name: "amir hatami") { id name mentions(first: 50) { totalCount edges { node { text kind } } } } }`);
    expect(byName.errors).toBeUndefined();
    const { id, mentions } = byName.data.actor;
    expect(mentions.totalCount).toBeGreaterThan(2);
    const byId = await gql(server, `query($id: ID!) { actor(id: $id) { name } node(id: $id) { id ... on Actor { name } } }`, { id });
    expect(byId.data.actor.name).toBe('Amir Hatami');
    expect(byId.data.node).toEqual({ id, name: 'Amir Hatami' });
  });

  it('filters statements by speaker, kind, full text and date', async () => {
    const { data } = await gql(server, `{ actor(name: "Amir Hatami") { id } }`);
    const res = await gql(
      server,
      `query($s: ID) { direct: statements(filter: { speaker: $s, kind: DIRECT }) { totalCount edges { node { kind speaker { name } } } }
        search: statements(filter: { search: "reconstruction" }) { totalCount edges { node { text } } }
        none: statements(filter: { from: "2030-01-01" }) { totalCount } }`,
      { s: data.actor.id },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data.direct.totalCount).toBeGreaterThan(0);
    for (const e of res.data.direct.edges) expect(e.node).toEqual({ kind: 'DIRECT', speaker: { name: 'Amir Hatami' } });
    expect(res.data.search.totalCount).toBeGreaterThan(0);
    for (const e of res.data.search.edges) expect(e.node.text.toLowerCase()).toMatch(/reconstruct/);
    expect(res.data.none.totalCount).toBe(0);
  });

  describe('SQL statements per request do not grow with the rows returned', () => {
    const shapes: Record<string, string> = {
      'actors → statements → article': ACCEPTANCE,
      'articles → actors/statements/events': `{ articles(first: 50) { edges { node { title actors(first: 20) { totalCount edges { node { name } } }
          statements(first: 20) { totalCount edges { node { text speaker { name } time { value } sourceMention { text } } } }
          events(first: 20) { edges { node { type participants { role actor { name } } mentions { trigger time { value } } } } } timeExpressions { value } } } } }`,
      'statements → speaker → mentions': `{ statements(first: 50) { edges { node { text speaker { name mentions(first: 5) { edges { node { text evidence { article { title } } } } } } } } } }`,
      'actors → events → participants': `{ actors(first: 50) { edges { node { name events(first: 10) { totalCount edges { node { type date { start } article { title }
          participants { role actor { name } } } } } } } } }`,
    };

    let small: Record<string, number>;
    beforeAll(async () => {
      small = {};
      for (const [name, q] of Object.entries(shapes)) {
        const res = await gql(server, q);
        expect(res.errors).toBeUndefined();
        small[name] = res.extensions!.sqlStatements as number;
      }
      for (let i = 1; i <= 12; i++) await ingestArticle(server.database.db, { text: syntheticArticle(i), title: `Synthetic ${i}`, publishedAt: '2024-03-05' });
    });

    for (const name of Object.keys(shapes)) {
      it(name, async () => {
        const res = await gql(server, shapes[name]);
        expect(res.errors).toBeUndefined();
        expect(JSON.stringify(res.data).length).toBeGreaterThan(0);
        expect(res.extensions!.sqlStatements).toBeGreaterThan(0);
        expect(res.extensions!.sqlStatements).toBeLessThanOrEqual(small[name]);
      });
    }

    it('the acceptance query stays within a fixed handful of statements', async () => {
      const res = await gql(server, ACCEPTANCE);
      expect(res.data.actors.totalCount).toBeGreaterThan(20);
      // page + count of actors, page + count of statements for all of them, the articles
      expect(res.extensions!.sqlStatements).toBeLessThanOrEqual(5);
    });
  });

  describe('auth', () => {
    const mutation = `mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { created statementCount article { id title } } }`;
    const input = { text: 'The mayor said the bridge would reopen in May.', title: 'Bridge', publishedAt: '2024-04-02' };

    it('refuses writes without a token, with a wrong token', async () => {
      const none = await gql(server, mutation, { input });
      expect(none.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      const wrong = await gql(server, mutation, { input }, 'not-the-token');
      expect(wrong.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      const count = await gql(server, `{ articles(filter: { search: "bridge" }) { totalCount } }`);
      expect(count.data.articles.totalCount).toBe(0);
    });

    it('ingests with the admin token, once', async () => {
      const first = await gql(server, mutation, { input }, ADMIN_TOKEN);
      expect(first.errors).toBeUndefined();
      expect(first.data.ingestArticle).toMatchObject({ created: true, article: { title: 'Bridge' } });
      const again = await gql(server, mutation, { input }, ADMIN_TOKEN);
      expect(again.data.ingestArticle.created).toBe(false);
      expect(again.data.ingestArticle.article.id).toBe(first.data.ingestArticle.article.id);
    });
  });

  describe('bad input gets a clear error with a stable code', () => {
    const mutation = `mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { created } }`;
    const cases: [string, Record<string, unknown>, string][] = [
      ['empty text', { text: '' }, 'EMPTY_TEXT'],
      ['white space only', { text: ' \n\t ' }, 'EMPTY_TEXT'],
      ['text over the limit', { text: 'word '.repeat(400_001) }, 'TEXT_TOO_LARGE'],
      ['binary', { text: 'PK\u0003\u0004\u0000\u0000binary' }, 'INVALID_TEXT'],
      ['undecodable bytes', { text: 'caf\uFFFD au lait' }, 'INVALID_TEXT'],
      ['an invalid date', { text: 'The minister said so.', publishedAt: '2024-02-30' }, 'INVALID_DATE'],
      ['a date that is not ISO', { text: 'The minister said so.', publishedAt: 'last Tuesday' }, 'INVALID_DATE'],
    ];
    for (const [name, input, code] of cases) {
      it(name, async () => {
        const before = await gql(server, `{ articles { totalCount } }`);
        const res = await gql(server, mutation, { input }, ADMIN_TOKEN);
        expect(res.errors?.[0].extensions?.code).toBe(code);
        expect(res.errors?.[0].message).not.toMatch(/prisma|sql|at .*\.ts/i);
        const after = await gql(server, `{ articles { totalCount } }`);
        expect(after.data.articles.totalCount).toBe(before.data.articles.totalCount);
      });
    }

    it('unknown ids', async () => {
      const res = await gql(server, `{ actor(id: "Actor:999999") { name } }`);
      expect(res.errors?.[0].extensions?.code).toBe('NOT_FOUND');
      const wrongType = await gql(server, `{ article(id: "Actor:1") { title } }`);
      expect(wrongType.errors?.[0].extensions?.code).toBe('INVALID_ARGUMENT');
      const node = await gql(server, `{ node(id: "Statement:999999") { id } }`);
      expect(node.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    });

    it('oversized or invalid page sizes and cursors', async () => {
      expect((await gql(server, `{ actors(first: 1000) { totalCount } }`)).errors?.[0].extensions?.code).toBe('INVALID_ARGUMENT');
      expect((await gql(server, `{ actors(first: 0) { totalCount } }`)).errors?.[0].extensions?.code).toBe('INVALID_ARGUMENT');
      expect((await gql(server, `{ actors(after: "bogus") { totalCount } }`)).errors?.[0].extensions?.code).toBe('INVALID_ARGUMENT');
    });

    it('queries too deep or too costly are refused before they run', async () => {
      const deep = `{ actors { edges { node { statements { edges { node { speaker { statements { edges { node { speaker { statements { edges { node { text } } } } } } } } } } } } } } }`;
      const res = await gql(server, deep);
      expect(res.errors?.[0].extensions?.code).toBe('QUERY_TOO_DEEP');
      const costly = `{ actors(first: 100) { edges { node { statements(first: 100) { edges { node { speaker { mentions(first: 100) { edges { node { text } } } } } } } } } } }`;
      expect((await gql(server, costly)).errors?.[0].extensions?.code).toBe('QUERY_TOO_COSTLY');
    });

    it('a body over the size limit is refused with 413', async () => {
      const res = await fetch(server.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ articles { totalCount } }', variables: { pad: 'x'.repeat(6 * 1024 * 1024) } }),
      });
      expect(res.status).toBe(413);
      expect(((await res.json()) as any).errors[0].extensions.code).toBe('REQUEST_TOO_LARGE');
    });
  });
});
