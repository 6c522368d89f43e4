import type { ApolloServer } from '@apollo/server';
import { HeaderMap } from '@apollo/server';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { RETRY_AFTER_SECONDS, requestTimedOut } from '../errors/app-error';
import type { GraphContext } from '../graphql/context';
import { parseJsonBody, PayloadTooLargeError, readBody } from './read-body';
import { sendAppError, sendError } from './send';

export const MAX_BODY_BYTES = 1024 * 1024;

function headerMap(req: IncomingMessage): HeaderMap {
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  return headers;
}

/** Errors in a well-formed request: the document does not parse or validate, or the variables do not fit. */
const REQUEST_ERROR_CODES = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT']);

/**
 * The GraphQL-over-HTTP spec asks for 200 on such errors when the client accepts only application/json (older
 * clients read the body, not the status); clients that accept application/graphql-response+json get Apollo's 400.
 */
function legacyJsonStatus(
  req: IncomingMessage,
  status: number,
  contentType: string | undefined,
  body: { kind: string; string?: string },
): number {
  if (status !== 400 || !contentType?.startsWith('application/json') || body.kind !== 'complete') return status;
  if ((req.headers.accept ?? '').includes('application/graphql-response+json')) return status;
  try {
    const { errors } = JSON.parse(body.string ?? '') as { errors?: { extensions?: { code?: string } }[] };
    const requestError = errors?.length && errors.every((e) => REQUEST_ERROR_CODES.has(e.extensions?.code ?? ''));
    return requestError ? 200 : status;
  } catch {
    return status;
  }
}

/**
 * An answer whose errors say the service is unavailable (timed out, overloaded, Neo4j away) carries Retry-After,
 * and is a 503 when it holds no data. The body is parsed only when it names that code.
 */
function unavailable(body: { kind: string; string?: string }): { status: number | null } | null {
  if (body.kind !== 'complete' || !body.string?.includes('"SERVICE_UNAVAILABLE"')) return null;
  try {
    const { data, errors } = JSON.parse(body.string) as {
      data?: unknown;
      errors?: { extensions?: { code?: string } }[];
    };
    if (!errors?.some((e) => e.extensions?.code === 'SERVICE_UNAVAILABLE')) return null;
    return { status: data === null || data === undefined ? 503 : null };
  } catch {
    return null;
  }
}

export interface GraphQLRequestOptions {
  context: () => Promise<GraphContext>;
  /** When the request must have answered (a Date.now() value); a later answer is replaced by the timeout error. */
  deadline: number;
  timeoutMs: number;
}

export interface GraphQLRequestOutcome {
  status: number;
  operationName: string | null;
}

/** Hands one HTTP request to Apollo Server and writes its answer; returns what the request log needs. */
export async function handleGraphQL(
  apollo: ApolloServer<GraphContext>,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  { context, deadline, timeoutMs }: GraphQLRequestOptions,
): Promise<GraphQLRequestOutcome> {
  let body: unknown;
  try {
    const text = req.method === 'POST' ? await readBody(req, MAX_BODY_BYTES) : '';
    body = (req.headers['content-type'] ?? '').includes('json') ? parseJsonBody(text) : text;
  } catch (error) {
    if (error instanceof PayloadTooLargeError) sendError(res, 413, 'PAYLOAD_TOO_LARGE', error.message);
    else sendError(res, 400, 'BAD_REQUEST', 'The request body is not valid JSON');
    return { status: res.statusCode, operationName: null };
  }
  const operationName =
    body && typeof body === 'object' && typeof (body as { operationName?: unknown }).operationName === 'string'
      ? (body as { operationName: string }).operationName
      : url.searchParams.get('operationName');
  const response = await apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: req.method ?? 'GET', headers: headerMap(req), search: url.search, body },
    context,
  });
  if (res.headersSent || res.destroyed) return { status: res.statusCode, operationName };
  if (Date.now() >= deadline) {
    sendAppError(res, 503, requestTimedOut(timeoutMs));
    return { status: 503, operationName };
  }
  let status = legacyJsonStatus(req, response.status ?? 200, response.headers.get('content-type'), response.body);
  const unavailableAnswer = unavailable(response.body);
  for (const [key, value] of response.headers) res.setHeader(key, value);
  if (unavailableAnswer) {
    res.setHeader('retry-after', String(RETRY_AFTER_SECONDS));
    status = unavailableAnswer.status ?? status;
  }
  res.statusCode = status;
  if (response.body.kind === 'complete') {
    res.end(response.body.string);
  } else {
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  }
  return { status, operationName };
}
