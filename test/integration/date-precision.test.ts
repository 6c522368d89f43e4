import { applyGraphSchema } from '../../src/db/graph-schema';
import { seedGraph } from '../../src/seeding/seed-graph';
import { writeDataset } from '../support/seed-fixture';
import { answers, startTestApp, TEST_CURATOR_TOKEN, type TestApp } from '../support/test-app';
import { openTestDb, type TestDb } from '../support/test-db';

/**
 * A paper of a year ("2019") states that Stadt A has been a member of the network since November 2017 and until
 * 2021, and that it cooperates with Stadt B; a paper of a month (March 2022) that Stadt B is a member.
 */
const FILES = {
  'nodes/nodes.yaml': {
    nodes: [
      { kind: 'City', id: 'dp-stadt-a', name: 'Stadt A', state: 'Hessen' },
      { kind: 'City', id: 'dp-stadt-b', name: 'Stadt B', state: 'Hessen' },
      { kind: 'Organisation', id: 'dp-netz', name: 'Netzwerk Nord', type: 'NETWORK' },
      { kind: 'Document', id: 'dp-jahr', name: 'Jahresbericht', type: 'STELLUNGNAHME', title: 'Bericht', date: 2019 },
      {
        kind: 'Document',
        id: 'dp-monat',
        name: 'Monatsbericht',
        type: 'STELLUNGNAHME',
        title: 'Bericht',
        date: '2022-03',
      },
    ],
  },
  'facts/facts.yaml': {
    relationships: [
      { from: 'dp-stadt-a', type: 'MEMBER_OF', to: 'dp-netz', source: 'dp-jahr', since: '2017-11', until: 2021 },
      { from: 'dp-stadt-a', type: 'COOPERATES_WITH', to: 'dp-stadt-b', source: 'dp-jahr' },
      { from: 'dp-stadt-b', type: 'MEMBER_OF', to: 'dp-netz', source: 'dp-monat' },
    ],
  },
};

const RELATIONSHIPS = `query ($asOf: LocalDate) {
  node(id: "dp-stadt-a") { relationships(asOf: $asOf) { type since until source { id date } } }
}`;

describe('dates as precise as their source', () => {
  let db: TestDb;
  let app: TestApp;
  const dir = writeDataset(FILES);
  const { data, error } = answers(() => app);
  beforeAll(async () => {
    db = openTestDb();
    await applyGraphSchema(db.executor);
    await seedGraph(db.executor, dir, { reset: true, register: false });
    app = await startTestApp();
  });
  afterAll(async () => {
    await app?.close();
    await db?.close();
  });

  const typesAsOf = async (asOf: string) =>
    ((await data(RELATIONSHIPS, { asOf })).node.relationships as { type: string }[]).map((r) => r.type).sort();

  it('when a fact says a month and a year, then the answer gives them so, no day added', async () => {
    const { node } = await data(RELATIONSHIPS);
    expect(node.relationships).toEqual(
      expect.arrayContaining([
        { type: 'MEMBER_OF', since: '2017-11', until: '2021', source: { id: 'dp-jahr', date: '2019' } },
        { type: 'COOPERATES_WITH', since: null, until: null, source: { id: 'dp-jahr', date: '2019' } },
      ]),
    );
  });

  it('when the timeline and the precedents show a dated fact, then their dates are as precise as the source', async () => {
    const { timeline, precedents } = await data(`{
      timeline(city: "dp-stadt-a") { edges { node { date fact { type } } } }
      precedents(subject: "dp-netz") { city { id } date }
    }`);
    expect(timeline.edges.map((e: any) => [e.node.date, e.node.fact.type])).toEqual([
      ['2017-11', 'MEMBER_OF'],
      ['2019', 'COOPERATES_WITH'],
    ]);
    expect(precedents).toEqual([
      { city: { id: 'dp-stadt-b' }, date: '2022-03' },
      { city: { id: 'dp-stadt-a' }, date: '2017-11' },
    ]);
  });

  it("when asked as of a day within the paper's year, then its facts do not count yet; as of its last day they do", async () => {
    expect(await typesAsOf('2019-06-30')).toEqual([]);
    expect(await typesAsOf('2019-12-30')).toEqual([]);
    expect(await typesAsOf('2019-12-31')).toEqual(['COOPERATES_WITH', 'MEMBER_OF']);
  });

  it('when a fact ended in a year, then it counts up to the first day of that year and not after', async () => {
    expect(await typesAsOf('2021-01-01')).toEqual(['COOPERATES_WITH', 'MEMBER_OF']);
    expect(await typesAsOf('2021-06-30')).toEqual(['COOPERATES_WITH']);
  });

  it('when changes are asked for a window, then a paper of a year is in it by the last day of its year', async () => {
    const CHANGES = `query ($since: LocalDate!, $until: LocalDate) {
      changes(since: $since, until: $until, first: 100) { totalCount edges { node { date fact { type } } } }
    }`;
    const late = await data(CHANGES, { since: '2019-06-01', until: '2019-12-31' });
    expect(late.changes.edges.map((e: any) => e.node.date)).toEqual(['2019', '2019']);
    const early = await data(CHANGES, { since: '2019-01-01', until: '2019-11-30' });
    expect(early.changes.totalCount).toBe(0);
    const all = await data(CHANGES, { since: '2019-01-01' });
    expect(all.changes.edges.map((e: any) => e.node.date)).toEqual(['2019', '2019', '2022-03']);
  });

  it('when facts are filtered by a range of since, then a month is in it only when the range holds the whole month', async () => {
    const FACTS = `query ($from: LocalDate, $to: LocalDate) {
      facts(filter: { since: { from: $from, to: $to } }) { totalCount edges { node { since } } }
    }`;
    const whole = await data(FACTS, { from: '2017-11-01', to: '2017-11-30' });
    expect(whole.facts.edges.map((e: any) => e.node.since)).toEqual(['2017-11']);
    expect((await data(FACTS, { from: '2017-11-15' })).facts.totalCount).toBe(0);
    expect((await data(FACTS, { to: '2017-11-29' })).facts.totalCount).toBe(0);
  });

  it('when a path cites papers of a year and of a month, then German says 2019 and 03/2022, English ISO', async () => {
    const PATHS = `query ($language: Language!) {
      cooperationPaths(from: "dp-stadt-a", to: "dp-stadt-b", language: $language, purpose: ANY, maxHops: 2, first: 5) { explanation }
    }`;
    const de = (await data(PATHS, { language: 'DE' })).cooperationPaths.flatMap((p: any) => p.explanation);
    expect(de).toContain('Stadt A kooperiert mit Stadt B (Jahresbericht, 2019).');
    expect(de).toContain('Stadt B ist Mitglied im Netzwerk Nord (Monatsbericht, 03/2022).');
    const en = (await data(PATHS, { language: 'EN' })).cooperationPaths.flatMap((p: any) => p.explanation);
    expect(en.join(' ')).toContain('Monatsbericht, 2022-03');
    expect(de.join(' ')).not.toMatch(/01\.01\.2019|01\.03\.2022/);
  });

  it('when the same files are loaded again, then every entry is unchanged: the stored precision reads back as written', async () => {
    const summary = await seedGraph(db.executor, dir, { register: false });
    const tallies = [...Object.values(summary.nodes), ...Object.values(summary.relationships)];
    expect(tallies.reduce((sum, t) => sum + t.created + t.updated, 0)).toBe(0);
    expect(tallies.reduce((sum, t) => sum + t.unchanged, 0)).toBe(8);
  });

  it('when a curator links with a year and then with a day, then the answer follows and no stored precision is left', async () => {
    const LINK = `mutation ($since: Date) {
      link(input: { from: "dp-stadt-b", type: COOPERATES_WITH, to: "dp-stadt-a", source: "dp-monat", since: $since }) { since }
    }`;
    const headers = { authorization: `Bearer ${TEST_CURATOR_TOKEN}` };
    const year = await app.graphql(LINK, { since: '2018' }, headers);
    expect(year.body).toEqual({ data: { link: { since: '2018' } } });
    const day = await app.graphql(LINK, { since: '2018-03-05' }, headers);
    expect(day.body).toEqual({ data: { link: { since: '2018-03-05' } } });
    const [stored] = await db.executor.read<{ since: string; precision: string | null }>({
      name: 'test-stored-precision',
      cypher: `MATCH (:City {id: 'dp-stadt-b'})-[r:COOPERATES_WITH]->(:City {id: 'dp-stadt-a'})
RETURN toString(r.since) AS since, r.sincePrecision AS precision`,
    });
    expect(stored).toEqual({ since: '2018-03-05', precision: null });
    const bad = await app.graphql(LINK, { since: '2018-13' }, headers);
    expect(bad.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(
      (
        await data(
          `{ node(id: "dp-stadt-b") { relationships(types: [COOPERATES_WITH], direction: OUTGOING) { since } } }`,
        )
      ).node,
    ).toEqual({ relationships: [{ since: '2018-03-05' }] });
  });

  it("when the schema is read, then every node's description field and every asOf argument say descriptions are not as of a date", async () => {
    const { __schema } = await data(`{
      __schema { types { name fields { name description args { name description } } } }
    }`);
    const fields = __schema.types.flatMap((t: any) => (t.fields ?? []).map((f: any) => ({ ...f, type: t.name })));
    const nodeTypes = new Set(fields.filter((f: any) => f.name === 'relationships').map((f: any) => f.type as string));
    const descriptions = fields.filter((f: any) => f.name === 'description' && nodeTypes.has(f.type));
    const asOfArgs = fields.flatMap((f: any) => f.args.filter((a: any) => a.name === 'asOf'));
    expect(descriptions.length).toBeGreaterThan(5);
    expect(asOfArgs.length).toBeGreaterThan(5);
    for (const field of descriptions) expect(field.description).toContain('not as of a date, whatever asOf says');
    for (const arg of asOfArgs) expect(arg.description).toContain('Node descriptions are not as of the date');
    for (const arg of asOfArgs) expect(arg.description).toContain('counts from the last day of its period');
  });

  it('when asOf is a year or a month, then the answer is BAD_USER_INPUT: an as-of answer is of one day', async () => {
    for (const asOf of ['2019', '2019-11']) {
      const e = await error(RELATIONSHIPS, { asOf });
      expect(e.extensions.code).toBe('BAD_USER_INPUT');
    }
  });
});
