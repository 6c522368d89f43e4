import { SeedValidationError } from '../../src/seeding/dataset';
import { seedGraph } from '../../src/seeding/seed-graph';
import { loadCuratedGraph } from '../support/curated-graph';
import { graphFingerprint, type GraphFingerprint } from '../support/graph-checksum';
import { minimalDataset, writeDataset } from '../support/seed-fixture';
import { startTestApp, TEST_CURATOR_TOKEN, type TestApp } from '../support/test-app';
import { openTestDb, type TestDb } from '../support/test-db';

const INJECTIONS = [
  '"}) MATCH (n) DETACH DELETE n //',
  "koeln'}) MATCH (n) DETACH DELETE n //",
  '`) MATCH (n) DETACH DELETE n //',
  'koeln /* */ MATCH (n) DETACH DELETE n',
  '*:* OR name:koeln~~~(',
  'koeln\u0000\\',
];

const CLIENT_ERROR_CODES = [
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'FORBIDDEN',
  'GRAPHQL_VALIDATION_FAILED',
  'GRAPHQL_PARSE_FAILED',
  'BAD_REQUEST',
  'PAYLOAD_TOO_LARGE',
];

/** Every string argument of every query and mutation, each fed one injection attempt. */
const TARGETS: [string, string, (s: string) => Record<string, unknown>][] = [
  ['node', 'query ($s: ID!) { node(id: $s) { id } }', (s) => ({ s })],
  ['nodes', 'query ($s: ID!) { nodes(ids: [$s]) { id } }', (s) => ({ s })],
  ['city', 'query ($s: ID!) { city(id: $s) { id } }', (s) => ({ s })],
  [
    'entities.filter',
    'query ($s: String) { entities(filter: { state: $s, text: $s }) { totalCount } }',
    (s) => ({ s }),
  ],
  ['entities.after', 'query ($s: String) { entities(after: $s) { totalCount } }', (s) => ({ s })],
  ['facts.filter', 'query ($s: String) { facts(filter: { nodeId: $s, source: $s }) { totalCount } }', (s) => ({ s })],
  ['search', 'query ($s: NonEmptyString!) { search(text: $s) { node { id } } }', (s) => ({ s })],
  ['cooperationPaths', 'query ($s: ID!) { cooperationPaths(from: $s, to: "trier") { length } }', (s) => ({ s })],
  ['precedents', 'query ($s: ID!) { precedents(subject: $s, forCity: $s) { date } }', (s) => ({ s })],
  ['similarCities', 'query ($s: ID!) { similarCities(city: $s) { score } }', (s) => ({ s })],
  ['timeline', 'query ($s: ID!) { timeline(city: $s) { totalCount } }', (s) => ({ s })],
  [
    'createEntity',
    'mutation ($s: ID!) { createEntity(input: { kind: Topic, id: $s, name: "x" }) { id } }',
    (s) => ({ s }),
  ],
  ['updateEntity', 'mutation ($s: ID!) { updateEntity(id: $s, input: { name: "x" }) { id } }', (s) => ({ s })],
  [
    'link',
    'mutation ($s: ID!) { link(input: { from: $s, type: MEMBER_OF, to: $s, source: $s, about: $s }) { type } }',
    (s) => ({ s }),
  ],
  ['unlink', 'mutation ($s: ID!) { unlink(from: $s, type: MEMBER_OF, to: $s, source: $s) }', (s) => ({ s })],
];

describe('bad input never hurts', () => {
  let db: TestDb;
  let app: TestApp;
  let before: GraphFingerprint;
  beforeAll(async () => {
    db = openTestDb();
    await loadCuratedGraph(db);
    app = await startTestApp();
    before = await graphFingerprint(db.executor);
  });
  afterAll(async () => {
    await app.close();
    await db.close();
  });

  async function post(body: string, headers: Record<string, string> = {}) {
    const response = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body,
    });
    return {
      status: response.status,
      body: (await response.json()) as { data?: unknown; errors?: { extensions?: { code?: string } }[] },
    };
  }

  function expectCleanAnswer({
    status,
    body,
  }: {
    status: number;
    body: { data?: unknown; errors?: { extensions?: { code?: string } }[] };
  }) {
    expect([200, 400, 413]).toContain(status);
    for (const error of body.errors ?? []) expect(CLIENT_ERROR_CODES).toContain(error.extensions?.code);
  }

  describe.each(INJECTIONS)('with the injection attempt %j', (injection) => {
    it.each(TARGETS)(
      'when it is sent to %s, then the answer is clean and the graph is unchanged',
      async (_name, query, variables) => {
        const attempts: Record<string, string>[] = [{}, { authorization: `Bearer ${TEST_CURATOR_TOKEN}` }];
        for (const headers of attempts) {
          expectCleanAnswer(await post(JSON.stringify({ query, variables: variables(injection) }), headers));
        }
        expect(await graphFingerprint(db.executor)).toEqual(before);
      },
    );
  });

  it('when a curator stores an injection attempt as a name, then it is kept verbatim and nothing else changes', async () => {
    const name = INJECTIONS[0]!;
    const headers = { authorization: `Bearer ${TEST_CURATOR_TOKEN}` };
    const created = await post(
      JSON.stringify({
        query: `mutation ($n: NonEmptyString!, $d: String) { createEntity(input: { kind: Topic, id: "test-injection-name", name: $n, description: $d }) { name description } }`,
        variables: { n: name, d: name },
      }),
      headers,
    );
    expect(created.body.data).toEqual({ createEntity: { name, description: name } });
    await db.executor.write({
      name: 'test-cleanup',
      cypher: "MATCH (n:Entity {id: 'test-injection-name'}) DETACH DELETE n",
    });
    expect(await graphFingerprint(db.executor)).toEqual(before);
  });

  it.each([
    ['an unterminated document', JSON.stringify({ query: '{ node(id: "koeln") { id ' })],
    ['an empty document', JSON.stringify({ query: '' })],
    ['no query at all', JSON.stringify({ variables: {} })],
    ['a query that is not a string', JSON.stringify({ query: 42 })],
    ['variables that are not an object', JSON.stringify({ query: '{ stats { totalNodes } }', variables: 'x' })],
    ['a JSON array', JSON.stringify([{ query: '{ __typename }' }])],
    ['broken JSON', '{"query": "{ __typename }"'],
    [
      'a variable of the wrong type',
      JSON.stringify({ query: 'query ($n: Int!) { entities(first: $n) { totalCount } }', variables: { n: 'ten' } }),
    ],
    ['an unknown enum value', JSON.stringify({ query: '{ entities(filter: { kinds: [Town] }) { totalCount } }' })],
    ['a 1 MB query', JSON.stringify({ query: `{ ${'__typename '.repeat(95_000)} }` })],
    ['a body over the limit', JSON.stringify({ query: `{ ${'__typename '.repeat(100_000)} }` })],
    [
      '100-level nesting',
      JSON.stringify({
        query: `{ node(id: "koeln") ${'{ relationships { node '.repeat(50)}{ id }${' }'.repeat(100)} }`,
      }),
    ],
    [
      '1,000 aliases',
      JSON.stringify({ query: `{ ${Array.from({ length: 1000 }, (_, i) => `a${i}: __typename`).join(' ')} }` }),
    ],
    ['unknown ids', JSON.stringify({ query: '{ cooperationPaths(from: "nirgendwo", to: "nowhere") { length } }' })],
  ])(
    'when the request holds %s, then it gets a clean 4xx or a coded error and the server stays up',
    async (_name, body) => {
      const answer = await post(body);
      expectCleanAnswer(answer);
      expect(answer.body.errors?.length ?? 0).toBeGreaterThan(0);
      expect((await fetch(`${app.url}/health`)).status).toBe(200);
      expect(await graphFingerprint(db.executor)).toEqual(before);
    },
  );

  it('when a dataset uses an injection attempt as an id or reference, then the seeder refuses it and writes nothing', async () => {
    for (const injection of INJECTIONS) {
      const files = minimalDataset('inj');
      files['nodes/nodes.yaml'].nodes[0]!.id = injection;
      files['facts/paper.yaml'].relationships[1]!.to = injection;
      await expect(seedGraph(db.executor, writeDataset(files))).rejects.toThrow(SeedValidationError);
    }
    expect(await graphFingerprint(db.executor)).toEqual(before);
  });

  it('when a dataset holds injection attempts as text, then they are loaded verbatim and nothing else changes', async () => {
    const files = minimalDataset('inj');
    files['nodes/nodes.yaml'].nodes[0]!.name = INJECTIONS[0]!;
    files['facts/paper.yaml'].relationships[1]!.evidence = INJECTIONS[2]!;
    await seedGraph(db.executor, writeDataset(files));
    const [row] = await db.executor.read<{ name: string }>({
      name: 'test-read',
      cypher: "MATCH (n:Entity {id: 'inj-stadt-a'}) RETURN n.name AS name",
    });
    expect(row!.name).toBe(INJECTIONS[0]);
    await db.executor.write({
      name: 'test-cleanup',
      cypher: "MATCH (n:Entity) WHERE n.id STARTS WITH 'inj-' DETACH DELETE n",
    });
    expect(await graphFingerprint(db.executor)).toEqual(before);
  });
});
