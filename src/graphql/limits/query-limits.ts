import { GraphQLError } from 'graphql';
import { LIMITS } from '../../config/limits';

/** Limits on the shape of one request's document, checked before anything runs. */
export const QUERY_LIMITS = {
  maxDepth: LIMITS.maxDepth,
  maxAliases: LIMITS.maxAliases,
  maxDirectives: LIMITS.maxDirectives,
  maxIntrospections: LIMITS.maxIntrospections,
  maxTokens: LIMITS.maxTokens,
  maxCost: LIMITS.maxCost,
};

/** Limits on what one request may do while it runs (src/config/limits.ts says what each means). */
export const EXECUTION_LIMITS = {
  maxListItems: LIMITS.maxListItems,
  expensiveCost: LIMITS.expensiveCost,
  expensiveConcurrency: LIMITS.expensiveConcurrency,
  expensiveQueue: LIMITS.expensiveQueue,
  expensiveQueriesAtOnce: LIMITS.expensiveQueriesAtOnce,
  queriesAtOnce: LIMITS.queriesAtOnce,
  heavyWork: LIMITS.heavyWork,
  heavyStatementsAtOnce: LIMITS.heavyStatementsAtOnce,
};

export type QueryLimit = 'depth' | 'aliases' | 'directives' | 'introspection' | 'cost';

/**
 * A refused document: says which limit it hit, the limit's value and the request's own figure, in the message and
 * in the extensions, so that a client can shrink the query.
 */
export function limitExceeded(limit: QueryLimit, maximum: number, actual: number, message: string): GraphQLError {
  return new GraphQLError(`${message} (the request's ${limit} is ${actual}; at most ${maximum} is allowed)`, {
    extensions: { code: 'GRAPHQL_VALIDATION_FAILED', limit, maximum, actual, http: { status: 400 } },
  });
}
