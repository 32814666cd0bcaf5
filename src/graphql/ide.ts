import { renderGraphiQL } from '@graphql-yoga/render-graphiql';

/** The example a first-time visitor sees: who said what, with the evidence and the article. */
export const EXAMPLE_QUERY = `# Who said what? Press ▶ to run. Docs and schema: the book icon on the left.
query WhoSaidWhat {
  actors(first: 10, filter: { kind: PERSON }) {
    totalCount
    edges {
      node {
        id
        name
        title
        statements(first: 5) {
          totalCount
          edges {
            node {
              kind
              cue
              text
              date { start precision }
              article { title publishedAt }
            }
          }
        }
      }
    }
  }
}
`;

let cached: string | undefined;

/** GraphiQL as one self-contained page (scripts, styles and editor workers inlined): works offline. */
export function ideHtml(): string {
  cached ??= renderGraphiQL({ title: 'newsgraph', endpoint: '/graphql', defaultQuery: EXAMPLE_QUERY, subscriptionsProtocol: 'WS' } as Parameters<typeof renderGraphiQL>[0]);
  return cached;
}
