import type { ApolloServer } from '@apollo/server';
import { HeaderMap } from '@apollo/server';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { GraphContext } from '../graphql/context';
import { parseJsonBody, PayloadTooLargeError, readBody } from './read-body';
import { sendJson } from './send';

export const MAX_BODY_BYTES = 1024 * 1024;

function errorBody(message: string, code: string) {
  return { errors: [{ message, extensions: { code } }] };
}

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
  context: () => Promise<GraphContext>,
): Promise<GraphQLRequestOutcome> {
  let body: unknown;
  try {
    const text = req.method === 'POST' ? await readBody(req, MAX_BODY_BYTES) : '';
    body = (req.headers['content-type'] ?? '').includes('json') ? parseJsonBody(text) : text;
  } catch (error) {
    const tooLarge = error instanceof PayloadTooLargeError;
    const status = tooLarge ? 413 : 400;
    sendJson(res, status, errorBody(tooLarge ? error.message : 'The request body is not valid JSON', 'BAD_REQUEST'));
    return { status, operationName: null };
  }
  const operationName =
    body && typeof body === 'object' && typeof (body as { operationName?: unknown }).operationName === 'string'
      ? (body as { operationName: string }).operationName
      : url.searchParams.get('operationName');
  const response = await apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: req.method ?? 'GET', headers: headerMap(req), search: url.search, body },
    context,
  });
  const status = legacyJsonStatus(req, response.status ?? 200, response.headers.get('content-type'), response.body);
  for (const [key, value] of response.headers) res.setHeader(key, value);
  res.statusCode = status;
  if (response.body.kind === 'complete') {
    res.end(response.body.string);
  } else {
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  }
  return { status, operationName };
}
