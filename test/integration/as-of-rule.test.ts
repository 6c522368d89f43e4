import { applyGraphSchema } from '../../src/db/graph-schema';
import { seedGraph } from '../../src/seeding/seed-graph';
import { REGISTER_ROWS, writeRegisterDataset } from '../support/register-fixture';
import { startTestApp, type TestApp, answers } from '../support/test-app';
import { openTestDb, type TestDb } from '../support/test-db';

const ANDERNACH = 'ags-07137003';
const KRUFT = 'ags-07137057';
const KRETZ = 'ags-07137056';

const paper = (id: string, date: string) => ({
  kind: 'Document',
  id,
  name: id,
  type: 'STELLUNGNAHME',
  title: `Stellungnahme ${date}`,
  date,
});
const member = (city: string, source: string, status: string) => ({
  from: city,
  type: 'MEMBER_OF',
  to: 'asof-netz',
  source,
  status,
});

/**
 * The register's small fixture with a network: Andernach and Kruft are members by a 2020 paper, and a 2022 paper
 * says Andernach's membership ended.
 */
const FILES = {
  'nodes/nodes.yaml': {
    nodes: [
      { kind: 'Organisation', id: 'asof-netz', name: 'Netzwerk Digitale Kommune', type: 'NETWORK' },
      paper('asof-2020', '2020-03-01'),
      paper('asof-2022', '2022-03-01'),
    ],
  },
  'facts/facts.yaml': {
    relationships: [
      member(ANDERNACH, 'asof-2020', 'ACTIVE'),
      member(KRUFT, 'asof-2020', 'ACTIVE'),
      member(ANDERNACH, 'asof-2022', 'ENDED'),
    ],
  },
};

describe('one as-of rule for every analysis, with the register', () => {
  let db: TestDb;
  let app: TestApp;
  beforeAll(async () => {
    db = openTestDb();
    await applyGraphSchema(db.executor);
    await seedGraph(db.executor, writeRegisterDataset(REGISTER_ROWS, FILES), { reset: true });
    app = await startTestApp();
  });
  afterAll(async () => {
    await app?.close();
    await db?.close();
  });

  const { data } = answers(() => app);

  const NETWORK_PATH = `query ($asOf: LocalDate) {
    cooperationPaths(from: "${ANDERNACH}", to: "${KRUFT}", relationshipTypes: [MEMBER_OF], asOf: $asOf) {
      steps { node { id } source { id } }
    }
  }`;

  it('when a newer paper says ENDED, then as of a later date the path the older ACTIVE statement carried is gone', async () => {
    const in2021 = await data(NETWORK_PATH, { asOf: '2021-01-01' });
    expect(in2021.cooperationPaths.map((p: any) => p.steps.map((s: any) => s.node.id))).toEqual([['asof-netz', KRUFT]]);
    const in2023 = await data(NETWORK_PATH, { asOf: '2023-01-01' });
    expect(in2023.cooperationPaths).toEqual([]);
  });

  it('when a newer paper says ENDED, then as of a later date similar cities no longer share what it ended', async () => {
    const query = `query ($asOf: LocalDate) {
      similarCities(city: "${KRUFT}", first: 5, asOf: $asOf) { city { id } shared { id } }
    }`;
    const sharedWithAndernach = (answer: any) =>
      answer.similarCities.find((s: any) => s.city.id === ANDERNACH)?.shared.map((n: any) => n.id);
    expect(sharedWithAndernach(await data(query, { asOf: '2021-01-01' }))).toEqual(['asof-netz']);
    expect(sharedWithAndernach(await data(query, { asOf: '2023-01-01' }))).toEqual([]);
  });

  it('when asked as of a date before the register edition, then its structure holds: paths, Kreis and Verband', async () => {
    const query = `{
      cooperationPaths(from: "${KRETZ}", to: "${KRUFT}", asOf: "2019-06-30") { steps { node { id } } }
      node(id: "${KRUFT}") { relationships(asOf: "2019-06-30", types: [PART_OF]) { node { id } } }
    }`;
    const answer = await data(query);
    expect(answer.cooperationPaths.map((p: any) => p.steps.map((s: any) => s.node.id))).toContainEqual([
      'verband-071375001',
      KRUFT,
    ]);
    expect(answer.node.relationships.map((r: any) => r.node.id)).toEqual(['verband-071375001']);
  });

  it('when changes are asked over the register edition, then its structure is left out unless withRegister', async () => {
    const query = `query ($withRegister: Boolean!) {
      changes(since: "2019-01-01", until: "2020-12-31", withRegister: $withRegister) {
        edges { node { date fact { source { id } } } }
      }
    }`;
    const sources = async (withRegister: boolean) =>
      new Set((await data(query, { withRegister })).changes.edges.map((e: any) => e.node.fact.source.id));
    expect(await sources(false)).toEqual(new Set(['asof-2020']));
    expect(await sources(true)).toEqual(new Set(['asof-2020', 'fx-register']));
  });
});
