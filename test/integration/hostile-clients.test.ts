import { FACT_RELATIONSHIP_TYPES } from '../../src/model';
import { rawHttp } from '../support/raw-http';
import { useDenseServer } from '../support/dense-graph';

const SLOW_PATHS =
  '{ cooperationPaths(from: "hc-5", to: "hc-target", maxHops: 6, first: 20, purpose: ANY, statuses: [PROPOSED], ' +
  `relationshipTypes: [${FACT_RELATIONSHIP_TYPES.join(', ')}]) { length } }`;

const codeOf = (body: string) =>
  (JSON.parse(body) as { errors?: { extensions?: { code?: string } }[] }).errors?.[0]?.extensions?.code;

describe('hostile clients get typed answers and leave no work behind', () => {
  const dense = useDenseServer('hc', 60, { REQUEST_TIMEOUT_MS: '20000' }, 256);

  async function requestTransactions(): Promise<number> {
    const [row] = await dense.db.executor.read<{ open: number }>({
      name: 'test-request-transactions',
      cypher: 'SHOW TRANSACTIONS YIELD metaData WHERE metaData.request IS NOT NULL RETURN count(*) AS open',
    });
    return row!.open;
  }

  it.each([
    [
      'a persisted-query extension',
      { query: '{ __typename }', extensions: { persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } } },
    ],
    ['a persisted query of version 2', { extensions: { persistedQuery: { version: 2, sha256Hash: 'abc' } } }],
    ['a persisted query that is a string', { extensions: { persistedQuery: 'abc' } }],
  ])('when a client sends %s, then it answers PERSISTED_QUERY_NOT_SUPPORTED', async (_name, body) => {
    const response = await fetch(`${dense.server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    expect(codeOf(await response.text())).toBe('PERSISTED_QUERY_NOT_SUPPORTED');
  });

  it.each([
    ['no Host header', 'GET /health HTTP/1.1\r\nConnection: close\r\n\r\n', 400, 'BAD_REQUEST'],
    [
      '"Expect: 200-ok"',
      'GET /health HTTP/1.1\r\nHost: x\r\nExpect: 200-ok\r\nConnection: close\r\n\r\n',
      417,
      'EXPECTATION_FAILED',
    ],
    [
      'PUT to /graphql',
      'PUT /graphql HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\nConnection: close\r\n\r\n',
      405,
      'METHOD_NOT_ALLOWED',
    ],
    [
      'a Content-Length of 10 MB and no body',
      'POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 10000000\r\n\r\n',
      413,
      'PAYLOAD_TOO_LARGE',
    ],
  ])('when a request has %s, then it gets %i with a JSON body and a code', async (_name, head, status, code) => {
    const answer = await rawHttp(dense.server.url, { head });
    expect(answer.status).toBe(status);
    expect(codeOf(answer.body)).toBe(code);
  });

  it('when an unknown id of a megabyte is asked for by many aliases, then the answer repeats only a prefix of it', async () => {
    const id = '\u00ff'.repeat(300_000);
    const aliases = Array.from({ length: 3 }, (_, i) => `a${i}: node(id: $id) { id }`).join(' ');
    const response = await fetch(`${dense.server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `query ($id: ID!) { ${aliases} }`, variables: { id } }),
    });
    const text = await response.text();
    expect(codeOf(text)).toBe('NOT_FOUND');
    expect(text.length).toBeLessThan(5_000);
  });

  it('when facts are filtered by a reversed paper date range, then it is BAD_USER_INPUT', async () => {
    const response = await fetch(`${dense.server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: '{ facts(filter: { paperDate: { from: "2024-01-01", to: "2023-01-01" } }) { totalCount } }',
      }),
    });
    expect(codeOf(await response.text())).toBe('BAD_USER_INPUT');
  });

  it('when a client goes away while its query runs in Neo4j, then no transaction of it is left soon after, long before its timeout', async () => {
    const client = new AbortController();
    const sent = fetch(`${dense.server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: SLOW_PATHS }),
      signal: client.signal,
    }).catch(() => null);
    let running = 0;
    for (let poll = 0; poll < 200 && running === 0; poll++) running = await requestTransactions();
    expect(running).toBeGreaterThan(0);
    client.abort();
    await sent;
    // Polled 50 ms apart, a hundred times at most: seconds on a busy machine, far short of the 20 s request timeout
    // that would end the work if the server did not.
    let open = running;
    for (let poll = 0; poll < 100 && open > 0; poll++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      open = await requestTransactions();
    }
    expect(open).toBe(0);
    expect((await fetch(`${dense.server.url}/health`)).status).toBe(200);
  });
});
