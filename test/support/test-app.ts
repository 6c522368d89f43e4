import { startApp, type AppOptions, type RunningApp } from '../../src/app';
import { loadConfig } from '../../src/config/env';
import type { Executor, Query } from '../../src/db/executor';
import { browserUrl, testInstance } from '../../src/local-neo4j/instances';
import { silentLogger, type RequestLogger } from '../../src/http/request-log';
import { testConnection } from './test-db';

export const TEST_CURATOR_TOKEN = 'test-curator-token-0123456789';

export interface TestApp extends RunningApp {
  /** POSTs a GraphQL request and returns the HTTP status and the parsed body. */
  graphql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<{ status: number; body: { data?: T; errors?: { message: string; extensions?: { code?: string } }[] } }>;
}

export const TEST_BROWSER_URL = browserUrl(testInstance());

export interface TestAppOptions {
  log?: RequestLogger;
  onQuery?: (query: Query) => void;
  prepare?: (executor: Executor) => Promise<void>;
  warmUp?: AppOptions['warmUp'];
}

/**
 * A request timeout far above what any test query needs, so that a busy machine cannot turn a slow answer into a
 * failed test; tests of the timeout itself set REQUEST_TIMEOUT_MS.
 */
export const TEST_REQUEST_TIMEOUT_MS = '60000';

/** Starts the real server on a free port (unless env.PORT says otherwise), against the test Neo4j. */
export async function startTestApp(env: Record<string, string> = {}, options: TestAppOptions = {}): Promise<TestApp> {
  const config = loadConfig({
    PORT: '0',
    CURATOR_TOKEN: TEST_CURATOR_TOKEN,
    REQUEST_TIMEOUT_MS: TEST_REQUEST_TIMEOUT_MS,
    ...env,
  });
  const app = await startApp({
    config,
    connection: testConnection(),
    browserUrl: TEST_BROWSER_URL,
    onQuery: options.onQuery,
    log: options.log ?? silentLogger,
    reportError: () => undefined,
    prepare: options.prepare,
    warmUp: options.warmUp,
  });
  return {
    ...app,
    async graphql(query, variables, headers) {
      const response = await fetch(`${app.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, body: (await response.json()) as never };
    },
  };
}

/** A GraphQL error as a test reads it. */
export interface AnsweredError {
  message: string;
  extensions: Record<string, unknown>;
}

/**
 * The two ways a test reads an answer: `data` expects one without errors and returns its data, `error` expects
 * exactly one error and returns it. `app` is called each time, so the helpers can be made before the app starts.
 */
export function answers(app: () => TestApp) {
  return {
    async data<T = any>(query: string, variables?: Record<string, unknown>): Promise<T> {
      const { status, body } = await app().graphql<T>(query, variables);
      expect(body.errors).toBeUndefined();
      expect(status).toBe(200);
      return body.data!;
    },
    async error(query: string, variables?: Record<string, unknown>): Promise<AnsweredError> {
      const { body } = await app().graphql(query, variables);
      expect(body.errors).toHaveLength(1);
      return body.errors![0] as AnsweredError;
    },
  };
}
