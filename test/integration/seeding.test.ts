import { SeedValidationError } from '../../src/seeding/dataset';
import { PhaseTimes } from '../../src/seeding/phase-times';
import { DEFAULT_SEED_DIR, seedGraph } from '../../src/seeding/seed-graph';
import { graphFingerprint } from '../support/graph-checksum';
import { minimalDataset, writeDataset } from '../support/seed-fixture';
import { openTestDb, type TestDb } from '../support/test-db';
import { applyGraphSchema } from '../../src/db/graph-schema';
import { RELATIONSHIP_TYPE_NAMES } from '../../src/model';

interface Fact {
  status: string;
  source: string;
  role: string | null;
  about: string | null;
  sourceKind: string;
}

describe('seeding the curated dataset into Neo4j', () => {
  let db: TestDb;
  beforeAll(async () => {
    db = openTestDb();
    await applyGraphSchema(db.executor);
    await seedGraph(db.executor, DEFAULT_SEED_DIR, { reset: true, register: false });
  });
  afterAll(() => db.close());

  const facts = (from: string, type: string, to: string) =>
    db.executor.read<Fact>({
      name: 'test-fact',
      cypher: `MATCH (:Entity {id: $from})-[r]->(:Entity {id: $to}) WHERE type(r) = $type
               MATCH (d:Document {id: r.source})
               RETURN r.status AS status, r.source AS source, r.role AS role, r.about AS about, d.type AS sourceKind`,
      params: { from, type, to },
    });

  it.each([
    ['koblenz', 'MEMBER_OF', 'it-stadt-koblenz', 'ACTIVE', 'koblenz-st-0078-2025'],
    ['koblenz', 'COOPERATES_WITH', 'pd-gmbh', 'UNDER_REVIEW', 'koblenz-st-0078-2025'],
    ['koblenz', 'COOPERATES_WITH', 'trier', 'ACTIVE', 'koblenz-aw-0095-2019'],
    ['koeln', 'MEMBER_OF', 'eurocities', 'ACTIVE', 'koeln-st-digitalisierungsausschuss-2021-11-22'],
    ['koeln', 'FOUNDED', 'knowledge-society-forum', 'ACTIVE', 'koeln-st-digitalisierungsausschuss-2021-11-22'],
    ['koeln', 'MEMBER_OF', 'ksf-open-data-working-group', 'ACTIVE', 'koeln-st-digitalisierungsausschuss-2021-11-22'],
    ['koeln', 'CONTRIBUTED_TO', 'din-spec-91357', 'ACTIVE', 'koeln-st-digitalisierungsausschuss-2021-11-22'],
    ['koeln', 'CONTRIBUTED_TO', 'din-spec-91387', 'ACTIVE', 'koeln-st-digitalisierungsausschuss-2021-11-22'],
    ['koeln', 'PARTICIPATES_IN', 'growsmarter', 'ENDED', 'koeln-st-digitalisierungsausschuss-2021-11-22'],
    ['koeln', 'HAS_ROLE', 'cdo', 'PROPOSED', 'koeln-st-digitalisierungsausschuss-2021-11-22'],
    ['koblenz', 'RUNS', 'koblenz-e-rechnung', 'IN_PROGRESS', 'koblenz-aw-0095-2019'],
    ['koblenz', 'RUNS', 'koblenz-geoportal', 'ACTIVE', 'koblenz-aw-0095-2019'],
    ['koblenz', 'PARTICIPATES_IN', 'digitalpakt-schule', 'PROPOSED', 'koblenz-aw-0095-2019'],
    ['koblenz-stadtvorstand', 'LEADS', 'koblenz-digitalbeirat', 'PROPOSED', 'koblenz-it-rollenmodell-2019'],
    ['koblenz-digitalbeirat', 'EXPERTS_FROM', 'koblenz-kgrz', 'PROPOSED', 'koblenz-it-rollenmodell-2019'],
    ['koblenz-digitalisierungsbuero', 'PART_OF', 'koblenz', 'ACTIVE', 'koblenz-it-rollenmodell-2019'],
    ['koblenz-amt-80', 'HAS_ROLE', 'digitallotse-wirtschaft', 'PLANNED', 'koblenz-it-rollenmodell-2019'],
    ['koblenz', 'PARTICIPATES_IN', 'wwa', 'ACTIVE', 'koblenz-st-0027-2021'],
    ['koblenz-it-beirat', 'EXPERTS_FROM', 'universitaet-koblenz', 'ACTIVE', 'koblenz-st-0027-2021'],
    ['koblenz-stadtrat', 'COMMISSIONS', 'koblenz', 'RECOMMENDED', 'koblenz-st-0078-2025'],
    ['pd-gmbh', 'ADVISES', 'koblenz', 'REVIEWED', 'koblenz-st-0078-2025'],
  ])('when loaded, then %s %s %s is there, %s, citing %s', async (from, type, to, status, source) => {
    const found = await facts(from, type, to);
    expect(found).toContainEqual(expect.objectContaining({ status, source }));
  });

  it.each([
    ['koblenz', 'HAS_ROLE', 'cdo'],
    ['koblenz', 'MEMBER_OF', 'wwa'],
    ['koblenz', 'MEMBER_OF', 'start-up-league'],
    ['universitaet-koblenz', 'MEMBER_OF', 'koblenz-it-beirat'],
    ['koblenz-kgrz', 'ADVISES', 'koblenz-digitalbeirat'],
    ['koblenz-hufa', 'PART_OF', 'koblenz-stadtrat'],
    ['koeln', 'CONTRIBUTED_TO', 'din-spec-digital-twins'],
    ['koeln-stabsstelle-digitalisierung', 'MEMBER_OF', 'knowledge-society-forum'],
  ])('when loaded, then %s %s %s is not stated: the papers do not say so', async (from, type, to) => {
    expect(await facts(from, type, to)).toEqual([]);
  });

  it('when loaded, then the Koblenz–Trier cooperation is about the OZG', async () => {
    expect(await facts('koblenz', 'COOPERATES_WITH', 'trier')).toContainEqual(
      expect.objectContaining({ about: 'ozg' }),
    );
  });

  it('when loaded, then Köln is vice chair of the Open Data working group, which is part of the Forum', async () => {
    const [membership] = await facts('koeln', 'MEMBER_OF', 'ksf-open-data-working-group');
    expect(membership!.role).toMatch(/vice ?chair/i);
    expect(await facts('ksf-open-data-working-group', 'PART_OF', 'knowledge-society-forum')).toHaveLength(1);
  });

  it('when loaded, then the CDO role was proposed in Köln on 22.11.2021', async () => {
    const [row] = await db.executor.read<{ since: string }>({
      name: 'test-cdo',
      cypher: "MATCH (:City {id: 'koeln'})-[r:HAS_ROLE]->(:Role {id: 'cdo'}) RETURN toString(r.since) AS since",
    });
    expect(row!.since).toBe('2021-11-22');
  });

  it('when loaded, then every relationship cites an existing Document, and outside facts cite a URL', async () => {
    const [row] = await db.executor.read<{ total: number; unsourced: number; webWithoutUrl: number }>({
      name: 'test-provenance',
      cypher: `MATCH (:Entity)-[r]->(:Entity)
               OPTIONAL MATCH (d:Document {id: r.source})
               RETURN count(r) AS total, count(CASE WHEN d IS NULL THEN 1 END) AS unsourced,
                      count(CASE WHEN d.type = 'WEBSITE' AND d.url IS NULL THEN 1 END) AS webWithoutUrl`,
    });
    expect(row!.total).toBeGreaterThanOrEqual(80);
    expect(row!.unsourced).toBe(0);
    expect(row!.webWithoutUrl).toBe(0);
  });

  it('when loaded, then the dataset has at least the agreed size per kind', async () => {
    const rows = await db.executor.read<{ kind: string; count: number }>({
      name: 'test-sizes',
      cypher: "MATCH (n:Entity) UNWIND [l IN labels(n) WHERE l <> 'Entity'] AS kind RETURN kind, count(*) AS count",
    });
    const sizes = Object.fromEntries(rows.map((r) => [r.kind, r.count]));
    const minimum = { City: 3, Organisation: 12, OrgUnit: 8, Role: 5, Body: 8, Standard: 4, Project: 20, Document: 5 };
    for (const [kind, count] of Object.entries(minimum)) {
      expect(sizes[kind] ?? 0).toBeGreaterThanOrEqual(count);
    }
  });

  it('when the graph schema is applied, then every relationship type has an online index on "about"', async () => {
    const rows = await db.executor.read<{ type: string }>({
      name: 'test-about-indexes',
      cypher: `SHOW INDEXES YIELD entityType, labelsOrTypes, properties, state
               WHERE entityType = 'RELATIONSHIP' AND properties = ['about'] AND state = 'ONLINE'
               RETURN labelsOrTypes[0] AS type`,
    });
    expect(rows.map((row) => row.type).sort()).toEqual([...RELATIONSHIP_TYPE_NAMES].sort());
  });

  it('when "koln" or "Köln" is searched in the full-text index, then Köln is found', async () => {
    for (const text of ['koln', 'Köln', 'KÖLN']) {
      const rows = await db.executor.read<{ id: string }>({
        name: 'test-search',
        cypher: "CALL db.index.fulltext.queryNodes('entity_search', $text) YIELD node RETURN node.id AS id",
        params: { text },
      });
      expect(rows.map((r) => r.id)).toContain('koeln');
    }
  });

  it('when seeded a second time, then nothing changes: all unchanged and the same fingerprint', async () => {
    const before = await graphFingerprint(db.executor);
    const summary = await seedGraph(db.executor, DEFAULT_SEED_DIR, { register: false });
    const after = await graphFingerprint(db.executor);
    expect(after).toEqual(before);
    const changed = [...Object.values(summary.nodes), ...Object.values(summary.relationships)].filter(
      (t) => t.created + t.updated > 0,
    );
    expect(changed).toEqual([]);
    expect(summary.changes).toEqual([]);
  });

  it('when --dry-run is given, then the changes are listed and nothing is written', async () => {
    const files = minimalDataset('dry');
    const before = await graphFingerprint(db.executor);
    const summary = await seedGraph(db.executor, writeDataset(files), { dryRun: true });
    expect(await graphFingerprint(db.executor)).toEqual(before);
    expect(summary.nodes.City).toEqual({ created: 2, updated: 0, unchanged: 0 });
    expect(summary.changes).toContain('created City dry-stadt-a');
  });

  it('when a property changes in the files, then the next load counts it as updated', async () => {
    const files = minimalDataset('upd');
    const dir = writeDataset(files);
    try {
      expect((await seedGraph(db.executor, dir)).nodes.City).toEqual({ created: 2, updated: 0, unchanged: 0 });
      files['nodes/nodes.yaml'].nodes[1]!.name = 'Stadt B (neu)';
      const summary = await seedGraph(db.executor, writeDataset(files));
      expect(summary.nodes.City).toEqual({ created: 0, updated: 1, unchanged: 1 });
    } finally {
      await db.executor.write({
        name: 'test-cleanup',
        cypher: "MATCH (n:Entity) WHERE n.id STARTS WITH 'upd-' DETACH DELETE n",
      });
    }
  });

  it('when a load is timed by phase, then every phase from reading the files to the commit is listed once, in order', async () => {
    const phases = new PhaseTimes();
    const dir = writeDataset(minimalDataset('phase'));
    try {
      await seedGraph(db.executor, dir, { phases });
      expect(phases.entries().map(([phase]) => phase)).toEqual([
        "reading the papers' texts",
        'reading the register',
        'reading the YAML files',
        'checking entries against the model',
        'checking quotes against the papers',
        'reading the graph and comparing',
        'writing',
        'commit',
      ]);
      expect(phases.format()).toMatch(
        /^Where the time went:\n {2}phase .+\n( {2}.+ s +\d+ % +[\d.]+ s\n){8} {2}total +[\d.]+ s +100 % +[\d.]+ s$/,
      );
    } finally {
      await db.executor.write({
        name: 'test-cleanup',
        cypher: "MATCH (n:Entity) WHERE n.id STARTS WITH 'phase-' DETACH DELETE n",
      });
    }
  });

  it.each([
    [
      'an unknown reference',
      (f: ReturnType<typeof minimalDataset>) => (f['facts/paper.yaml'].relationships[0]!.to = 'x'),
    ],
    [
      'a duplicate id',
      (f: ReturnType<typeof minimalDataset>) =>
        f['nodes/nodes.yaml'].nodes.push({ ...f['nodes/nodes.yaml'].nodes[0]! }),
    ],
    [
      'a type not allowed',
      (f: ReturnType<typeof minimalDataset>) => (f['facts/paper.yaml'].relationships[0]!.type = 'FUNDED_BY'),
    ],
    [
      'a missing source',
      (f: ReturnType<typeof minimalDataset>) =>
        delete (f['facts/paper.yaml'].relationships[0] as { source?: string }).source,
    ],
    [
      'an unknown status',
      (f: ReturnType<typeof minimalDataset>) => (f['facts/paper.yaml'].relationships[1]!.status = 'DONE'),
    ],
    [
      'a malformed date',
      (f: ReturnType<typeof minimalDataset>) => (f['facts/paper.yaml'].relationships[0]!.since = '2020-02-31'),
    ],
  ])('when the files hold %s, then the load is refused and the graph is unchanged', async (_name, breakIt) => {
    const files = minimalDataset('bad');
    breakIt(files);
    const before = await graphFingerprint(db.executor);
    await expect(seedGraph(db.executor, writeDataset(files))).rejects.toThrow(SeedValidationError);
    expect(await graphFingerprint(db.executor)).toEqual(before);
  });

  it('when a file cannot be parsed, then the load is refused and the graph is unchanged', async () => {
    const before = await graphFingerprint(db.executor);
    const dir = writeDataset({ ...minimalDataset('bad'), 'facts/broken.yaml': 'relationships: [\n' });
    await expect(seedGraph(db.executor, dir)).rejects.toThrow(/facts\/broken.yaml:\d+: file: is not valid YAML/);
    expect(await graphFingerprint(db.executor)).toEqual(before);
  });

  it('when the database refuses a write midway, then nothing of the load remains', async () => {
    // A Topic with this id but without the Entity label: the load's MERGE creates a second one, and the
    // uniqueness constraint on Topic ids fails the transaction after earlier batches were written.
    await db.executor.write({
      name: 'test-conflict',
      cypher: "CREATE (:Topic {id: 'atomic-topic', name: 'Konflikt'})",
    });
    try {
      const files = minimalDataset('atomic');
      files['nodes/nodes.yaml'].nodes.push({ kind: 'Topic', id: 'atomic-topic', name: 'Thema' } as never);
      const before = await graphFingerprint(db.executor);
      await expect(seedGraph(db.executor, writeDataset(files))).rejects.toThrow();
      expect(await graphFingerprint(db.executor)).toEqual(before);
    } finally {
      await db.executor.write({ name: 'test-cleanup', cypher: "MATCH (n:Topic {id: 'atomic-topic'}) DETACH DELETE n" });
    }
  });
});
