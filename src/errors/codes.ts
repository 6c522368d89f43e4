import { LIMITS } from '../config/limits';

/**
 * Every error code a client can see, with the HTTP status of an answer that carries it and what it means. The
 * status is that of an answer without data; a GraphQL answer that holds data as well stays 200. The error table
 * in docs/reliability.md is rendered from this list.
 */
export const ERROR_CODES = {
  BAD_REQUEST: {
    status: 400,
    meaning: 'The request is not valid HTTP, its URL or body is malformed, or it has no Host.',
  },
  GRAPHQL_PARSE_FAILED: { status: 400, meaning: 'The document does not parse, or has more tokens than allowed.' },
  GRAPHQL_VALIDATION_FAILED: {
    status: 400,
    meaning: 'The document does not fit the schema or a query limit (`limit`, `maximum`, `actual` say which).',
  },
  BAD_USER_INPUT: { status: 400, meaning: 'An argument or variable is out of range or of the wrong type.' },
  PERSISTED_QUERY_NOT_SUPPORTED: { status: 400, meaning: 'Persisted queries are not offered: send the document.' },
  OPERATION_RESOLUTION_FAILURE: { status: 400, meaning: 'The request names an operation the document lacks.' },
  FORBIDDEN: { status: 403, meaning: 'A mutation without a valid curator token.' },
  NOT_FOUND: { status: 404, meaning: 'Nothing at this path, or no node with this id.' },
  METHOD_NOT_ALLOWED: { status: 405, meaning: 'The path does not answer this method; `Allow` names those it does.' },
  REQUEST_TIMEOUT: { status: 408, meaning: 'Headers or body did not arrive in time; the connection is closed.' },
  CONFLICT: { status: 409, meaning: 'The change would break a uniqueness rule of the graph.' },
  PAYLOAD_TOO_LARGE: {
    status: 413,
    meaning: 'The body is larger than allowed (decided from Content-Length when given).',
  },
  EXPECTATION_FAILED: { status: 417, meaning: 'An `Expect` header other than `100-continue`.' },
  HEADERS_TOO_LARGE: { status: 431, meaning: 'The request headers are too large.' },
  ANSWER_TOO_LARGE: {
    status: 422,
    meaning: 'The answer would hold more list items or bytes than allowed; ask for less. No partial data.',
  },
  SERVICE_UNAVAILABLE: {
    status: 503,
    meaning:
      'Timed out, overloaded or Neo4j away (`reason`: `TIMEOUT`, `OVERLOADED`, `DATABASE_UNAVAILABLE`); retry after `Retry-After` seconds.',
  },
  INTERNAL_SERVER_ERROR: {
    status: 500,
    meaning: 'Anything unexpected; logged on the server, no details for the client.',
  },
} as const satisfies Record<string, { status: number; meaning: string }>;

export type ErrorCode = keyof typeof ERROR_CODES;

export const isErrorCode = (code: unknown): code is ErrorCode =>
  typeof code === 'string' && Object.prototype.hasOwnProperty.call(ERROR_CODES, code);

/** The HTTP status of an answer that carries this code and no data. */
export const statusOf = (code: ErrorCode): number => ERROR_CODES[code].status;

/** The one shape of an error body, on every path: `{"errors": [{"message", "extensions": {"code", ...}}]}`. */
export function errorBody(code: ErrorCode, message: string, details: Record<string, unknown> = {}): string {
  return JSON.stringify({ errors: [{ message, extensions: { code, ...details } }] });
}

/** Longest piece of a client's input that an error message repeats. */
export const ECHO_LENGTH = LIMITS.echoLength;

/** A client's input as an error message quotes it: cut to a short prefix, so that an answer never amplifies. */
export function echo(input: string): string {
  return input.length <= ECHO_LENGTH ? input : `${input.slice(0, ECHO_LENGTH)}… (${input.length} characters)`;
}
