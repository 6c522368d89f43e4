import autocannon from 'autocannon';
import { performance } from 'node:perf_hooks';
import type { Chunk } from './latency';

export interface GraphQLRequest {
  query: string;
  variables?: Record<string, unknown>;
}

/** POSTs one request and returns its data; a GraphQL error or a non-200 answer fails the benchmark. */
export async function postGraphQL<T>(url: string, request: GraphQLRequest): Promise<T> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(request),
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (response.status !== 200 || body.errors || !body.data) {
    throw new Error(`${url} answered ${response.status}: ${JSON.stringify(body.errors ?? body).slice(0, 500)}`);
  }
  return body.data;
}

/**
 * Requests over HTTP keep-alive connections on loopback, sent by autocannon. A chunk that is stopped by its time
 * limit leaves requests in flight; they are not counted, and only failures of answered requests fail the run.
 */
export function httpChunk(url: string, request: GraphQLRequest, connections: number): Chunk {
  const body = JSON.stringify(request);
  return (amount, maxSeconds) => {
    const latencies: number[] = [];
    const start = performance.now();
    let last = start;
    let instance!: autocannon.Instance;
    const done = new Promise<autocannon.Result>((resolve, reject) => {
      instance = autocannon(
        {
          url,
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body,
          connections,
          amount: Math.max(amount, connections),
          pipelining: 1,
          timeout: 60,
          // Status 200 is not enough: GraphQL reports most failures in the body.
          verifyBody: (text) => typeof text === 'string' && !text.includes('"errors"'),
        },
        (error: unknown, result) =>
          error ? reject(error instanceof Error ? error : new Error(String(error))) : resolve(result),
      );
    });
    // autocannon's own duration ends on its next one-second tick; the last answer is when the work ended.
    instance.on('response', (_client, _status, _bytes, ms) => {
      latencies.push(ms);
      last = performance.now();
    });
    // The time limit ends the chunk only once an answer has come, so that a query slower than the limit is still
    // measured, one request at a time.
    const timer = setInterval(() => {
      if (latencies.length > 0 && performance.now() - start > maxSeconds * 1000) instance.stop();
    }, 50);
    return done
      .then((result) => {
        const failed = result.non2xx + result.mismatches;
        if (failed > 0)
          throw new Error(`${failed} failed requests (non-2xx ${result.non2xx}, GraphQL errors ${result.mismatches})`);
        return { latencies, seconds: (last - start) / 1000 };
      })
      .finally(() => clearInterval(timer));
  };
}
