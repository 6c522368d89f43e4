import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { FetchError, OparlClient } from '../../src/oparl/http-client';

/** A loopback server whose handler the test sets, counting requests in flight at once. */
async function startServer(handler: (req: http.IncomingMessage, res: http.ServerResponse) => void) {
  let inFlight = 0;
  const stats = { requests: 0, maxInFlight: 0 };
  const server = http.createServer((req, res) => {
    stats.requests += 1;
    inFlight += 1;
    stats.maxInFlight = Math.max(stats.maxInFlight, inFlight);
    res.on('close', () => (inFlight -= 1));
    handler(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  running.push(server);
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { base, stats };
}

const running: http.Server[] = [];
afterEach(async () => {
  for (const server of running.splice(0)) {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
});

describe('the OParl HTTP client', () => {
  it('when a server answers 503 twice, then the client retries and gets the answer', async () => {
    let calls = 0;
    const s = await startServer((_req, res) => {
      calls += 1;
      res.writeHead(calls <= 2 ? 503 : 200, { 'content-type': 'application/json' });
      res.end(calls <= 2 ? '{}' : '{"ok":true}');
    });
    const client = new OparlClient({ retries: 3, backoffMs: 5 });
    await expect(client.getJson(`${s.base}/x`)).resolves.toEqual({ ok: true });
    expect(client.retries).toBe(2);
  });

  it('when a server keeps answering 500, then the client gives up after its retries with the status', async () => {
    const s = await startServer((_req, res) => {
      res.writeHead(500);
      res.end();
    });
    const client = new OparlClient({ retries: 2, backoffMs: 5 });
    const error = await client.get(`${s.base}/x`).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FetchError);
    expect(error).toMatchObject({ status: 500, message: 'HTTP 500 (after 3 attempts)' });
    expect(s.stats.requests).toBe(3);
  });

  it('when a server answers 404, then the client fails at once without retrying', async () => {
    const s = await startServer((_req, res) => {
      res.writeHead(404);
      res.end();
    });
    const client = new OparlClient({ retries: 3, backoffMs: 5 });
    await expect(client.get(`${s.base}/x`)).rejects.toMatchObject({ status: 404 });
    expect(s.stats.requests).toBe(1);
  });

  it('when a server never answers, then each attempt times out and the client reports it', async () => {
    const s = await startServer(() => undefined);
    const client = new OparlClient({ retries: 1, backoffMs: 5, timeoutMs: 200 });
    await expect(client.get(`${s.base}/x`)).rejects.toMatchObject({ message: 'timed out (after 2 attempts)' });
    expect(s.stats.requests).toBe(2);
  });

  it('when many requests are made at once, then no more than the concurrency limit are in flight', async () => {
    const held: http.ServerResponse[] = [];
    const s = await startServer((_req, res) => {
      held.push(res);
      // Answer only once the limit is reached, so that the test sees the largest number the client lets through.
      if (held.length >= 3) held.splice(0).forEach((r) => r.end('{}'));
    });
    const client = new OparlClient({ concurrency: 3 });
    await Promise.all(Array.from({ length: 9 }, (_, i) => client.getJson(`${s.base}/${i}`)));
    expect(s.stats.requests).toBe(9);
    expect(s.stats.maxInFlight).toBe(3);
  });
});
