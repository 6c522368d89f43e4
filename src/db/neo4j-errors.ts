import { Neo4jError } from 'neo4j-driver';
import { AppError } from '../errors/app-error';

const UNAVAILABLE_CODES = new Set(['ServiceUnavailable', 'SessionExpired', 'Neo.ClientError.Security.Unauthorized']);

/** Maps a Neo4j or driver error to a coded error, or returns it unchanged when it is not one. */
export function mapNeo4jError(error: unknown): unknown {
  if (error instanceof AppError || !(error instanceof Neo4jError)) return error;
  if (UNAVAILABLE_CODES.has(error.code) || error.code.startsWith('Neo.TransientError.')) {
    return new AppError('SERVICE_UNAVAILABLE', 'The graph database is not reachable right now. Try again shortly.');
  }
  if (error.code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
    return new AppError('CONFLICT', 'This would break a uniqueness rule of the graph, e.g. an id that exists already.');
  }
  if (
    error.code === 'Neo.ClientError.Transaction.TransactionTimedOut' ||
    error.code === 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration'
  ) {
    return new AppError('SERVICE_UNAVAILABLE', 'The query took too long and was stopped.');
  }
  return error;
}
