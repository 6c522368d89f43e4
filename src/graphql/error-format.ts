import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { LIMITS } from '../config/limits';
import { AppError } from '../errors/app-error';
import { isErrorCode, type ErrorCode } from '../errors/codes';

/** Codes that GraphQL and Apollo themselves give to a client's mistakes (src/errors/codes.ts); their messages are safe to show. */
const CLIENT_ERROR_CODES: ReadonlySet<ErrorCode> = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

/** Extensions of a client error that are safe to pass on: which query limit or argument, and by how much. */
const CLIENT_ERROR_DETAILS = ['limit', 'maximum', 'actual', 'argument'];

/** Longest error message a client gets: a message that repeats input never amplifies the request. */
const MAX_MESSAGE_LENGTH = 4 * LIMITS.echoLength;
const bounded = (message: string) =>
  message.length <= MAX_MESSAGE_LENGTH ? message : `${message.slice(0, MAX_MESSAGE_LENGTH)}…`;

export type ErrorReporter = (error: unknown) => void;

/** A coded error as the client sees it. */
export function formatAppError(error: AppError, where: Partial<GraphQLFormattedError> = {}): GraphQLFormattedError {
  return { message: bounded(error.message), ...where, extensions: { code: error.code, ...error.details } };
}

/** The AppError behind an error, whether a resolver, a plugin or the request pipeline threw it. */
function appErrorOf(error: unknown): AppError | null {
  const original = unwrapResolverError(error);
  if (original instanceof AppError) return original;
  if (original instanceof GraphQLError && original.originalError instanceof AppError) return original.originalError;
  return null;
}

/** Shows a client coded errors only; anything unexpected becomes INTERNAL_SERVER_ERROR and is reported server-side. */
export function createErrorFormatter(report: ErrorReporter) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const { path, locations } = formatted;
    const appError = appErrorOf(error);
    if (appError) return formatAppError(appError, { path, locations });
    const code = formatted.extensions?.code;
    if (isErrorCode(code) && CLIENT_ERROR_CODES.has(code)) {
      const details = CLIENT_ERROR_DETAILS.filter((key) => formatted.extensions?.[key] !== undefined).map((key) => [
        key,
        formatted.extensions![key],
      ]);
      return {
        message: bounded(formatted.message),
        path,
        locations,
        extensions: { code, ...Object.fromEntries(details) },
      };
    }
    report(unwrapResolverError(error));
    return { message: 'Internal server error', path, locations, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  };
}
