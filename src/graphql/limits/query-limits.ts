import { GraphQLError } from 'graphql';

/** Limits on the shape of one request's document, checked before anything runs. */
export const QUERY_LIMITS = {
  maxDepth: 12,
  maxAliases: 20,
  maxDirectives: 20,
  maxTokens: 2_000,
  maxCost: 20_000,
};

/** Limits on what one request may do while it runs. */
export const EXECUTION_LIMITS = {
  /** Items that list fields may return in one answer, counted over the whole answer. */
  maxListItems: 10_000,
  /** Requests at or above this estimated cost are expensive: only a few of them run at once. */
  expensiveCost: 1_000,
  /** Expensive requests running at once; more wait in line. */
  expensiveConcurrency: 2,
  /** Expensive requests that may wait in line; one more is refused at once. */
  expensiveQueue: 32,
  /** Queries one expensive request may have running in Neo4j at once (its aliases and lists wait their turn). */
  expensiveQueriesAtOnce: 1,
};

export type QueryLimit = 'depth' | 'aliases' | 'directives' | 'cost';

/**
 * A refused document: says which limit it hit, the limit's value and the request's own figure, in the message and
 * in the extensions, so that a client can shrink the query.
 */
export function limitExceeded(limit: QueryLimit, maximum: number, actual: number, message: string): GraphQLError {
  return new GraphQLError(`${message} (the request's ${limit} is ${actual}; at most ${maximum} is allowed)`, {
    extensions: { code: 'GRAPHQL_VALIDATION_FAILED', limit, maximum, actual, http: { status: 400 } },
  });
}
