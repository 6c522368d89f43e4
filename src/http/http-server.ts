import type { ApolloServer } from '@apollo/server';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { LIMITS } from '../config/limits';
import { requestTimedOut } from '../errors/app-error';
import { echo, type ErrorCode } from '../errors/codes';
import type { GraphContext } from '../graphql/context';
import { renderGraphiQL } from './graphiql';
import { handleGraphQL } from './graphql-handler';
import type { PaperTexts } from '../services/passage.service';
import { handlePaperText, isPaperTextPath } from './paper-text-route';
import { outcomeOf, type RequestLogger } from './request-log';
import { rawErrorResponse, sendAppError, sendError, sendJson, sendText } from './send';

export interface HttpServerOptions {
  apollo: ApolloServer<GraphContext>;
  /**
   * The GraphQL context of one request, which must have answered by `deadline` (a Date.now() value); `ended`
   * aborts once the request has ended (answered, or its client gone), and its work in Neo4j with it.
   */
  contextFor: (req: IncomingMessage, deadline: number, ended: AbortSignal) => GraphContext;
  isReady: () => Promise<boolean>;
  /** The texts of the loaded dataset's papers, served at /papers/<id>.txt. */
  paperTexts: PaperTexts;
  requestTimeoutMs: number;
  log: RequestLogger;
  /** Extra GET routes, e.g. files for Neo4j Browser. */
  staticRoutes?: Map<string, (res: ServerResponse) => void>;
}

/**
 * Limits on how slowly a client may send. Headers must be complete within `headersTimeoutMs` (Node's default is a
 * minute, long enough for a client sending a byte a second to hold a connection); the whole request, body
 * included, within the request timeout plus `bodyGraceMs`, after which Node closes the connection. An idle
 * keep-alive connection is closed after `keepAliveTimeoutMs`.
 */
export const HTTP_LIMITS = {
  headersTimeoutMs: LIMITS.headersTimeoutMs,
  bodyGraceMs: LIMITS.bodyGraceMs,
  /** How often Node looks for requests past those limits (30 s by default, which would stretch them). */
  checkIntervalMs: 1_000,
  keepAliveTimeoutMs: LIMITS.keepAliveTimeoutMs,
  loggedPathLength: LIMITS.loggedNameLength,
};

const CORS_HEADERS = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'GET, POST, OPTIONS',
  'access-control-allow-headers': 'content-type, authorization, pragma, cache-control, apollo-require-preflight',
  'access-control-max-age': '600',
};

/** Answers to requests that Node could not take in, by Node's error code: the error code and message. */
const CLIENT_ERRORS: Record<string, [ErrorCode, string]> = {
  ERR_HTTP_REQUEST_TIMEOUT: ['REQUEST_TIMEOUT', 'The request was not received in time.'],
  HPE_HEADER_OVERFLOW: ['HEADERS_TOO_LARGE', 'The request headers are too large.'],
  default: ['BAD_REQUEST', 'The request is not valid HTTP.'],
};

/** The request's URL, or null when it is not one (e.g. `GET //[`). */
function parseUrl(raw: string | undefined): URL | null {
  try {
    return new URL(raw ?? '/', 'http://localhost');
  } catch {
    return null;
  }
}

/** A response written before the request's body was read to its end closes the connection, rather than read on. */
function closeWhenAnsweredEarly(req: IncomingMessage, res: ServerResponse): void {
  res.once('finish', () => {
    if (!req.complete) req.socket?.destroy();
  });
}

/**
 * The HTTP front: /graphql (and GraphiQL for browsers at / and /graphql), /health, /ready and static routes,
 * with CORS, a per-request deadline, limits on slow clients and one log line per request. Every request runs inside
 * one error boundary: whatever it sends, it gets a typed answer and the process stays up.
 */
export function createHttpServer(options: HttpServerOptions): Server {
  const graphiqlPage = renderGraphiQL();
  const timeoutMs = options.requestTimeoutMs;

  const route = async (
    req: IncomingMessage,
    res: ServerResponse,
    url: URL,
    deadline: number,
    ended: AbortSignal,
  ): Promise<string | null> => {
    const wantsPage = req.method === 'GET' && (req.headers.accept ?? '').includes('text/html') && !url.search;
    if ((url.pathname === '/graphql' || url.pathname === '/') && wantsPage) {
      sendText(res, 200, 'text/html; charset=utf-8', graphiqlPage);
      return null;
    }
    if (url.pathname === '/graphql') {
      const outcome = await handleGraphQL(options.apollo, req, res, url, {
        context: async () => options.contextFor(req, deadline, ended),
        deadline,
        timeoutMs,
      });
      return outcome.operationName;
    }
    const known =
      url.pathname === '/health' ||
      url.pathname === '/ready' ||
      isPaperTextPath(url.pathname) ||
      options.staticRoutes?.has(url.pathname);
    if (!known) {
      sendError(res, 'NOT_FOUND', `There is nothing at ${echo(url.pathname)}. The API is at /graphql.`);
      return null;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('allow', 'GET, HEAD');
      sendError(res, 'METHOD_NOT_ALLOWED', `${url.pathname} answers GET and HEAD only.`);
      return null;
    }
    if (handlePaperText(url, res, options.paperTexts)) return null;
    if (url.pathname === '/health') {
      sendJson(res, 200, { status: 'ok' });
    } else if (url.pathname === '/ready') {
      const ready = await options.isReady();
      sendJson(res, ready ? 200 : 503, { status: ready ? 'ready' : 'unavailable', neo4j: ready ? 'up' : 'down' });
    } else {
      options.staticRoutes!.get(url.pathname)!(res);
    }
    return null;
  };

  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const started = performance.now();
    const deadline = Date.now() + timeoutMs;
    const url = parseUrl(req.url);
    let operationName: string | null = null;
    let timedOut = false;
    const ending = new AbortController();
    const timer = setTimeout(() => {
      timedOut = true;
      sendAppError(res, requestTimedOut(timeoutMs));
    }, timeoutMs);
    res.once('close', () => {
      clearTimeout(timer);
      ending.abort();
      options.log({
        method: (req.method ?? 'GET').slice(0, 16),
        path: (url?.pathname ?? '(malformed)').slice(0, HTTP_LIMITS.loggedPathLength),
        status: res.statusCode,
        durationMs: Math.round(performance.now() - started),
        operationName,
        outcome: timedOut ? 'timeout' : res.writableFinished ? outcomeOf(res.statusCode) : 'aborted',
      });
    });
    closeWhenAnsweredEarly(req, res);
    for (const [key, value] of Object.entries(CORS_HEADERS)) res.setHeader(key, value);
    if (!url) {
      sendError(res, 'BAD_REQUEST', 'The request URL is malformed.');
      return;
    }
    if (req.httpVersionMajor === 1 && req.httpVersionMinor >= 1 && !req.headers.host) {
      sendError(res, 'BAD_REQUEST', 'An HTTP/1.1 request must have a Host header.');
      return;
    }
    if (req.method === 'OPTIONS') {
      res.statusCode = 204;
      res.end();
      return;
    }
    route(req, res, url, deadline, ending.signal).then(
      (name) => {
        operationName = name;
      },
      () => sendError(res, 'INTERNAL_SERVER_ERROR', 'Internal server error'),
    );
  };

  const requestTimeout = timeoutMs + HTTP_LIMITS.bodyGraceMs;
  const server = createServer(
    {
      headersTimeout: Math.min(HTTP_LIMITS.headersTimeoutMs, requestTimeout),
      requestTimeout,
      keepAliveTimeout: HTTP_LIMITS.keepAliveTimeoutMs,
      connectionsCheckingInterval: HTTP_LIMITS.checkIntervalMs,
      // Checked in the handler, so that the answer has a body with a code.
      requireHostHeader: false,
    },
    (req, res) => {
      try {
        handle(req, res);
      } catch {
        sendError(res, 'INTERNAL_SERVER_ERROR', 'Internal server error');
      }
    },
  );
  // Requests that do not parse as HTTP, or whose headers or body came too slowly, get a typed answer and the
  // connection is closed; Node's default would answer without a body.
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Socket) => {
    if (!socket.writable) {
      socket.destroy();
      return;
    }
    const [code, message] = CLIENT_ERRORS[error.code ?? ''] ?? CLIENT_ERRORS.default!;
    socket.end(rawErrorResponse(code, message));
  });
  // Node answers an Expect other than 100-continue with an empty 417 unless someone listens.
  server.on('checkExpectation', (_req: IncomingMessage, res: ServerResponse) => {
    for (const [key, value] of Object.entries(CORS_HEADERS)) res.setHeader(key, value);
    sendError(res, 'EXPECTATION_FAILED', 'Only "Expect: 100-continue" is understood.');
  });
  return server;
}
