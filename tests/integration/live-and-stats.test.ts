import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { ADMIN_TOKEN, gql, startTestServer, type TestServer } from '../support/server';

const articles = [
  { text: 'Mayor Lena Ortiz said on Monday that the harbour would reopen. "The ships are coming back," Ortiz told reporters.', publishedAt: '2024-03-04', title: 'Harbour' },
  { text: 'Governor Paul Brandt said on Tuesday that Lena Ortiz had misled voters about the harbour.', publishedAt: '2024-03-05', title: 'Governor' },
  { text: 'Lena Ortiz said in April that the harbour budget was balanced.', publishedAt: '2024-04-20', title: 'Budget' },
];

const ingest = `mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { created statementCount } }`;

describe('live updates and dashboard aggregates', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => server?.stop());

  it('streams new statements over WebSocket, filtered, as articles are ingested', async () => {
    const client = createClient({ url: server.url.replace('http', 'ws'), webSocketImpl: WebSocket, lazy: false, retryAttempts: 0 });
    const received: any[] = [];
    const done = new Promise<void>((resolve, reject) => {
      client.subscribe(
        { query: `subscription { statementAdded(filter: { kind: DIRECT }) { kind text speaker { name } article { title } } }` },
        {
          next: (msg) => {
            received.push(msg.data?.statementAdded);
            resolve();
          },
          error: reject,
          complete: () => undefined,
        },
      );
    });
    await new Promise((r) => setTimeout(r, 300)); // subscription registered
    for (const input of articles) expect((await gql(server, ingest, { input }, ADMIN_TOKEN)).errors).toBeUndefined();
    await done;
    await new Promise((r) => setTimeout(r, 300));
    await client.dispose();
    expect(received.length).toBeGreaterThan(0);
    for (const s of received) expect(s.kind).toBe('DIRECT');
    expect(received[0]).toMatchObject({ text: expect.stringContaining('ships are coming back'), article: { title: 'Harbour' } });
  });

  it('refuses subscriptions without the token when reads are protected', async () => {
    const locked = await startTestServer({ NEWSGRAPH_READ_TOKEN: 'reader' });
    try {
      const query = `subscription { statementAdded { text } }`;
      const attempt = (token?: string) =>
        new Promise<string>((resolve) => {
          const client = createClient({
            url: locked.url.replace('http', 'ws'),
            webSocketImpl: WebSocket,
            retryAttempts: 0,
            connectionParams: token ? { authorization: `Bearer ${token}` } : {},
            on: { connected: () => resolve('connected'), closed: () => resolve('closed') },
          });
          client.subscribe({ query }, { next: () => undefined, error: () => undefined, complete: () => undefined });
          setTimeout(() => void client.dispose(), 1000);
        });
      expect(await attempt()).toBe('closed');
      expect(await attempt('reader')).toBe('connected');
      const http = await gql(locked, `{ articles { totalCount } }`);
      expect(http.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      expect((await gql(locked, `{ articles { totalCount } }`, {}, 'reader')).data).toEqual({ articles: { totalCount: 0 } });
      const write = await gql(locked, ingest, { input: articles[0] }, 'reader');
      expect(write.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    } finally {
      await locked.stop();
    }
  });

  it('counts statements per speaker and per month, and who talks about whom', async () => {
    const res = await gql(
      server,
      `{ top: topSpeakers(first: 5) { key count actor { name } }
         months: statementStats(groupBy: MONTH) { key count }
         kinds: statementStats(groupBy: KIND) { key count }
         march: statementStats(groupBy: DAY, filter: { from: "2024-03-01", to: "2024-03-31" }) { key count }
         total: statements { totalCount } }`,
    );
    expect(res.errors).toBeUndefined();
    const { top, months, kinds, march, total } = res.data;
    expect(top[0].actor.name).toBe('Lena Ortiz');
    expect(top[0].count).toBeGreaterThanOrEqual(2);
    for (let i = 1; i < top.length; i++) expect(top[i - 1].count).toBeGreaterThanOrEqual(top[i].count);
    expect(months.map((m: any) => m.key)).toEqual(['2024-03-01', '2024-04-01']);
    expect(months.reduce((n: number, m: any) => n + m.count, 0)).toBe(total.totalCount);
    expect(kinds.reduce((n: number, m: any) => n + m.count, 0)).toBe(total.totalCount);
    for (const d of march) expect(d.key >= '2024-03-01' && d.key <= '2024-03-31').toBe(true);

    const brandt = (await gql(server, `{ actor(name: "Paul Brandt") { id } }`)).data.actor.id;
    const co = await gql(server, `query($s: ID!) { coMentions(speaker: $s) { statements actor { name } } }`, { s: brandt });
    expect(co.errors).toBeUndefined();
    expect(co.data.coMentions).toContainEqual({ statements: 1, actor: { name: 'Lena Ortiz' } });
  });

  it('ranks full-text search results and pages through them', async () => {
    const q = `query($after: String) { statementSearch(query: "harbour", first: 1, after: $after) { totalCount edges { rank node { text } } pageInfo { hasNextPage endCursor } } }`;
    const seen: string[] = [];
    const ranks: number[] = [];
    let after: string | null = null;
    let total = 0;
    do {
      const res: any = await gql(server, q, { after });
      expect(res.errors).toBeUndefined();
      total = res.data.statementSearch.totalCount;
      for (const e of res.data.statementSearch.edges) {
        seen.push(e.node.text);
        ranks.push(e.rank);
        expect(e.node.text.toLowerCase()).toContain('harbour');
      }
      after = res.data.statementSearch.pageInfo.hasNextPage ? res.data.statementSearch.pageInfo.endCursor : null;
    } while (after);
    expect(total).toBeGreaterThanOrEqual(2);
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(seen.length);
    expect([...ranks].sort((a, b) => b - a)).toEqual(ranks);
  });
});
