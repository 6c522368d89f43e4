import { graphFingerprint } from '../support/graph-checksum';
import { loadCuratedGraph } from '../support/curated-graph';
import { startTestApp, TEST_CURATOR_TOKEN, type TestApp } from '../support/test-app';
import { openTestDb, uniqueId, type TestDb } from '../support/test-db';

const CURATOR = { authorization: `Bearer ${TEST_CURATOR_TOKEN}` };

const CREATE = `mutation ($input: CreateEntityInput!) { createEntity(input: $input) { id kind name aliases ... on City { state } } }`;
const UPDATE = `mutation ($id: ID!, $input: UpdateEntityInput!) { updateEntity(id: $id, input: $input) { id name ... on City { state ags } } }`;
const LINK = `mutation ($input: LinkInput!) { link(input: $input) { type status since owner { id } node { id } source { id } } }`;
const UNLINK = `mutation ($from: ID!, $type: RelationshipType!, $to: ID!, $source: ID!) { unlink(from: $from, type: $type, to: $to, source: $source) }`;

describe('curator mutations', () => {
  let db: TestDb;
  let app: TestApp;
  const created: string[] = [];
  beforeAll(async () => {
    db = openTestDb();
    await loadCuratedGraph(db);
    app = await startTestApp();
  });
  afterAll(async () => {
    await db.executor.write({
      name: 'test-cleanup',
      cypher: 'MATCH (n:Entity) WHERE n.id IN $ids DETACH DELETE n',
      params: { ids: created },
    });
    await app.close();
    await db.close();
  });

  const newCity = () => {
    const id = uniqueId('test-stadt');
    created.push(id);
    return { kind: 'City', id, name: 'Teststadt', aliases: ['Test-Stadt'], properties: { state: 'Hessen' } };
  };

  it.each([
    ['createEntity', CREATE, () => ({ input: newCity() })],
    ['updateEntity', UPDATE, () => ({ id: 'koeln', input: { name: 'Cologne' } })],
    [
      'link',
      LINK,
      () => ({ input: { from: 'trier', type: 'MEMBER_OF', to: 'eurocities', source: 'koblenz-aw-0095-2019' } }),
    ],
    [
      'unlink',
      UNLINK,
      () => ({ from: 'koblenz', type: 'MEMBER_OF', to: 'it-stadt-koblenz', source: 'koblenz-st-0078-2025' }),
    ],
  ])(
    'when %s is sent without the curator token, then it is FORBIDDEN and nothing changes',
    async (_name, mutation, variables) => {
      const before = await graphFingerprint(db.executor);
      const attempts: Record<string, string>[] = [
        {},
        { authorization: 'Bearer wrong-token-0123456789' },
        { authorization: TEST_CURATOR_TOKEN },
      ];
      for (const headers of attempts) {
        const { body } = await app.graphql(mutation, variables(), headers);
        expect(body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      }
      expect(await graphFingerprint(db.executor)).toEqual(before);
    },
  );

  it('when a curator creates, updates, links and unlinks, then each change is visible through the API', async () => {
    const city = newCity();
    const createdCity = await app.graphql(CREATE, { input: city }, CURATOR);
    expect(createdCity.body).toEqual({
      data: {
        createEntity: { id: city.id, kind: 'City', name: 'Teststadt', aliases: ['Test-Stadt'], state: 'Hessen' },
      },
    });

    const updated = await app.graphql(UPDATE, { id: city.id, input: { properties: { ags: '06411000' } } }, CURATOR);
    expect(updated.body.data).toEqual({
      updateEntity: { id: city.id, name: 'Teststadt', state: 'Hessen', ags: '06411000' },
    });

    const linked = await app.graphql(
      LINK,
      {
        input: {
          from: city.id,
          type: 'MEMBER_OF',
          to: 'eurocities',
          source: 'koblenz-aw-0095-2019',
          status: 'PLANNED',
          since: '2026-01-01',
          evidence:
            'Durch das neue IT-Rollenmodell soll eine abgestimmte, zügige und inhaltlich fundierte Umsetzung der Digitalisierungsanforderungen erfolgen.',
        },
      },
      CURATOR,
    );
    expect(linked.body.data).toEqual({
      link: {
        type: 'MEMBER_OF',
        status: 'PLANNED',
        since: '2026-01-01',
        owner: { id: city.id },
        node: { id: 'eurocities' },
        source: { id: 'koblenz-aw-0095-2019' },
      },
    });
    const precedents = await app.graphql(`{ precedents(subject: "eurocities") { city { id } fact { status } } }`);
    expect(precedents.body.data).toMatchObject({
      precedents: expect.arrayContaining([{ city: { id: city.id }, fact: { status: 'PLANNED' } }]),
    });

    const variables = { from: city.id, type: 'MEMBER_OF', to: 'eurocities', source: 'koblenz-aw-0095-2019' };
    expect((await app.graphql(UNLINK, variables, CURATOR)).body.data).toEqual({ unlink: true });
    expect((await app.graphql(UNLINK, variables, CURATOR)).body.data).toEqual({ unlink: false });
  });

  it.each([
    [
      'an id that exists',
      CREATE,
      { input: { kind: 'City', id: 'koeln', name: 'Köln', properties: { state: 'NRW' } } },
      'CONFLICT',
    ],
    [
      'a malformed id',
      CREATE,
      { input: { kind: 'City', id: 'Not An Id', name: 'X', properties: { state: 'NRW' } } },
      'BAD_USER_INPUT',
    ],
    [
      'a missing required property',
      CREATE,
      { input: { kind: 'City', id: 'test-no-state', name: 'X' } },
      'BAD_USER_INPUT',
    ],
    [
      'an unknown property',
      CREATE,
      { input: { kind: 'Role', id: 'test-role', name: 'X', properties: { salary: 1 } } },
      'BAD_USER_INPUT',
    ],
    ['an unknown node to update', UPDATE, { id: 'nope', input: { name: 'X' } }, 'NOT_FOUND'],
    ['a malformed property value', UPDATE, { id: 'koeln', input: { properties: { ags: 'abc' } } }, 'BAD_USER_INPUT'],
    [
      'a type not allowed between the kinds',
      LINK,
      { input: { from: 'cdo', type: 'MEMBER_OF', to: 'eurocities', source: 'koblenz-aw-0095-2019' } },
      'BAD_USER_INPUT',
    ],
    [
      'a source that is not a Document',
      LINK,
      { input: { from: 'trier', type: 'MEMBER_OF', to: 'eurocities', source: 'koeln' } },
      'BAD_USER_INPUT',
    ],
    [
      'an unknown source',
      LINK,
      { input: { from: 'trier', type: 'MEMBER_OF', to: 'eurocities', source: 'nope' } },
      'NOT_FOUND',
    ],
    [
      'until before since',
      LINK,
      {
        input: {
          from: 'trier',
          type: 'MEMBER_OF',
          to: 'eurocities',
          source: 'koblenz-aw-0095-2019',
          since: '2020-01-01',
          until: '2019-01-01',
        },
      },
      'BAD_USER_INPUT',
    ],
  ])(
    'when a curator sends %s, then it is refused with %s and nothing changes',
    async (_name, mutation, variables, code) => {
      const before = await graphFingerprint(db.executor);
      const { body } = await app.graphql(mutation, variables, CURATOR);
      expect(body.errors?.[0]?.extensions?.code).toBe(code);
      expect(await graphFingerprint(db.executor)).toEqual(before);
    },
  );
});
