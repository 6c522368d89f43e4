import { GUIDE_QUERIES } from '../../src/browser/guide-queries';
import { applyGraphSchema } from '../../src/db/graph-schema';
import { DEFAULT_SEED_DIR, seedGraph, type SeedSummary } from '../../src/seeding/seed-graph';
import { EXAMPLE_CHECKS, EXAMPLES, OPERATIONS } from '../support/examples';
import { docFiles, readDocAnswers, rewriteDocAnswers, select, type DocAnswer } from '../support/doc-answers';
import { changeOf } from '../support/changes';
import { REGISTER_ROWS, writeRegisterDataset } from '../support/register-fixture';
import { startTestApp, type TestApp, answers } from '../support/test-app';
import { openTestDb, type TestDb } from '../support/test-db';

const REGISTER_SOURCE = 'destatis-gemeindeverzeichnis-2019';
/** Loading 25,000 entries is bounded by what a busy shared machine allows, not by what the test asserts. */
const LOAD_TIMEOUT_MS = 600_000;

describe('a newer edition of the register', () => {
  let db: TestDb;
  beforeAll(async () => {
    db = openTestDb();
    await applyGraphSchema(db.executor);
  });
  afterAll(() => db.close());

  const partOf = async () =>
    (
      await db.executor.read<{ link: string }>({
        name: 'test-register-links',
        cypher: `MATCH (a)-[:PART_OF {source: 'fx-register'}]->(b) RETURN a.id + ' > ' + b.id AS link ORDER BY link`,
      })
    ).map((r) => r.link);

  it('when a Gemeinde merged away and another moved, then the plan names both and the load removes them', async () => {
    await seedGraph(db.executor, writeRegisterDataset(REGISTER_ROWS), { reset: true });
    // Kretz is gone; Kruft has left the Verbandsgemeinde (now verbandsfrei, with its own Gemeindeverband row).
    const edition = [
      ...REGISTER_ROWS.slice(0, 6),
      '50,50,07,1,37,0057,,Kruft,,,,,,,,,,,,',
      '60,64,07,1,37,0057,057,Kruft, 22.41, 4 819, 2 392, 2 427,  215,56642,"7,336575","50,385163",J12,Eifel,03,gering besiedelt',
    ];
    const dir = writeRegisterDataset(edition);
    const plan = await seedGraph(db.executor, dir, { dryRun: true });
    expect(plan.changes).toEqual(
      expect.arrayContaining([
        'updated City ags-07137057',
        'merged away City ags-07137056 (Kretz)',
        'withdrawn ags-07137057 -[PART_OF]-> verband-071375001 @ fx-register',
        'created ags-07137057 -[PART_OF]-> kreis-07137 @ fx-register',
      ]),
    );
    expect([plan.withdrawnNodes, plan.withdrawnLinks]).toEqual([1, 2]);
    await seedGraph(db.executor, dir);
    expect(await partOf()).toEqual([
      'ags-07137003 > kreis-07137',
      'ags-07137057 > kreis-07137',
      'kreis-07137 > regierungsbezirk-071',
      'regierungsbezirk-071 > land-07',
      'verband-071375001 > kreis-07137',
    ]);
    const again = await seedGraph(db.executor, dir);
    expect(again.changes).toEqual([]);
  });
});

describe('the register and the curated dataset, loaded together', () => {
  let db: TestDb;
  let app: TestApp;
  let first: SeedSummary;
  beforeAll(async () => {
    db = openTestDb();
    await applyGraphSchema(db.executor);
    first = await seedGraph(db.executor, DEFAULT_SEED_DIR, { reset: true });
    app = await startTestApp();
  }, LOAD_TIMEOUT_MS);
  afterAll(async () => {
    await app?.close();
    await db?.close();
  });

  const { data } = answers(() => app);

  const count = async (cypher: string, params: Record<string, unknown> = {}) =>
    (await db.executor.read<{ n: number }>({ name: 'test-count', cypher, params }))[0]!.n;

  it('when loaded, then every record type is read and every unit of the file is a node', async () => {
    expect(first.register?.rows).toEqual({ 10: 16, 20: 29, 30: 12, 40: 401, 50: 4606, 60: 11004 });
    const created = (kind: string) => first.nodes[kind]?.created;
    expect([created('Land'), created('Regierungsbezirk'), created('Kreis'), created('City')]).toEqual([
      16, 29, 401, 11004,
    ]);
    // 4,606 Gemeindeverband rows, of which 3,396 are verbandsfreie Gemeinden: the municipality itself.
    expect(created('Gemeindeverband')).toBe(4606 - 3396);
    expect(await count('MATCH (c:City) WHERE c.ags IS NOT NULL RETURN count(c) AS n')).toBe(11004);
  });

  it('when a municipality is followed up PART_OF, then it reaches exactly one Kreis (or none, at Kreis 00) and one Land', async () => {
    const unplaced = await count(
      `MATCH (c:City) WHERE c.ags IS NOT NULL
       AND (COUNT { (c)-[:PART_OF*1..4]->(:Land) } <> 1
            OR (COUNT { (c)-[:PART_OF*1..3]->(:Kreis) } <> 1 AND substring(c.ags, 3, 2) <> '00'))
       RETURN count(c) AS n`,
    );
    expect(unplaced).toBe(0);
    expect(
      await count(`MATCH ()-[r:PART_OF {source: $source}]->() RETURN count(r) AS n`, { source: REGISTER_SOURCE }),
    ).toBe(11004 + 1210 + 401 + 29);
  });

  it(
    'when loaded again unchanged, then nothing is written',
    async () => {
      const again = await seedGraph(db.executor, DEFAULT_SEED_DIR);
      expect(again.changes).toEqual([]);
      expect([again.withdrawnNodes, again.withdrawnLinks]).toEqual([0, 0]);
    },
    LOAD_TIMEOUT_MS,
  );

  it('when Koblenz, Köln and Trier are asked for by AGS, then each is its one curated node with the register figures', async () => {
    for (const [ags, id] of [
      ['07111000', 'koblenz'],
      ['05315000', 'koeln'],
      ['07211000', 'trier'],
    ]) {
      const { city } = await data(`query ($ags: String) { city(ags: $ags) { id ags population } }`, { ags });
      expect(city).toMatchObject({ id, ags });
      expect(city.population).toBeGreaterThan(100_000);
      expect(await count('MATCH (c:City {ags: $ags}) RETURN count(c) AS n', { ags })).toBe(1);
    }
  });

  it('when the loaded graph is counted, then at least 100 municipalities, Verbände and Kreise have a fact beyond the register', async () => {
    const units = await count(
      `MATCH (u:City|Gemeindeverband|Kreis)-[r]-() WHERE r.source <> $register
       RETURN count(DISTINCT u) AS n`,
      { register: REGISTER_SOURCE },
    );
    expect(units).toBeGreaterThanOrEqual(100);
    // From the list sources alone, those with a Document in seed/lists.
    const fromLists = await count(
      `MATCH (u:City|Gemeindeverband|Kreis)-[r]->() MATCH (d:Document {id: r.source}) WHERE d.file STARTS WITH 'seed/lists/'
       RETURN count(DISTINCT u) AS n`,
    );
    expect(fromLists).toBeGreaterThanOrEqual(100);
    expect(units).toBeGreaterThanOrEqual(fromLists);
  });

  it('when the rounds of the Modellprojekte Smart Cities are read, then they hold 13, 32 and 28 projects, each with its members', async () => {
    const rounds = await db.executor.read<{ year: number; projects: number; memberless: string[] }>({
      name: 'test-rounds',
      cypher: `MATCH (round:Project {type: 'ROUND'}) WHERE (round)-[:PART_OF]->(:Project {id: 'modellprojekte-smart-cities'})
        MATCH (project:Project {type: 'PROJECT'})-[:FUNDED_BY]->(round)
        WITH DISTINCT round, project
        WITH round, project, COUNT { (:City|Gemeindeverband|Kreis|Organisation)-[:PARTICIPATES_IN]->(project) } AS members
        RETURN round.year AS year, count(project) AS projects,
               [p IN collect(CASE WHEN members = 0 THEN project.id END) WHERE p IS NOT NULL] AS memberless
        ORDER BY year`,
    });
    // The Verband Region Rhein-Neckar, no unit of the register, takes part in its own project as an Organisation.
    expect(rounds).toEqual([
      { year: 2019, projects: 13, memberless: [] },
      { year: 2020, projects: 32, memberless: [] },
      { year: 2021, projects: 28, memberless: [] },
    ]);
  });

  it("when the guide's Smart Cities of a Land runs, then it shows that Land's members, their rounds and their partners", async () => {
    const rows = await db.executor.read<{ p: any; q: any }>({
      name: 'test-guide-smart-cities',
      cypher: GUIDE_QUERIES.smartCitiesOfLand.cypher,
    });
    const members = new Set(rows.map((row) => row.p.start.properties.id as string));
    // Dortmund with Schwerte (2020) and the five towns of Südwestfalen around Arnsberg (2019), all in NRW.
    expect([...members]).toEqual(expect.arrayContaining(['ags-05913000', 'ags-05978028', 'ags-05958004']));
    expect(rows.some((row) => row.q !== null)).toBe(true);
    expect(rows.every((row) => String(row.p.end.properties.id).startsWith('modellprojekte-smart-cities-'))).toBe(true);
  });

  it.each(OPERATIONS)(
    'when the example %s from schema/examples.graphql runs on the whole dataset, then it answers what the graph holds',
    async (name) => {
      const response = await fetch(`${app.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: EXAMPLES, operationName: name }),
      });
      const body = (await response.json()) as { data: Record<string, unknown>; errors?: unknown };
      expect(body.errors).toBeUndefined();
      expect(response.status).toBe(200);
      const [result] = Object.values(body.data);
      expect(Array.isArray(result) ? result.length : result).toBeTruthy();
      const expected = async (cypher: string) =>
        (await db.executor.read<{ row: string }>({ name: 'test-expected-answer', cypher })).map((r) => r.row);
      await EXAMPLE_CHECKS[name]?.(body.data, expected);
    },
    // Similarity over 11,000 municipalities: bounded by what a busy shared machine allows, not asserted.
    LOAD_TIMEOUT_MS,
  );

  it("when Koblenz's figures are read, then they are the register's, cited by the register's Document", async () => {
    const { city } = await data(`{
      city(ags: "07111000") {
        id name state ags ars officialName type population area density postcode latitude longitude urbanisation
        verband { id } kreis { name type ars } land { name ars }
        facts: relationships(types: [PART_OF, COOPERATES_WITH], direction: OUTGOING) {
          type node { id } source { id type url licence date }
        }
      }
    }`);
    expect(city).toMatchObject({
      id: 'koblenz',
      name: 'Koblenz',
      state: 'Rheinland-Pfalz',
      ars: '071110000000',
      officialName: 'Koblenz, Stadt',
      type: 'KREISFREIE_STADT',
      population: 114052,
      area: 105.25,
      density: 1084,
      postcode: '56068',
      latitude: 50.359516,
      longitude: 7.597956,
      urbanisation: 'DICHT_BESIEDELT',
      verband: null,
      kreis: { name: 'Koblenz, kreisfreie Stadt', type: 'KREISFREIE_STADT', ars: '07111' },
      land: { name: 'Rheinland-Pfalz', ars: '07' },
    });
    const register = city.facts.find((f: any) => f.type === 'PART_OF' && f.node.id === 'kreis-07111');
    expect(register.source).toMatchObject({ id: REGISTER_SOURCE, type: 'WEBSITE', date: '2019-12-31' });
    expect(register.source.licence).toContain('© Statistisches Bundesamt (Destatis), 2020');
    expect(city.facts.map((f: any) => f.node.id)).toContain('trier');
  });

  it('when cities are filtered by Kreis and population, then exactly those with the Kreis key and size come', async () => {
    const { entities } = await data(`{
      entities(filter: { kinds: [City], kreis: "kreis-07137", minPopulation: 10000 }, first: 100) {
        totalCount edges { node { id ... on City { population kreis { id } } } }
      }
    }`);
    const expected = await db.executor.read<{ id: string }>({
      name: 'test-expected',
      cypher: `MATCH (c:City) WHERE c.ags STARTS WITH '07137' AND c.population >= 10000 RETURN c.id AS id ORDER BY id`,
    });
    const ids = entities.edges.map((e: any) => e.node.id);
    expect([...ids].sort()).toEqual(expected.map((r) => r.id));
    expect(ids.length).toBeGreaterThan(3);
    expect(entities.edges.every((e: any) => e.node.kreis.id === 'kreis-07137')).toBe(true);
  });

  it('when cities are filtered by Verbandsgemeinde, then its Gemeinden come', async () => {
    const { entities } = await data(`{
      entities(filter: { verband: "verband-071375001" }, first: 50) { edges { node { name } } }
    }`);
    expect(entities.edges.map((e: any) => e.node.name)).toEqual(['Kretz', 'Kruft', 'Nickenich', 'Plaidt', 'Saffig']);
  });

  it('when cities are filtered by Land, type, urbanisation and a population range, then every one fits', async () => {
    const { entities } = await data(`{
      entities(filter: { land: "land-07", cityTypes: [KREISFREIE_STADT], urbanisation: [DICHT_BESIEDELT, MITTLERE_BESIEDLUNGSDICHTE],
                         minPopulation: 50000, maxPopulation: 200000 }, first: 100) {
        totalCount edges { node { name ... on City { state type population urbanisation } } }
      }
    }`);
    const expected = await count(
      `MATCH (c:City) WHERE c.ags STARTS WITH '07' AND c.type = 'KREISFREIE_STADT' AND c.population >= 50000
         AND c.population <= 200000 AND c.urbanisation IN ['DICHT_BESIEDELT', 'MITTLERE_BESIEDLUNGSDICHTE']
       RETURN count(c) AS n`,
    );
    expect(entities.totalCount).toBe(expected);
    expect(entities.edges.map((e: any) => e.node.name)).toEqual(expect.arrayContaining(['Koblenz', 'Trier', 'Worms']));
    for (const { node } of entities.edges) {
      expect(node).toMatchObject({ state: 'Rheinland-Pfalz', type: 'KREISFREIE_STADT' });
      expect(node.population).toBeGreaterThanOrEqual(50000);
      expect(node.population).toBeLessThanOrEqual(200000);
    }
  });

  it('when cities like Koblenz are asked, then Trier comes first, each score explained factor by factor', async () => {
    const { similarCities } = await data(`{
      similarCities(city: "koblenz", first: 5, language: EN) {
        score explanation city { id } shared { id } reasons { factor weight value text }
      }
    }`);
    expect(similarCities[0].city.id).toBe('trier');
    expect(similarCities[0].reasons.map((r: any) => r.factor)).toEqual(
      expect.arrayContaining(['NEIGHBOURS', 'SIZE', 'TYPE', 'URBANISATION', 'LAND']),
    );
    expect(similarCities[0].shared).toContainEqual({ id: 'ozg' });
    expect(similarCities[0].explanation).toMatch(
      /^Trier is like Koblenz: (?=.*Onlinezugangsgesetz)(?=.*Rheinland-Pfalz)/,
    );
    for (const similar of similarCities) {
      const sum = similar.reasons.reduce((total: number, r: any) => total + r.weight * r.value, 0);
      expect(similar.score).toBeCloseTo(sum, 6);
      for (const reason of similar.reasons) expect(similar.explanation).toContain(reason.text);
    }
    const scores = similarCities.map((s: any) => s.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('when cities like a member of a Verbandsgemeinde are asked, then its fellow members say they share it', async () => {
    // Plaidt, in the Verbandsgemeinde Pellenz of the Landkreis Mayen-Koblenz.
    const { similarCities } = await data(`{
      similarCities(city: "ags-07137088", first: 10, language: EN) { city { id ... on City { verband { id } } } reasons { factor text } }
    }`);
    const fellows = similarCities.filter((s: any) => s.city.verband?.id === 'verband-071375001');
    expect(fellows.length).toBeGreaterThan(0);
    for (const fellow of fellows) {
      expect(fellow.reasons).toContainEqual({
        factor: 'VERBAND',
        text: 'in the same Gemeindeverband, Verbandsgemeinde Pellenz',
      });
      expect(fellow.reasons.map((r: any) => r.factor)).toContain('KREIS');
    }
  });

  it('when a path joins two members of one Verbandsgemeinde, then it says they share it', async () => {
    const { cooperationPaths } = await data(
      `{ cooperationPaths(from: "ags-07137088", to: "ags-07137057", first: 1, language: EN) { explanation } }`,
    );
    expect(cooperationPaths[0].explanation).toEqual([
      'Plaidt and Kruft lie in the same Gemeindeverband: Verbandsgemeinde Pellenz (Destatis Gemeindeverzeichnis 31.12.2019).',
    ]);
  });

  it('when a path joins two members of one Verbandsgemeinde in German, then it says so with its date once', async () => {
    const { cooperationPaths } = await data(
      `{ cooperationPaths(from: "ags-07137088", to: "ags-07137057", first: 1, language: DE) { explanation } }`,
    );
    expect(cooperationPaths[0].explanation).toEqual([
      'Plaidt und Kruft liegen im selben Gemeindeverband: Verbandsgemeinde Pellenz (Destatis Gemeindeverzeichnis 31.12.2019).',
    ]);
  });

  it(
    'when one fact of every type and pair of kinds is said in German, then each end has its article and case, and no date twice',
    async () => {
      const facts = await db.executor.read<{ type: string; from: string; to: string; toKind: string; toName: string }>({
        name: 'test-one-fact-per-type-and-kinds',
        cypher: `MATCH (a)-[r]->(b) WHERE r.status <> 'REJECTED'
WITH type(r) AS type, labels(a) AS fromKinds, labels(b) AS toKinds, collect({from: a.id, to: b.id, toName: b.name})[0] AS one
RETURN type, one.from AS from, one.to AS to, [k IN toKinds WHERE k <> 'Entity'][0] AS toKind, one.toName AS toName`,
      });
      expect(new Set(facts.map((f) => f.type)).size).toBeGreaterThan(20);
      const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      for (const fact of facts) {
        const { cooperationPaths } = await data(
          `query ($from: ID!, $to: ID!, $type: RelationshipType!) {
          cooperationPaths(from: $from, to: $to, maxHops: 1, first: 1, purpose: ANY, relationshipTypes: [$type], language: DE) { explanation }
        }`,
          { from: fact.from, to: fact.to, type: fact.type },
        );
        const [sentence] = cooperationPaths[0].explanation as string[];
        expect(sentence).toMatch(/^\p{Lu}/u);
        expect(sentence).not.toMatch(/\{|\b(an|in|zu|von|bei) dem\b|\bzu der\b/);
        for (const date of sentence!.match(/\d{2}\.\d{2}\.\d{4}|\d{4}-\d{2}-\d{2}/g) ?? []) {
          expect(sentence!.split(date).length - 1).toBe(1);
        }
        const bare = ['City', 'Land'].includes(fact.toKind) || fact.toName.includes(', ') || fact.type === 'HAS_ROLE';
        if (!bare) {
          const rest = fact.toName.split(' ').slice(1).join(' ') || fact.toName;
          expect(sentence).toMatch(
            new RegExp(`\\b(der|die|das|den|dem|am|im|zum|zur|vom|beim) (\\S+ ){0,2}${escaped(rest)}`),
          );
        }
      }
    },
    LOAD_TIMEOUT_MS,
  );

  it.each([
    ['ags-07137088', 'verband-071375001', 'PART_OF', 'Plaidt gehört zur Verbandsgemeinde Pellenz'],
    ['verband-071375001', 'kreis-07137', 'PART_OF', 'Die Verbandsgemeinde Pellenz gehört zum Landkreis Mayen-Koblenz'],
    ['koeln', 'smart-city-navigator', 'CONTRIBUTED_TO', 'Köln hat an der Plattform Smart City Navigator mitgewirkt'],
    ['koeln', 'eurocities', 'MEMBER_OF', 'Köln ist Mitglied im Netzwerk Eurocities'],
  ])('when %s %s %s is said in German, then it reads "%s"', async (from, to, type, expected) => {
    const { cooperationPaths } = await data(
      `query ($from: ID!, $to: ID!, $type: RelationshipType!) {
        cooperationPaths(from: $from, to: $to, maxHops: 1, first: 1, purpose: ANY, relationshipTypes: [$type]) { explanation }
      }`,
      { from, to, type },
    );
    expect(cooperationPaths[0].explanation[0]).toMatch(new RegExp(`^${expected} \\(`));
  });

  it('when cities like Koblenz are asked in German, then the reasons and the explanation are German', async () => {
    const { similarCities } = await data(`{
      similarCities(city: "koblenz", first: 1, language: DE) { explanation reasons { factor text } }
    }`);
    const [trier] = similarCities;
    expect(trier.explanation).toMatch(/^Trier ähnelt Koblenz: /);
    const texts = Object.fromEntries(trier.reasons.map((r: any) => [r.factor, r.text]));
    expect(texts).toMatchObject({
      TYPE: 'eine kreisfreie Stadt wie Koblenz',
      URBANISATION: 'dicht besiedelt wie Koblenz',
      LAND: 'auch in Rheinland-Pfalz',
    });
    expect(texts.SIZE).toMatch(/^\d{1,3}(\.\d{3})* Einwohner gegenüber 114\.052 in Koblenz$/);
    expect(texts.NEIGHBOURS).toMatch(/^teilt \d+ der \d+ Verknüpfungen von Koblenz: .*Onlinezugangsgesetz/);
    for (const reason of trier.reasons) expect(trier.explanation).toContain(reason.text);
  });

  it('when cities like Friedrichsthal (Saar) and Plaidt are asked, then German says "im Saarland" and names the Gemeindeverband', async () => {
    const { saar, plaidt } = await data(`{
      saar: similarCities(city: "ags-10041511", first: 10) { reasons { factor text } }
      plaidt: similarCities(city: "ags-07137088", first: 10) { reasons { factor text } }
    }`);
    expect(saar.flatMap((s: any) => s.reasons)).toContainEqual({ factor: 'LAND', text: 'auch im Saarland' });
    expect(plaidt.flatMap((s: any) => s.reasons)).toContainEqual({
      factor: 'VERBAND',
      text: 'im selben Gemeindeverband: Verbandsgemeinde Pellenz',
    });
  });

  it('when the example answers of README.md and docs/*.md are asked, then the API answers each exactly so', async () => {
    const answersShown = docFiles().flatMap((file) => readDocAnswers(file).answers);
    expect(answersShown.length).toBeGreaterThanOrEqual(4);
    const updates: { answer: DocAnswer; value: unknown }[] = [];
    for (const answer of answersShown) {
      const response = await fetch(`${app.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: answer.query, operationName: answer.operationName }),
      });
      const value = select(await response.json(), answer.selector);
      if (process.env.DOC_ANSWERS === 'write') updates.push({ answer, value });
      else
        expect({ at: `${answer.file}:${answer.line}`, answer: value }).toEqual({
          at: `${answer.file}:${answer.line}`,
          answer: answer.shown,
        });
    }
    rewriteDocAnswers(updates);
  });

  it('when two cities share only their Land, then no cooperation path joins them, and purpose ANY finds one', async () => {
    const paths = (purpose: string) =>
      data(
        `{ cooperationPaths(from: "ags-07137088", to: "koblenz", maxHops: 6, purpose: ${purpose}) { steps { node { id } } } }`,
      );
    expect((await paths('COOPERATION')).cooperationPaths).toEqual([]);
    const any = (await paths('ANY')).cooperationPaths;
    expect(any.length).toBeGreaterThan(0);
  });

  it('when precedents of an advisory board are ranked for a small municipality, then the more alike city comes first', async () => {
    const { precedents } = await data(`{
      precedents(subject: "koblenz-it-beirat", forCity: "ags-07137088", orderBy: SIMILARITY, first: 20) {
        similarity city { id }
      }
    }`);
    const scores = precedents.map((p: any) => p.similarity);
    expect(precedents.length).toBeGreaterThan(0);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(scores.every((s: number) => s > 0 && s <= 1)).toBe(true);
  });

  it("when the changes of a municipality are asked with the register, then the register's statement of its place is among them", async () => {
    const { changes } = await data(`{
      changes(since: "2019-01-01", city: "ags-07137088", withRegister: true) {
        edges { node { change date fact { type from { id } to { id } source { id } } } }
      }
    }`);
    expect(changes.edges.map((e: any) => e.node)).toContainEqual(
      changeOf('FIRST_STATED', '2019-12-31', {
        type: 'PART_OF',
        from: 'ags-07137088',
        to: 'verband-071375001',
        source: REGISTER_SOURCE,
      }),
    );
  });

  it('when city is asked with a malformed AGS, or with both id and AGS, then the answer is BAD_USER_INPUT', async () => {
    for (const query of ['{ city(ags: "7111") { id } }', '{ city(id: "koblenz", ags: "07111000") { id } }']) {
      const { body } = await app.graphql(query);
      expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
  });

  it.each([
    ['koln', 'koeln'],
    ['Kobelnz', 'koblenz'],
    ['Trier', 'trier'],
    ['Neustadt an der Weinstraße', 'ags-07316000'],
  ])('when "%s" is searched among all municipalities, then %s ranks first', async (text, id) => {
    const { search } = await data(`query ($text: NonEmptyString!) { search(text: $text, first: 5) { node { id } } }`, {
      text,
    });
    expect(search[0].node.id).toBe(id);
  });

  it('when "Neustadt" is searched, then the many homonyms each say their Kreis and Land, all different', async () => {
    const { search } = await data(`{ search(text: "Neustadt", kinds: [City], first: 30) { place node { name } } }`);
    const neustadts = search.filter((hit: any) => hit.node.name.startsWith('Neustadt'));
    expect(neustadts.length).toBeGreaterThan(10);
    const labels = neustadts.map((hit: any) => `${hit.node.name} (${hit.place})`);
    expect(new Set(labels).size).toBe(labels.length);
    expect(neustadts.every((hit: any) => / Land|[a-zäöü]+, [A-ZÄÖÜ]/.test(hit.place ?? ''))).toBe(true);
  });

  it('when "Neustadt" is searched with no kind, then Neustadt an der Weinstraße is in the first ten, above every Kreis and Amt', async () => {
    const { search, searchCount } = await data(
      `{ search(text: "Neustadt") { node { id kind } } searchCount(text: "Neustadt") }`,
    );
    const ids = search.map((hit: any) => hit.node.id);
    expect(ids).toContain('ags-07316000');
    const firstOther = search.findIndex((hit: any) => hit.node.kind !== 'City');
    expect(firstOther === -1 || firstOther > ids.indexOf('ags-07316000')).toBe(true);
    expect(searchCount).toBeGreaterThan(search.length);
  });

  it('when a unit three levels below Koblenz is searched, then its place names the Land', async () => {
    const { search } = await data(`{ search(text: "Strategisches IT-Management", first: 3) { place node { id } } }`);
    const hit = search.find((h: any) => h.node.id === 'koblenz-amt-10-50');
    expect(hit.place).toContain('Rheinland-Pfalz');
  });

  it('when Kreise are listed, then their names say their kind once, and kreisfreie Städte are named one way', async () => {
    const { rheinSieg, westerwald, koeln, koblenz } = await data(`{
      rheinSieg: entities(filter: { kinds: [Kreis], text: "Rhein-Sieg" }) { edges { node { name } } }
      westerwald: entities(filter: { kinds: [Kreis], text: "Westerwald" }) { edges { node { name } } }
      koeln: node(id: "kreis-05315") { name }
      koblenz: node(id: "kreis-07111") { name }
    }`);
    expect(rheinSieg.edges.map((e: any) => e.node.name)).toEqual(['Rhein-Sieg-Kreis']);
    expect(westerwald.edges.map((e: any) => e.node.name)).toContain('Westerwaldkreis');
    expect(westerwald.edges.map((e: any) => e.node.name)).not.toContain('Landkreis Westerwaldkreis');
    expect([koeln.name, koblenz.name]).toEqual(['Köln, kreisfreie Stadt', 'Koblenz, kreisfreie Stadt']);
  });
});
