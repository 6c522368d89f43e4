import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLSchema } from 'graphql';
import type { GraphContext } from '../context';
import { formatAppError } from '../error-format';
import { requestCost } from './cost';
import { Lane } from './lane';
import { EXECUTION_LIMITS, limitExceeded, QUERY_LIMITS } from './query-limits';

/**
 * Enforces the cost limit once the operation and its variables are known, sends expensive requests through the
 * expensive lane (and lets each send only a few queries to Neo4j at once), and answers a request that ran out of time or budget with that one error instead of a partial
 * answer.
 */
export function limitsPlugin(
  schema: GraphQLSchema,
  lane = new Lane(EXECUTION_LIMITS.expensiveConcurrency, EXECUTION_LIMITS.expensiveQueue),
): ApolloServerPlugin<GraphContext> {
  return {
    async requestDidStart() {
      let release: (() => void) | null = null;
      return {
        async didResolveOperation({ document, request, contextValue }) {
          const cost = requestCost(schema, document, request.operationName, request.variables);
          if (cost === null) return;
          if (cost > QUERY_LIMITS.maxCost) {
            throw limitExceeded('cost', QUERY_LIMITS.maxCost, cost, 'The query could return too much');
          }
          if (cost >= EXECUTION_LIMITS.expensiveCost) {
            release = await lane.enter(contextValue.budget.deadline);
            contextValue.budget.limitQueries(EXECUTION_LIMITS.expensiveQueriesAtOnce);
          }
        },
        async willSendResponse({ contextValue, response }) {
          release?.();
          const failure = contextValue.budget.failure;
          if (!failure || response.body.kind !== 'single') return;
          response.body.singleResult = { data: null, errors: [formatAppError(failure)] };
        },
      };
    },
  };
}
