import type { ApolloServer } from '@apollo/server';
import { HeaderMap } from '@apollo/server';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { LIMITS } from '../config/limits';
import { AppError, requestTimedOut } from '../errors/app-error';
import type { GraphContext } from '../graphql/context';
import { parseJsonBody, PayloadTooLargeError, readBody } from './read-body';
import { endAnswer, sendAppError, sendError } from './send';

function headerMap(req: IncomingMessage): HeaderMap {
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  return headers;
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

const answerTooLarge = (bytes: number) =>
  new AppError(
    'ANSWER_TOO_LARGE',
    `The answer would be ${bytes} bytes, more than ${LIMITS.maxAnswerBytes}. Ask for less: smaller "first", ` +
      'fewer fields or aliases.',
    { limit: 'answerBytes', maximum: LIMITS.maxAnswerBytes },
  );

/** Reads the body, refusing at once what Content-Length says is too large; null once an error has been answered. */
async function readRequestBody(req: IncomingMessage, res: ServerResponse): Promise<{ body: unknown } | null> {
  const declared = Number(req.headers['content-length']);
  const tooLarge = `Request body is larger than ${LIMITS.maxBodyBytes} bytes`;
  if (Number.isFinite(declared) && declared > LIMITS.maxBodyBytes) {
    sendError(res, 'PAYLOAD_TOO_LARGE', tooLarge, { limit: 'bodyBytes', maximum: LIMITS.maxBodyBytes });
    return null;
  }
  try {
    const text = req.method === 'POST' ? await readBody(req, LIMITS.maxBodyBytes) : '';
    return { body: (req.headers['content-type'] ?? '').includes('json') ? parseJsonBody(text) : text };
  } catch (error) {
    if (error instanceof PayloadTooLargeError) {
      sendError(res, 'PAYLOAD_TOO_LARGE', tooLarge, { limit: 'bodyBytes', maximum: LIMITS.maxBodyBytes });
    } else sendError(res, 'BAD_REQUEST', 'The request body is not valid JSON');
    return null;
  }
}

/** Hands one HTTP request to Apollo Server and writes its answer; returns what the request log needs. */
export async function handleGraphQL(
  apollo: ApolloServer<GraphContext>,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  { context, deadline, timeoutMs }: GraphQLRequestOptions,
): Promise<GraphQLRequestOutcome> {
  if (req.method !== 'GET' && req.method !== 'POST') {
    res.setHeader('allow', 'GET, POST');
    sendError(res, 'METHOD_NOT_ALLOWED', '/graphql answers GET and POST only.');
    return { status: res.statusCode, operationName: null };
  }
  const read = await readRequestBody(req, res);
  if (!read) return { status: res.statusCode, operationName: null };
  const { body } = read;
  const operationName =
    body && typeof body === 'object' && typeof (body as { operationName?: unknown }).operationName === 'string'
      ? (body as { operationName: string }).operationName.slice(0, LIMITS.loggedNameLength)
      : (url.searchParams.get('operationName')?.slice(0, LIMITS.loggedNameLength) ?? null);
  const response = await apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: req.method, headers: headerMap(req), search: url.search, body },
    context,
  });
  if (res.headersSent || res.destroyed) return { status: res.statusCode, operationName };
  if (Date.now() >= deadline) {
    sendAppError(res, requestTimedOut(timeoutMs));
    return { status: res.statusCode, operationName };
  }
  if (response.body.kind !== 'complete') {
    sendError(res, 'BAD_REQUEST', 'Incremental delivery is not offered.');
    return { status: res.statusCode, operationName };
  }
  const bytes = Buffer.byteLength(response.body.string);
  if (bytes > LIMITS.maxAnswerBytes) {
    sendAppError(res, answerTooLarge(bytes));
    return { status: res.statusCode, operationName };
  }
  for (const [key, value] of response.headers) res.setHeader(key, value);
  res.statusCode = response.status ?? 200;
  endAnswer(res, response.body.string);
  return { status: res.statusCode, operationName };
}
