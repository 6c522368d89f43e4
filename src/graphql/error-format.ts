import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { AppError } from '../errors/app-error';

/** Codes that GraphQL and Apollo themselves give to a client's mistakes; their messages are safe to show. */
const CLIENT_ERROR_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

export type ErrorReporter = (error: unknown) => void;

/** Shows a client coded errors only; anything unexpected becomes INTERNAL_SERVER_ERROR and is reported server-side. */
export function createErrorFormatter(report: ErrorReporter) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const { path, locations } = formatted;
    if (original instanceof AppError) {
      return { message: original.message, path, locations, extensions: { code: original.code, ...original.details } };
    }
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && CLIENT_ERROR_CODES.has(code)) {
      return { message: formatted.message, path, locations, extensions: { code } };
    }
    report(original);
    return { message: 'Internal server error', path, locations, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  };
}
