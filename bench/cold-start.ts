import fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import { EXAMPLES_FILE } from '../src/config/project-paths';
import { queryOperations } from '../src/graphql/warm-up';
import type { BenchDb } from './bench-db';
import { startServer } from './servers';

export interface FirstCall {
  operation: string;
  ms: number;
  /** Why the answer was not a clean 200 (a GraphQL error or another status), if it was not. */
  error?: string;
}

export interface ColdStartResult {
  /** From starting the process to the first 200 of /ready: the warm-up included. */
  startSeconds: number;
  calls: FirstCall[];
}

/** How long to wait for /ready once the process has started listening. */
const READY_TIMEOUT_MS = 60_000;

async function waitForReady(baseUrl: string): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  for (;;) {
    const status = await fetch(`${baseUrl}/ready`).then(
      (response) => response.status,
      () => 0,
    );
    if (status === 200) return;
    if (Date.now() > deadline) throw new Error(`/ready did not answer 200 within ${READY_TIMEOUT_MS / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function firstCall(url: string, document: string, operation: string): Promise<FirstCall> {
  const sent = performance.now();
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: document, operationName: operation }),
  });
  const body = (await response.json()) as { errors?: { message: string }[] };
  const ms = performance.now() - sent;
  if (response.status === 200 && !body.errors) return { operation, ms };
  return { operation, ms, error: `${response.status}: ${(body.errors?.[0]?.message ?? '').slice(0, 200)}` };
}

/**
 * No cold start, measured as a user meets it: the server process started fresh against the loaded graph (with its
 * warm-up, as `npm start` runs it), /ready polled until it says 200, then every query of schema/examples.graphql
 * sent once, one after another, each timed.
 */
export async function measureColdStart(db: BenchDb, log: (line: string) => void): Promise<ColdStartResult> {
  const document = fs.readFileSync(EXAMPLES_FILE, 'utf8');
  const started = performance.now();
  const server = await startServer('kommunen-graph', db.connection, db.browserUrl, { warmUp: true });
  try {
    await waitForReady(server.url.replace(/\/graphql$/, ''));
    const startSeconds = (performance.now() - started) / 1000;
    const calls: FirstCall[] = [];
    for (const operation of queryOperations(document)) calls.push(await firstCall(server.url, document, operation));
    const answered = calls.filter((call) => !call.error);
    const worst = answered.reduce<FirstCall | undefined>((a, b) => (a && a.ms >= b.ms ? a : b), undefined);
    log(
      `  ready after ${startSeconds.toFixed(1)} s; ${answered.length} of ${calls.length} examples answered, ` +
        `the slowest first call ${worst ? `${worst.operation} ${worst.ms.toFixed(0)} ms` : 'none'}`,
    );
    for (const call of calls.filter((c) => c.error)) log(`    ${call.operation} failed: ${call.error}`);
    return { startSeconds, calls };
  } finally {
    await server.stop();
  }
}
