import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLSchema } from 'graphql';
import type { GraphContext } from '../context';
import { formatAppError } from '../error-format';
import { requestCost } from './cost';
import { Lane } from './lane';
import { EXECUTION_LIMITS, limitExceeded, QUERY_LIMITS } from './query-limits';

/** The lanes every request of one server passes: expensive requests, and the statements of heavy ones. */
export interface Lanes {
  expensive: Lane;
  heavyStatements: Lane;
}

export const createLanes = (): Lanes => ({
  expensive: new Lane(EXECUTION_LIMITS.expensiveConcurrency, EXECUTION_LIMITS.expensiveQueue),
  heavyStatements: new Lane(EXECUTION_LIMITS.heavyStatementsAtOnce, Number.POSITIVE_INFINITY),
});

/**
 * Enforces the cost limit once the operation and its variables are known; sends the statements of requests heavy on
 * Neo4j through one shared lane, and expensive requests through the expensive lane (each then sends one query to
 * Neo4j at a time); and answers a request that ran out of time or budget with that one error instead of a partial
 * answer.
 */
export function limitsPlugin(schema: GraphQLSchema, lanes: Lanes = createLanes()): ApolloServerPlugin<GraphContext> {
  return {
    async requestDidStart() {
      let release: (() => void) | null = null;
      return {
        async didResolveOperation({ document, request, contextValue }) {
          const estimate = requestCost(schema, document, request.operationName, request.variables);
          if (estimate === null) return;
          const { cost, work } = estimate;
          if (cost > QUERY_LIMITS.maxCost) {
            throw limitExceeded('cost', QUERY_LIMITS.maxCost, cost, 'The query could return too much');
          }
          const { budget } = contextValue;
          if (work >= EXECUTION_LIMITS.heavyWork) budget.shareQueries(lanes.heavyStatements);
          if (cost >= EXECUTION_LIMITS.expensiveCost) {
            release = await lanes.expensive.enter(budget.deadline, budget.ended);
            budget.limitQueries(EXECUTION_LIMITS.expensiveQueriesAtOnce);
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
