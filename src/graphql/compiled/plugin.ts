import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import type { Context } from '../context';
import { planOperation } from './compile';

/**
 * Answers plannable queries with one SQL statement (see compile.ts) before execution starts; every
 * other request, or a plan that fails, goes through the resolvers as before. Depth/cost limits and
 * authentication have already run by the time this hook is called. With `debug`, each response says
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
          let data: Record<string, unknown>;
          try {
            const rows = await contextValue.db.$queryRaw<{ data: string }[]>(plan.sql);
            data = JSON.parse(rows[0].data) as Record<string, unknown>;
          } catch (e) {
            // The resolvers retry and report the failure in their own, masked, way.
            outcome = `failed: ${e instanceof Error ? e.message : String(e)}`;
            return null;
          }
          const missing = plan.mustExist.find((key) => data[key] === null);
          if (missing) {
            outcome = `${missing} not found`;
            return null;
          }
          outcome = 'planned';
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
