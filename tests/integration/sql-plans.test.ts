import * as fs from 'node:fs';
import * as path from 'node:path';
import { loadConfig } from '../../src/config';
import { ingestArticle } from '../../src/ingest';
import { startServer, type RunningServer } from '../../src/server';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { ADMIN_TOKEN, gql } from '../support/server';

/**
 * The SQL plans (src/graphql/compiled) answer the common read shapes with one statement; the
 * resolvers answer everything. Both run here over the same database, and every query must get the
 * same response, byte for byte, from both — including errors, which plans leave to the resolvers.
 */
const SEED = path.join(__dirname, '../../seeds/000_06a914ba39d29b72.txt');

function article(i: number): string {
  return [
    `"We will not accept a budget that cuts schools," Governor Dana Whitfield${i} said on Monday in Albany.`,
    `Senator Lee Okafor${i} told reporters that the plan was "a serious mistake" and that talks would resume.`,
    `According to the Department of Finance, revenue grew by ${i} percent last year.`,
    `Whitfield${i} added that she expects an agreement by Friday.`,
  ].join('\n');
}

describe('SQL plans answer exactly what the resolvers answer', () => {
  let database: TestDatabase;
  let planned: RunningServer;
  let resolved: RunningServer;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    database = await createTestDatabase();
    await ingestArticle(database.db, { text: fs.readFileSync(SEED, 'utf8'), title: 'Seed', source: 'Wire', publishedAt: '2018-08-27' });
    for (let i = 1; i <= 6; i++) {
      await ingestArticle(database.db, { text: article(i), title: `Budget ${i}`, source: i % 2 ? 'Wire' : 'Herald', publishedAt: `2024-03-0${i}` });
    }
    await ingestArticle(database.db, { text: 'The council met. Nothing was said.', title: null as unknown as string });
    await ingestArticle(database.db, {
      text: '"The vote will be close," Mayor Rosa Lind said on Tuesday, "but we expect to win it."\nLind met the council on Wednesday.',
      title: 'Split',
      publishedAt: '2024-03-08',
    });
    const env = { PORT: '0', NEWSGRAPH_ADMIN_TOKEN: ADMIN_TOKEN, NEWSGRAPH_DEBUG: '1' };
    planned = await startServer({ config: loadConfig(env), db: database.db, adminToken: ADMIN_TOKEN });
    resolved = await startServer({ config: loadConfig({ ...env, NEWSGRAPH_SQL_PLANS: 'off' }), db: database.db, adminToken: ADMIN_TOKEN });
    const first = await gql(resolved, `{ actor(name: "Amir Hatami") { id } statements(first: 3) { edges { cursor node { id article { id } } } } }`);
    ids.actor = first.data.actor.id;
    ids.statement = first.data.statements.edges[1].node.id;
    ids.article = first.data.statements.edges[1].node.article.id;
    ids.cursor = first.data.statements.edges[1].cursor;
  });
  afterAll(async () => {
    await planned?.close();
    await resolved?.close();
    await database?.drop();
  });

  async function both(query: string, variables: Record<string, unknown> = {}) {
    const [a, b] = await Promise.all([gql(planned, query, variables), gql(resolved, query, variables)]);
    const { extensions: ea, ...ra } = a;
    const { extensions: eb, ...rb } = b;
    expect(ra).toEqual(rb);
    expect(JSON.stringify(ra)).toBe(JSON.stringify(rb)); // same key order too
    return { plan: ea?.sqlPlan, planned: a, resolved: b, plannedStatements: ea?.sqlStatements as number, resolvedStatements: eb?.sqlStatements as number };
  }

  const plannable: Record<string, [string, Record<string, unknown>?]> = {
    'the acceptance query': [`{ actors(first: 50) { totalCount edges { node { id name kind statements(first: 20) { totalCount edges { node { kind text cue article { title } } } } } } } }`],
    'every scalar of every planned type, with __typename': [
      `{ __typename articles(first: 10) { __typename totalCount pageInfo { __typename hasNextPage hasPreviousPage startCursor endCursor }
          edges { __typename cursor node { __typename id title source url publishedAt ingestedAt wordCount text
            statements(first: 30) { edges { node { id kind text cue speaker { id name kind title affiliation aliases } sourceMention { id kind text actor { name } } } } }
            actors(first: 30) { totalCount edges { node { id name aliases } } }
            mentions(first: 30) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id kind text actor { id } } } } } } } }`,
    ],
    'aliases, fragments, inline fragments and repeated fields merge as GraphQL merges them': [
      `query { a: actors(first: 3) { ...Page } b: actors(first: 2) { edges { node { ... on Actor { name } ... on Node { id } name } } }
        statements(first: 5) { edges { node { ...S ... on Statement { speaker { name } } speaker { id } } } } }
        fragment Page on ActorConnection { totalCount edges { node { id ...Named } } }
        fragment Named on Actor { name kind }
        fragment S on Statement { text kind }`,
    ],
    '@skip and @include, from literals and variables': [
      `query($yes: Boolean!, $no: Boolean!) { actors(first: 4) { totalCount @include(if: $yes) pageInfo @skip(if: $yes) { hasNextPage }
        edges { node { name @include(if: $no) id @skip(if: false) kind @include(if: true) } } } }`,
      { yes: true, no: false },
    ],
    'pages after a cursor, to the end': [`query($after: String) { statements(first: 4, after: $after) { pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id } } } }`],
    'statement filters: speaker, kind, about, article, full text, dates': [
      `query($s: ID, $a: ID) { bySpeaker: statements(filter: { speaker: $s }) { totalCount edges { node { text } } }
        direct: statements(filter: { kind: DIRECT }, first: 50) { totalCount edges { node { text } } }
        inArticle: statements(filter: { article: $a }) { totalCount edges { node { id } } }
        about: statements(filter: { about: $s }) { totalCount }
        search: statements(filter: { search: "mistake -schools" }) { totalCount edges { node { text } } }
        dated: statements(filter: { from: "2024-03-02", to: "2024-03-04" }, first: 100) { totalCount edges { node { id } } } }`,
    ],
    'actor, article and nested filters': [
      `{ named: actors(filter: { name: "whitfield" }) { totalCount edges { node { name statements(filter: { kind: DIRECT }) { totalCount edges { node { text } } } } } }
        orgs: actors(filter: { kind: ORGANIZATION }, first: 100) { totalCount edges { node { name mentions(first: 2) { totalCount edges { node { text } } } } } }
        wire: articles(filter: { source: "Wire", from: "2024-03-01", to: "2024-03-05" }) { totalCount edges { node { title statements(kind: INDIRECT) { totalCount } } } }
        found: articles(filter: { search: "revenue" }) { totalCount edges { node { title } } } }`,
    ],
    'lookups by id': [`query($st: ID!, $ar: ID!) { statement(id: $st) { id text article { title } } article(id: $ar) { title wordCount } }`],
    'statement evidence, source, cue and date': [
      `{ statements(first: 40) { edges { node { id evidence { __typename start end text segments { __typename start end text } article { title } }
          source { start end text segments { text } } cueEvidence { start end text } date { __typename start end precision } } } } }`,
    ],
    'an actor’s timeline: statements, events, dates and evidence': [
      `query($s: ID) { timeline(actor: $s, first: 50) { __typename totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
          edges { __typename cursor node { __typename kind date { start end precision }
            statement { id kind text cue speaker { name } date { start end precision } }
            event { __typename id type date { start end precision } }
            evidence { start end text segments { start end text } article { title publishedAt } } } } } }`,
    ],
    'an article’s timeline, by type and date, and one of an actor in an article': [
      `query($s: ID, $a: ID) { said: timeline(article: $a, types: ["STATEMENT"]) { totalCount edges { node { kind statement { text } } } }
          signed: timeline(article: $a, types: ["SIGN_AGREEMENT", "MEET"], from: "2018-01-01", to: "2018-12-31") { totalCount edges { cursor node { kind event { type } } } }
          both: timeline(actor: $s, article: $a, first: 3) { totalCount pageInfo { hasNextPage endCursor } edges { node { kind } } }
          none: timeline(actor: $s, from: "1900-01-01", to: "1900-01-02") { totalCount pageInfo { hasNextPage startCursor endCursor } edges { cursor } } }`,
    ],
  };

  for (const [name, [query, variables]] of Object.entries(plannable)) {
    it(`${name} (one SQL statement)`, async () => {
      const vars = { ...variables, s: ids.actor, a: ids.article, st: ids.statement, ar: ids.article, after: ids.cursor };
      const used = Object.fromEntries(Object.entries(vars).filter(([k]) => query.includes(`$${k}`)));
      const r = await both(query, used);
      expect(r.planned.errors).toBeUndefined();
      expect(r.plan).toBe('planned');
      expect(r.plannedStatements).toBe(1);
    });
  }

  it('pages through a timeline to its end, each page planned and the same as the resolvers’', async () => {
    const query = `query($s: ID, $after: String) { timeline(actor: $s, first: 2, after: $after) { totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { cursor node { kind date { start } } } } }`;
    let after: string | null = null;
    let seen = 0;
    for (;;) {
      const r = await both(query, { s: ids.actor, after });
      expect(r.plan).toBe('planned');
      const t = r.planned.data!.timeline;
      seen += t.edges.length;
      if (!t.pageInfo.hasNextPage) break;
      after = t.pageInfo.endCursor;
    }
    expect(seen).toBeGreaterThan(2);
  });

  it('really returns data: the shapes above are not empty', async () => {
    const r = await both(plannable['statement filters: speaker, kind, about, article, full text, dates'][0], { s: ids.actor, a: ids.article });
    for (const key of ['bySpeaker', 'direct', 'inArticle', 'search', 'dated']) expect(r.planned.data![key].totalCount).toBeGreaterThan(0);
    const t = await both(plannable['an actor’s timeline: statements, events, dates and evidence'][0], { s: ids.actor });
    const kinds = new Set(t.planned.data!.timeline.edges.map((e: { node: { kind: string } }) => e.node.kind));
    expect([...kinds].sort()).toEqual(['EVENT', 'STATEMENT']);
    const split = await both(`{ statements(first: 100) { edges { node { evidence { segments { text } } } } } }`);
    expect(split.planned.data!.statements.edges.some((e: { node: { evidence: { segments: unknown[] } } }) => e.node.evidence.segments.length > 1)).toBe(true);
  });

  const fallBack: Record<string, [string, Record<string, unknown>?]> = {
    'a field no plan covers (a statement’s time expression)': [`{ statements(first: 3) { edges { node { text time { value } } } } }`],
    'a timeline of a missing actor': [`{ timeline(actor: "Actor:999999") { totalCount edges { cursor } } }`],
    'a timeline with neither actor nor article': [`{ timeline { totalCount } }`],
    'a timeline cursor this API did not issue': [`{ timeline(article: "Article:1", after: "bogus") { totalCount } }`],
    'a timeline from after its to': [`{ timeline(article: "Article:1", from: "2020-01-02", to: "2020-01-01") { totalCount } }`],
    'a page size out of range': [`{ actors(first: 1000) { totalCount } }`],
    'a cursor this API did not issue': [`{ actors(after: "bogus") { totalCount } }`],
    'an id of the wrong type': [`{ statements(filter: { speaker: "Article:1" }) { totalCount } }`],
    'an empty search': [`{ statements(filter: { search: "   " }) { totalCount } }`],
    'a missing article': [`{ article(id: "Article:999999") { title } }`],
    'a variable of the wrong type': [`query($n: Int) { actors(first: $n) { totalCount } }`, { n: 'many' }],
  };
  for (const [name, [query, variables]] of Object.entries(fallBack)) {
    it(`${name}: left to the resolvers, same response`, async () => {
      const r = await both(query, variables);
      expect(r.plan).not.toBe('planned');
      if (!name.startsWith('a field no plan covers')) expect(r.planned.errors?.length).toBeGreaterThan(0);
    });
  }
});
