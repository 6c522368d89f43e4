import { Neo4jError } from 'neo4j-driver';
import { AppError, databaseUnavailable, overloaded, requestEnded, requestTimedOut } from '../errors/app-error';

const UNAVAILABLE_CODES = new Set(['ServiceUnavailable', 'SessionExpired', 'Neo.ClientError.Security.Unauthorized']);

const TERMINATED_CODES = new Set([
  'Neo.ClientError.Transaction.Terminated',
  'Neo.TransientError.Transaction.Terminated',
]);

const isIgnored = (error: Neo4jError) => error.message.startsWith('Ignored either because of an error or RESET');

const TIMEOUT_CODES = new Set([
  'Neo.ClientError.Transaction.TransactionTimedOut',
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
]);

/** What a mapping needs to know of the request whose query failed. */
export interface FailedRequest {
  remainingMs(): number;
  readonly ended?: AbortSignal;
}

/**
 * Maps a Neo4j or driver error to a coded error, or returns it unchanged when it is not one. `timeoutMs` is the
 * request's time limit, named in the answer when Neo4j stopped the query for it.
 *
 * "Ignored either because of an error or RESET" is how the driver reports a message that Neo4j skipped because an
 * earlier one on the same connection failed: BEGIN and RUN go out together, so when BEGIN fails (a transaction
 * given the last milliseconds of its request times out at once) or the transaction is terminated (its request
 * ended), the RUN is ignored and its error names no cause. It is the request's timeout or end, not a fault.
 */
export function mapNeo4jError(error: unknown, timeoutMs: number, request?: FailedRequest | null): unknown {
  if (error instanceof AppError || !(error instanceof Neo4jError)) return error;
  const stopped = TIMEOUT_CODES.has(error.code) || TERMINATED_CODES.has(error.code) || isIgnored(error);
  if (stopped && request?.ended?.aborted) return requestEnded();
  if (TIMEOUT_CODES.has(error.code)) return requestTimedOut(timeoutMs);
  if (isIgnored(error) || TERMINATED_CODES.has(error.code)) {
    return request && request.remainingMs() <= 0 ? requestTimedOut(timeoutMs) : databaseUnavailable();
  }
  // The driver's own pool gives up with a code-less error when every connection is busy.
  if (error.message.startsWith('Connection acquisition timed out')) return overloaded();
  if (UNAVAILABLE_CODES.has(error.code) || error.code.startsWith('Neo.TransientError.')) return databaseUnavailable();
  if (error.code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
    return new AppError('CONFLICT', 'This would break a uniqueness rule of the graph, e.g. an id that exists already.');
  }
  return error;
}
