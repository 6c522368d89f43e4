import { Neo4jError } from 'neo4j-driver';
import { AppError, databaseUnavailable, overloaded, requestTimedOut } from '../errors/app-error';

const UNAVAILABLE_CODES = new Set(['ServiceUnavailable', 'SessionExpired', 'Neo.ClientError.Security.Unauthorized']);

const TIMEOUT_CODES = new Set([
  'Neo.ClientError.Transaction.TransactionTimedOut',
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
]);

/**
 * Maps a Neo4j or driver error to a coded error, or returns it unchanged when it is not one. `timeoutMs` is the
 * request's time limit, named in the answer when Neo4j stopped the query for it.
 */
export function mapNeo4jError(error: unknown, timeoutMs: number): unknown {
  if (error instanceof AppError || !(error instanceof Neo4jError)) return error;
  if (TIMEOUT_CODES.has(error.code)) return requestTimedOut(timeoutMs);
  // The driver's own pool gives up with a code-less error when every connection is busy.
  if (error.message.startsWith('Connection acquisition timed out')) return overloaded();
  if (UNAVAILABLE_CODES.has(error.code) || error.code.startsWith('Neo.TransientError.')) return databaseUnavailable();
  if (error.code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
    return new AppError('CONFLICT', 'This would break a uniqueness rule of the graph, e.g. an id that exists already.');
  }
  return error;
}
