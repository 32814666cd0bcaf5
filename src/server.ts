import 'reflect-metadata';
import { timingSafeEqual } from 'node:crypto';
import * as http from 'node:http';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type NextFunction, type Request, type Response } from 'express';
import { GraphQLError } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import type { Config } from './config';
import type { Db } from './db/client';
import { queryScope } from './db/client';
import { sqlPlanPlugin } from './graphql/compiled/plugin';
import { stringifyResult } from './graphql/compiled/raw-json';
import type { Context } from './graphql/context';
import { publicError, unauthenticated } from './graphql/errors';
import { ideHtml } from './graphql/ide';
import { assertWithinLimits, DEFAULT_LIMITS, type QueryLimits } from './graphql/limits';
import { LiveFeed } from './graphql/live-feed';
import { createLoaders } from './graphql/loaders';
import { buildNewsgraphSchema } from './graphql/schema';

export const MAX_BODY = '5mb';

export interface ServerOptions {
  config: Config;
  db: Db;
  /** The admin token in force (generated at start-up when NEWSGRAPH_ADMIN_TOKEN is unset). */
  adminToken: string;
  limits?: QueryLimits;
  feed?: LiveFeed;
}

export interface RunningServer {
  url: string;
  port: number;
  feed: LiveFeed;
  close: () => Promise<void>;
}

function sameToken(given: string, expected: string | null): boolean {
  if (!expected) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

function bearer(header: string | undefined): string | null {
  const m = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  return m ? m[1] : null;
}

function limitsPlugin(limits: QueryLimits): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operationName, request }) {
          assertWithinLimits(document, operationName, request.variables ?? {}, limits);
        },
      };
    },
  };
}

/** With NEWSGRAPH_DEBUG, each response tells how many SQL statements it cost (extensions.sqlStatements). */
function sqlCountPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          const scope = queryScope.getStore();
          if (scope && response.body.kind === 'single') {
            response.body.singleResult.extensions = { ...response.body.singleResult.extensions, sqlStatements: scope.queries };
          }
        },
      };
    },
  };
}

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const { config, db, adminToken } = options;
  const feed = options.feed ?? new LiveFeed();
  const app = express();
  const httpServer = http.createServer(app);
  // A slow client or a stuck request cannot hold a connection for ever.
  httpServer.requestTimeout = 60_000;
  httpServer.headersTimeout = 20_000;

  const schema = buildNewsgraphSchema();
  const authorize = (header: string | undefined): { admin: boolean } => {
    const token = bearer(header);
    const admin = token !== null && sameToken(token, adminToken);
    if (token !== null && !admin && !sameToken(token, config.readToken)) throw unauthenticated('The bearer token is not valid');
    if (config.readToken && !admin && token === null) throw unauthenticated('This server needs a token: send "Authorization: Bearer <token>"');
    return { admin };
  };

  // Subscriptions: graphql-ws on the same path; the token comes in the connection_init payload.
  const wsServer = new WebSocketServer({ server: httpServer, path: '/graphql', maxPayload: 64 * 1024 });
  const wsCleanup = useServer<{ authorization?: string }, { auth: { admin: boolean } }>(
    {
      schema,
      onConnect: (ctx) => {
        try {
          ctx.extra.auth = authorize(ctx.connectionParams?.authorization ?? ctx.extra.request.headers.authorization);
          return true;
        } catch {
          return false;
        }
      },
      context: (ctx): Context => ({ db, loaders: createLoaders(db), auth: ctx.extra.auth ?? { admin: false }, feed }),
    },
    wsServer,
  );

  const apollo = new ApolloServer<Context>({
    schema,
    introspection: config.introspection,
    includeStacktraceInErrorResponses: config.debug,
    stringifyResult,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // No HTTP caching hints are served; without this plugin Apollo wraps every field resolver to compute them.
      ApolloServerPluginCacheControlDisabled(),
      { serverWillStart: async () => ({ drainServer: async () => void (await wsCleanup.dispose()) }) },
      limitsPlugin(options.limits ?? DEFAULT_LIMITS),
      ...(config.sqlPlans ? [sqlPlanPlugin({ debug: config.debug })] : []),
      ...(config.debug ? [sqlCountPlugin()] : []),
    ],
    formatError: (formatted, error) => {
      const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
      const pub = publicError(original, config.debug);
      if (!pub) return formatted;
      return { ...formatted, message: pub.message, extensions: { ...(config.debug ? formatted.extensions : {}), code: pub.code } };
    },
  });
  await apollo.start();

  app.disable('x-powered-by');
  // POSTed GraphQL responses are never revalidated: hashing every body for an ETag is wasted work.
  app.set('etag', false);
  app.get('/healthz', async (_req, res) => {
    try {
      await db.$queryRaw`SELECT 1`;
      res.json({ ok: true });
    } catch {
      res.status(503).json({ ok: false });
    }
  });
  if (config.playground) {
    app.get('/', (_req, res) => {
      res.setHeader('Content-Security-Policy', "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval' blob:; worker-src 'self' blob:; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self' ws: wss:");
      res.type('html').send(ideHtml());
    });
  }
  app.use(
    '/graphql',
    express.json({ limit: MAX_BODY }),
    (err: Error & { type?: string; status?: number }, _req: Request, res: Response, next: NextFunction) => {
      if (!err) return next();
      const tooLarge = err.type === 'entity.too.large';
      res.status(tooLarge ? 413 : 400).json({
        errors: [{ message: tooLarge ? `Request body exceeds ${MAX_BODY}` : `Malformed JSON body: ${err.message}`, extensions: { code: tooLarge ? 'REQUEST_TOO_LARGE' : 'BAD_REQUEST' } }],
      });
    },
    (req: Request, _res: Response, next: NextFunction) => queryScope.run({ queries: 0 }, () => next()),
    expressMiddleware(apollo, {
      context: async ({ req }): Promise<Context> => ({ db, loaders: createLoaders(db), auth: authorize(req.headers.authorization), feed }),
    }),
  );

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(config.port, config.host, () => resolve());
  });
  const port = (httpServer.address() as { port: number }).port;
  return {
    url: `http://${config.host.includes(':') ? `[${config.host}]` : config.host === '0.0.0.0' ? 'localhost' : config.host}:${port}/graphql`,
    port,
    feed,
    close: async () => {
      await apollo.stop();
    },
  };
}
