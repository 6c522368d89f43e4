import type { ApolloServerPlugin } from '@apollo/server';
import { RETRY_AFTER_SECONDS } from '../errors/app-error';
import { isErrorCode, statusOf, type ErrorCode } from '../errors/codes';
import type { GraphContext } from './context';

/** Errors in a well-formed request: the document does not parse or validate, or the variables do not fit. */
const REQUEST_ERROR_CODES: ReadonlySet<ErrorCode> = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
]);

/**
 * Decides an answer's HTTP status from its errors' codes (src/errors/codes.ts), where the errors are known, rather
 * than from the encoded body. An answer that never ran (no `data`) or that the request's budget stopped gets its
 * first error's status; one whose errors say the service is unavailable carries Retry-After, and is a 503 when it
 * holds no data. An answer with data stays 200.
 *
 * The GraphQL-over-HTTP spec asks for 200 on request errors when the client accepts only application/json (older
 * clients read the body, not the status); clients that accept application/graphql-response+json get the 400.
 */
export function httpStatusPlugin(): ApolloServerPlugin<GraphContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ request, response, contextValue }) {
          if (response.body.kind !== 'single') return;
          const { data, errors } = response.body.singleResult;
          const codes = (errors ?? []).map((e) => e.extensions?.code).filter(isErrorCode);
          if (codes.includes('SERVICE_UNAVAILABLE')) {
            response.http.headers.set('retry-after', String(RETRY_AFTER_SECONDS));
          }
          const first = codes[0];
          const stopped = contextValue?.budget?.failure !== null && contextValue?.budget?.failure !== undefined;
          if (!first || (data !== undefined && !stopped && !(data === null && first === 'SERVICE_UNAVAILABLE'))) return;
          const legacy =
            REQUEST_ERROR_CODES.has(first) &&
            codes.every((code) => REQUEST_ERROR_CODES.has(code)) &&
            !(request.http?.headers.get('accept') ?? '').includes('application/graphql-response+json');
          response.http.status = legacy ? 200 : statusOf(first);
        },
      };
    },
  };
}
