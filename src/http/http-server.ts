import type { ApolloServer } from '@apollo/server';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { GraphContext } from '../graphql/context';
import { renderGraphiQL } from './graphiql';
import { handleGraphQL } from './graphql-handler';
import { outcomeOf, type RequestLogger } from './request-log';
import { sendJson, sendText } from './send';

export interface HttpServerOptions {
  apollo: ApolloServer<GraphContext>;
  contextFor: (req: IncomingMessage) => GraphContext;
  isReady: () => Promise<boolean>;
  requestTimeoutMs: number;
  log: RequestLogger;
  /** Extra GET routes, e.g. files for Neo4j Browser. */
  staticRoutes?: Map<string, (res: ServerResponse) => void>;
}

const CORS_HEADERS = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'GET, POST, OPTIONS',
  'access-control-allow-headers': 'content-type, authorization, pragma, cache-control, apollo-require-preflight',
  'access-control-max-age': '600',
};

function timeoutAnswer(res: ServerResponse): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  sendJson(res, 503, {
    errors: [{ message: 'The request took too long and was stopped.', extensions: { code: 'SERVICE_UNAVAILABLE' } }],
  });
}

/**
 * The HTTP front: /graphql (and GraphiQL for browsers at / and /graphql), /health, /ready and static routes,
 * with CORS, a per-request timeout and a request log.
 */
export function createHttpServer(options: HttpServerOptions): Server {
  const graphiqlPage = renderGraphiQL();
  const route = async (req: IncomingMessage, res: ServerResponse, url: URL): Promise<string | null> => {
    const wantsPage = req.method === 'GET' && (req.headers.accept ?? '').includes('text/html') && !url.search;
    if ((url.pathname === '/graphql' || url.pathname === '/') && wantsPage) {
      sendText(res, 200, 'text/html; charset=utf-8', graphiqlPage);
      return null;
    }
    if (url.pathname === '/graphql') {
      const outcome = await handleGraphQL(options.apollo, req, res, url, async () => options.contextFor(req));
      return outcome.operationName;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      sendJson(res, 405, { error: 'method not allowed' });
      return null;
    }
    if (url.pathname === '/health') {
      sendJson(res, 200, { status: 'ok' });
    } else if (url.pathname === '/ready') {
      const ready = await options.isReady();
      sendJson(res, ready ? 200 : 503, { status: ready ? 'ready' : 'unavailable', neo4j: ready ? 'up' : 'down' });
    } else if (options.staticRoutes?.has(url.pathname)) {
      options.staticRoutes.get(url.pathname)!(res);
    } else {
      sendJson(res, 404, { error: 'not found' });
    }
    return null;
  };

  return createServer((req, res) => {
    const started = performance.now();
    for (const [key, value] of Object.entries(CORS_HEADERS)) res.setHeader(key, value);
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (req.method === 'OPTIONS') {
      res.statusCode = 204;
      res.end();
      return;
    }
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      timeoutAnswer(res);
    }, options.requestTimeoutMs);
    route(req, res, url)
      .catch(() => {
        if (!res.headersSent)
          sendJson(res, 500, {
            errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }],
          });
        return null;
      })
      .then((operationName) => {
        clearTimeout(timer);
        options.log({
          method: req.method ?? 'GET',
          path: url.pathname,
          status: res.statusCode,
          durationMs: Math.round(performance.now() - started),
          operationName,
          outcome: timedOut ? 'timeout' : outcomeOf(res.statusCode),
        });
      });
  });
}
