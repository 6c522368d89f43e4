import { seedGraph } from '../../src/seeding/seed-graph';
import { loadCuratedGraph } from '../support/curated-graph';
import { graphFingerprint, type GraphFingerprint } from '../support/graph-checksum';
import { rawHttp } from '../support/raw-http';
import { writeDataset } from '../support/seed-fixture';
import { startServerProcess, type ServerProcess } from '../support/server-process';
import { openTestDb, type TestDb } from '../support/test-db';

/** The server process may never hold more heap than this; a request that made it would end the process. */
const HEAP_MB = 256;

interface Answer {
  status: number;
  body: { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: Record<string, unknown> }[] };
}

/** An organisation with 600 members: one such node, asked for by 20 aliases, returns 12,000 relationships. */
function hubDataset() {
  const paper = { kind: 'Document', id: 'hostile-paper', name: 'Paper', type: 'KONZEPT', title: 'Synthetic' };
  const hub = { kind: 'Organisation', id: 'hostile-hub', name: 'Hub', type: 'NETWORK' };
  const cities = Array.from({ length: 600 }, (_, i) => ({
    kind: 'City',
    id: `hostile-city-${i}`,
    name: `Stadt ${i}`,
    state: 'Hessen',
  }));
  const relationships = cities.map((city) => ({ from: city.id, type: 'MEMBER_OF', to: hub.id, source: paper.id }));
  return { 'nodes.yaml': { nodes: [paper, hub, ...cities] }, 'facts.yaml': { relationships } };
}

/** The query from the attack that grew the heap past 4 GB: depth 10, no aliases, 521 characters. */
function heapBomb(levels: number): string {
  let selection = 'name';
  for (let i = 0; i < levels; i++) selection = `relationships { node { ${selection} } owner { ${selection} } }`;
  return `{ node(id: "koblenz") { ${selection} } }`;
}

describe('hostile requests against the real server process', () => {
  let db: TestDb;
  let server: ServerProcess;
  let before: GraphFingerprint;
  const answers: Answer[] = [];

  beforeAll(async () => {
    db = openTestDb();
    await loadCuratedGraph(db);
    await seedGraph(db.executor, writeDataset(hubDataset()), { reset: false });
    before = await graphFingerprint(db.executor);
    server = await startServerProcess({ REQUEST_TIMEOUT_MS: '30000' }, HEAP_MB);
  });
  afterAll(async () => {
    await server?.stop();
    await db?.close();
  });

  async function post(query: string, variables?: Record<string, unknown>): Promise<Answer> {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    const answer = { status: response.status, body: (await response.json()) as Answer['body'] };
    answers.push(answer);
    return answer;
  }

  const codeOf = (answer: Answer) => answer.body.errors?.[0]?.extensions?.code;

  it.each([
    ['a path that is not a URL', 'GET //[ HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n', 400, 'BAD_REQUEST'],
    ['a request line that is not HTTP', 'HELLO\r\n\r\n', 400, 'BAD_REQUEST'],
    ['headers of 100 kB', `GET /health HTTP/1.1\r\nX: ${'a'.repeat(100_000)}\r\n\r\n`, 431, 'HEADERS_TOO_LARGE'],
  ])(
    'when a client sends %s, then it gets a typed answer and the process stays up',
    async (_name, head, status, code) => {
      const answer = await rawHttp(server.url, { head });
      expect(answer.status).toBe(status);
      expect(JSON.parse(answer.body)).toMatchObject({ errors: [{ extensions: { code } }] });
      expect((await fetch(`${server.url}/health`)).status).toBe(200);
    },
  );

  it.each([
    ['GET', '/nope', 404, 'NOT_FOUND'],
    ['GET', '/graphql/', 404, 'NOT_FOUND'],
    ['GET', '//graphql', 404, 'NOT_FOUND'],
    ['POST', '/health', 405, 'METHOD_NOT_ALLOWED'],
    ['POST', '/ready', 405, 'METHOD_NOT_ALLOWED'],
  ])('when a client sends %s %s, then the error body is typed like every other', async (method, path, status, code) => {
    const answer = await rawHttp(server.url, {
      head: `${method} ${path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`,
    });
    expect(answer.status).toBe(status);
    expect(JSON.parse(answer.body)).toEqual({ errors: [{ message: expect.any(String), extensions: { code } }] });
  });

  it('when a query would grow the answer exponentially, then its cost is refused before anything runs', async () => {
    for (const levels of [4, 3]) {
      const answer = await post(heapBomb(levels));
      expect(codeOf(answer)).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(answer.body.errors![0]!.extensions).toMatchObject({ limit: 'cost', maximum: 20_000 });
      expect(answer.body.errors![0]!.extensions!.actual).toBeGreaterThan(20_000);
    }
  });

  it('when "first" comes as a variable, then the cost counts it just the same', async () => {
    const query =
      'query ($n: Int!) { entities(first: $n) { edges { node { relationships { node { relationships { node { id } } } } } } } }';
    const asVariable = await post(query, { n: 100 });
    const written = await post(query.replace('query ($n: Int!) ', '').replace('$n', '100'));
    expect(asVariable.body.errors![0]!.extensions).toMatchObject({ limit: 'cost' });
    expect(asVariable.body.errors![0]!.extensions!.actual).toBe(written.body.errors![0]!.extensions!.actual);
  });

  it('when an allowed query would hold more items than the budget, then it stops with ANSWER_TOO_LARGE and no partial data', async () => {
    const aliases = Array.from(
      { length: 20 },
      (_, i) => `a${i}: node(id: "hostile-hub") { relationships { node { id } } }`,
    ).join(' ');
    const answer = await post(`{ ${aliases} }`);
    expect(answer.body).toEqual({
      data: null,
      errors: [
        {
          message: expect.stringContaining('10000'),
          extensions: { code: 'ANSWER_TOO_LARGE', limit: 'listItems', maximum: 10_000 },
        },
      ],
    });
  });

  it('when a subscription is sent, then it is a coded client error', async () => {
    const answer = await post('subscription { __typename }');
    expect(codeOf(answer)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(answer.body.errors![0]!.message).toMatch(/no subscription operations/);
  });

  it.each([
    ['aliases', `{ ${Array.from({ length: 21 }, (_, i) => `a${i}: __typename`).join(' ')} }`, 20, 21],
    ['directives', `{ stats { ${'... on Stats { totalNodes @include(if: true) } '.repeat(21)}} }`, 20, 21],
    ['depth', `{ node(id: "koblenz") { ${'relationships { node { '.repeat(7)}id${' } }'.repeat(7)} } }`, 12, 16],
  ])(
    'when the %s limit is hit, then the error names the limit, its value and the figure',
    async (limit, query, maximum, actual) => {
      const answer = await post(query);
      const [error] = answer.body.errors!;
      expect(error!.message).not.toMatch(/Syntax Error/);
      expect(error!.message).toContain(String(maximum));
      expect(error!.extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED', limit, maximum, actual });
    },
  );

  it('when a search word is longer than the analyzer can take, then it is BAD_USER_INPUT stating the limit', async () => {
    const answer = await post('query ($t: NonEmptyString!) { search(text: $t) { node { id } } }', {
      t: 'x'.repeat(1_001),
    });
    expect(codeOf(answer)).toBe('BAD_USER_INPUT');
    expect(answer.body.errors![0]!.message).toMatch(/\d+ characters/);
  });

  it('when expensive searches arrive at once, then each is refused at once, and no transaction stays behind', async () => {
    const words = Array.from({ length: 8 }, (_, i) => String.fromCharCode(97 + i).repeat(1_000)).join(' ');
    const aliases = Array.from({ length: 20 }, (_, i) => `s${i}: search(text: $t) { node { id } }`).join(' ');
    const burst = await Promise.all(
      [1, 2, 3].map(() => post(`query ($t: NonEmptyString!) { ${aliases} }`, { t: words })),
    );
    for (const answer of burst) expect(codeOf(answer)).toBe('BAD_USER_INPUT');
    const cheap = await post('{ node(id: "koblenz") { name } }');
    expect(cheap.body.data).toEqual({ node: { name: 'Koblenz' } });
    const [row] = await db.executor.read<{ open: number }>({
      name: 'test-open-searches',
      cypher: "SHOW TRANSACTIONS YIELD metaData WHERE metaData.query = 'search' RETURN count(*) AS open",
    });
    expect(row!.open).toBe(0);
  });

  it('when the attack is over, then the process is up within its heap bound, every answer was typed and the graph is unchanged', async () => {
    expect(server.alive()).toBe(true);
    expect((await fetch(`${server.url}/health`)).status).toBe(200);
    console.log(`hostile requests: server resident memory ${server.residentMb()} MB (heap capped at ${HEAP_MB} MB)`);
    expect(answers.length).toBeGreaterThan(10);
    for (const answer of answers) {
      for (const error of answer.body.errors ?? []) {
        expect(error.extensions?.code).toEqual(expect.any(String));
        expect(error.extensions?.code).not.toBe('INTERNAL_SERVER_ERROR');
      }
    }
    expect(await graphFingerprint(db.executor)).toEqual(before);
  });
});
