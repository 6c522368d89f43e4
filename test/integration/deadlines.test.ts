import net from 'node:net';
import { FACT_RELATIONSHIP_TYPES } from '../../src/model';
import { rawHttp } from '../support/raw-http';
import { useDenseServer } from '../support/dense-graph';
import { startServerProcess, type ServerProcess } from '../support/server-process';

const TIMEOUT_MS = 2_000;
/** The timeout of the server that the deadline test sends its expensive request to. */
const SHORT_TIMEOUT_MS = 100;
/** How soon after its deadline a request must have answered. */
const DEADLINE_SLACK_MS = 1_000;
/** How long a cheap query may take while expensive ones run. */
const CHEAP_QUERY_BOUND_MS = 1_000;

/**
 * Twenty path searches, each over its own random choice and order of relationship types: every statement is new to
 * Neo4j, so none comes from its plan cache. Sent one at a time (the request is expensive), each planned and run
 * anew, they take many times the short timeout of the server that the deadline test uses.
 */
function expensiveRequest(): string {
  const others = FACT_RELATIONSHIP_TYPES.filter((t) => t !== 'COOPERATES_WITH');
  const paths = Array.from({ length: 20 }, (_, i) => {
    const types = ['COOPERATES_WITH', ...others.filter(() => Math.random() < 0.5)].sort(() => Math.random() - 0.5);
    return (
      `p${i}: cooperationPaths(from: "dense-${i + 1}", to: "dense-target", maxHops: 6, first: 20, ` +
      `purpose: ANY, statuses: [PROPOSED], relationshipTypes: [${types.join(', ')}]) { length }`
    );
  });
  return `{ ${paths.join(' ')} }`;
}

const CHEAP = '{ node(id: "koblenz") { name } }';

describe('deadlines, fairness and slow clients', () => {
  const dense = useDenseServer('dense', 80, { REQUEST_TIMEOUT_MS: String(TIMEOUT_MS) }, 256);

  async function post(query: string, to: ServerProcess = dense.server) {
    const started = Date.now();
    const response = await fetch(`${to.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    });
    const body = (await response.json()) as {
      data?: unknown;
      errors?: { extensions?: { code?: string; reason?: string } }[];
    };
    return { status: response.status, retryAfter: response.headers.get('retry-after'), body, ms: Date.now() - started };
  }

  /** Transactions of the server's still open in Neo4j, polled until there are none or `polls` run out. */
  async function openTransactionsAfter(polls: number): Promise<number> {
    let open = Infinity;
    for (let i = 0; i < polls && open > 0; i++) {
      if (i > 0) await new Promise((resolve) => setTimeout(resolve, 100));
      const [row] = await dense.db.executor.read<{ open: number }>({
        name: 'test-open-transactions',
        cypher: "SHOW TRANSACTIONS YIELD metaData WHERE metaData.query = 'cooperation-paths' RETURN count(*) AS open",
      });
      open = row!.open;
    }
    return open;
  }

  it('when a request would run far longer than the timeout, then it answers the timeout error in time and leaves no transaction', async () => {
    const short = await startServerProcess({ REQUEST_TIMEOUT_MS: String(SHORT_TIMEOUT_MS) }, 256);
    try {
      const answer = await post(expensiveRequest(), short);
      expect(answer.status).toBe(503);
      expect(answer.retryAfter).toMatch(/^\d+$/);
      // No partial data: the timeout is the whole answer, whether the server or the budget noticed it first.
      const { data, errors } = answer.body as { data?: unknown; errors: unknown };
      expect(data ?? null).toBeNull();
      expect(errors).toEqual([
        expect.objectContaining({
          message: expect.stringContaining(`${SHORT_TIMEOUT_MS} ms`),
          extensions: { code: 'SERVICE_UNAVAILABLE', reason: 'TIMEOUT', timeoutMs: SHORT_TIMEOUT_MS },
        }),
      ]);
      expect(answer.ms).toBeLessThan(SHORT_TIMEOUT_MS + DEADLINE_SLACK_MS);
      expect(await openTransactionsAfter(100)).toBe(0);
    } finally {
      await short.stop();
    }
  });

  it('when the most expensive allowed queries arrive in a burst, then a cheap query still answers within the bound', async () => {
    const burst = Array.from({ length: 8 }, () => post(expensiveRequest()));
    const cheap = [];
    for (let i = 0; i < 15; i++) cheap.push(await post(CHEAP));
    const expensive = await Promise.all(burst);

    console.log(`fairness: a cheap query during the burst took ${cheap.map((a) => a.ms).join(', ')} ms`);
    for (const answer of cheap) {
      expect(answer.body).toEqual({ data: { node: { name: 'Koblenz' } } });
      expect(answer.ms).toBeLessThan(CHEAP_QUERY_BOUND_MS);
    }
    // An expensive request may finish in time, or end as timed out or refused for load; nothing else.
    expect(expensive.some((answer) => answer.status === 503)).toBe(true);
    for (const answer of expensive) {
      if (answer.status === 200 && !answer.body.errors) continue;
      expect(answer.status).toBe(503);
      expect(answer.body.errors?.[0]?.extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE' });
      expect(['TIMEOUT', 'OVERLOADED']).toContain(answer.body.errors?.[0]?.extensions?.reason);
    }
    expect(await openTransactionsAfter(100)).toBe(0);
  });

  it('when a client sends its headers a byte at a time, then the server answers 408 and closes the connection', async () => {
    const answer = await rawHttp(dense.server.url, {
      head: 'GET /health HTTP/1.1\r\nHost: x\r\nX-Slow: ',
      trickle: { pieces: Array.from({ length: 60 }, () => 'a'), pauseMs: 500 },
    });
    expect(answer.closedEarly).toBe(true);
    expect(answer.status).toBe(408);
    expect(JSON.parse(answer.body)).toMatchObject({ errors: [{ extensions: { code: 'REQUEST_TIMEOUT' } }] });
  });

  it('when a body trickles in past the deadline, then the timeout answer closes the connection and is logged', async () => {
    const answer = await rawHttp(dense.server.url, {
      head: 'POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 200\r\n\r\n',
      trickle: { pieces: Array.from({ length: 100 }, () => ' '), pauseMs: 200 },
    });
    expect(answer.closedEarly).toBe(true);
    expect(answer.status).toBe(503);
    expect(answer.headers.connection).toBe('close');
    expect(JSON.parse(answer.body)).toMatchObject({
      errors: [{ extensions: { code: 'SERVICE_UNAVAILABLE', reason: 'TIMEOUT' } }],
    });
    await dense.server.waitForLine(
      (line) => line.includes('"path":"/graphql"') && line.includes('"outcome":"timeout"'),
    );
  });

  it('when a client goes away before it has sent its request, then the request is still logged', async () => {
    const socket = net.connect(Number(new URL(dense.server.url).port), '127.0.0.1');
    await new Promise((resolve) => socket.once('connect', resolve));
    socket.write(
      'POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 200\r\n\r\n{"query"',
    );
    // Once a later request on another connection is logged, the server has taken in this one's headers.
    await fetch(`${dense.server.url}/health`);
    await dense.server.waitForLine((line) => line.includes('"path":"/health"'));
    socket.destroy();
    await dense.server.waitForLine(
      (line) => line.includes('"path":"/graphql"') && line.includes('"outcome":"aborted"'),
    );
  });
});
