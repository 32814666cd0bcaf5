import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import { sqlQuery } from '../../db/client';
import type { Context } from '../context';
import { planOperation } from './compile';
import { SerializedData } from './raw-json';

/**
 * Answers plannable queries with one SQL statement (see compile.ts) before execution starts; every
 * other request, or a plan that fails, goes through the resolvers as before. Depth/cost limits and
 * authentication have already run by the time this hook is called. The server's stringifyResult must
 * be the one of raw-json.ts, which sends the JSON text Postgres wrote as it is. With `debug`, each response says
 * in extensions.sqlPlan whether a plan answered it, or why not.
 */
export function sqlPlanPlugin(options: { debug: boolean }): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      let outcome = 'not a query';
      return {
        async responseForOperation({ schema, document, operation, request, contextValue }) {
          const { plan, reason } = planOperation(schema, document, operation, request.variables ?? {});
          if (!plan) {
            outcome = reason;
            return null;
          }
          let json: string;
          try {
            json = (await sqlQuery<{ data: string }>(contextValue.db, plan.sql))[0].data;
          } catch (e) {
            // The resolvers retry and report the failure in their own, masked, way.
            outcome = `failed: ${e instanceof Error ? e.message : String(e)}`;
            return null;
          }
          if (plan.mustExist.length) {
            const data = JSON.parse(json) as Record<string, unknown>;
            const missing = plan.mustExist.find((key) => data[key] === null);
            if (missing) {
              outcome = `${missing} not found`;
              return null;
            }
          }
          outcome = 'planned';
          // Sent as Postgres wrote it (see stringifyResult); to anything else it is the plain object.
          const data = new SerializedData(json) as unknown as Record<string, unknown>;
          return { http: { status: undefined, headers: new HeaderMap() }, body: { kind: 'single', singleResult: { data } } };
        },
        async willSendResponse({ response }) {
          if (options.debug && response.body.kind === 'single') {
            response.body.singleResult.extensions = { ...response.body.singleResult.extensions, sqlPlan: outcome };
          }
        },
      };
    },
  };
}
