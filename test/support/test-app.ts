import { startApp, type RunningApp } from '../../src/app';
import { loadConfig } from '../../src/config/env';
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

/** Starts the real server on a free port, against the test Neo4j. */
export async function startTestApp(
  env: Record<string, string> = {},
  log: RequestLogger = silentLogger,
): Promise<TestApp> {
  const config = loadConfig({ PORT: '0', CURATOR_TOKEN: TEST_CURATOR_TOKEN, ...env });
  const app = await startApp({ config, connection: testConnection(), log, reportError: () => undefined });
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
