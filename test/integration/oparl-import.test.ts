import fs from 'node:fs';
import path from 'node:path';
import { CORE_SCHEMA, load } from 'js-yaml';
import { applyGraphSchema } from '../../src/db/graph-schema';
import { importOparl, type ImportOptions } from '../../src/oparl/import-oparl';
import { loadDataset, seedGraph } from '../../src/seeding/seed-graph';
import { BEISPIEL_AGS, changeBeispielstadt, serveBeispielstadt } from '../support/oparl-fixture';
import { OparlTestServer } from '../support/oparl-server';
import { writeDataset } from '../support/seed-fixture';
import { openTestDb, uniqueId, type TestDb } from '../support/test-db';
import { tempDir } from '../support/temp-dir';

type Entry = Record<string, unknown>;

const city = uniqueId('oparl');
const FAST = { retries: 2, backoffMs: 10, timeoutMs: 10_000 };

function newDataset(): string {
  return writeDataset({
    'nodes/cities.yaml': {
      nodes: [{ kind: 'City', id: city, name: 'Beispielstadt', state: 'Hessen', ags: BEISPIEL_AGS }],
    },
  });
}

function readTree(dir: string): Record<string, string> {
  const root = path.join(dir, 'oparl', city);
  const files: Record<string, string> = {};
  for (const entry of fs.readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    files[path.relative(dir, full)] = fs.readFileSync(full, 'utf8');
  }
  return files;
}

function yamlOf(dir: string, file: string): { nodes?: Entry[]; relationships?: Entry[] } {
  return load(fs.readFileSync(path.join(dir, 'oparl', city, file), 'utf8'), { schema: CORE_SCHEMA }) as never;
}

describe('importing papers from an OParl endpoint', () => {
  let server: OparlTestServer;
  let db: TestDb;
  let dataset: string;
  let state: string;
  let first: Awaited<ReturnType<typeof importOparl>>;
  const options = (extra: Partial<ImportOptions> = {}): ImportOptions => ({
    system: `${server.base}/oparl/system`,
    datasetDir: dataset,
    stateDir: state,
    client: FAST,
    ...extra,
  });

  beforeAll(async () => {
    server = new OparlTestServer();
    await server.start();
    serveBeispielstadt(server);
    dataset = newDataset();
    state = tempDir('kg-oparl-state-');
    db = openTestDb();
    await applyGraphSchema(db.executor);
    first = await importOparl(options());
  });
  afterAll(async () => {
    await server.stop();
    await db.executor.write({
      name: 'test-oparl-cleanup',
      cypher: 'MATCH (n:Entity) WHERE n.id = $city OR n.id STARTS WITH $prefix OR n.id = $endpoint DETACH DELETE n',
      params: { city, prefix: `${city}-`, endpoint: `web-oparl-${city}` },
    });
    await db.close();
  });

  const doc = (reference: string) => `${city}-${reference.toLowerCase().replace(/\//g, '-')}`;

  it('when imported, then every paper with a valid object is a Document with reference, date, type and OParl ids', () => {
    const antrag = yamlOf(dataset, `papers/${doc('A/0001/2024')}.yaml`).nodes![0]!;
    expect(antrag).toEqual({
      kind: 'Document',
      id: doc('A/0001/2024'),
      name: 'Antrag A/0001/2024 (Beispielstadt)',
      aliases: ['A/0001/2024'],
      type: 'ANTRAG',
      reference: 'A/0001/2024',
      title: 'Digitalrat für Beispielstadt',
      date: '2024-02-01',
      sessionDate: '2024-03-21',
      url: `${server.base}/web/vorlage/1`,
      oparlId: `${server.base}/oparl/paper/1`,
      mainFileUrl: `${server.base}/files/1.pdf`,
      file: `seed/oparl/${city}/papers/${doc('A/0001/2024')}.txt`,
    });
    const files = Object.keys(readTree(dataset)).sort();
    expect(files).toEqual(
      [
        'structure.yaml',
        `papers/${doc('A/0001/2024')}.txt`,
        `papers/${doc('A/0001/2024')}.yaml`,
        `papers/${doc('ST/0002/2024')}.txt`,
        `papers/${doc('ST/0002/2024')}.yaml`,
        `papers/${doc('M/0003/2024')}.yaml`,
        `papers/${doc('V/0004/2024')}.txt`,
        `papers/${doc('V/0004/2024')}.yaml`,
      ]
        .map((f) => path.join('oparl', city, f))
        .sort(),
    );
    expect(yamlOf(dataset, `papers/${doc('V/0004/2024')}.yaml`).nodes![0]).toMatchObject({ type: 'BESCHLUSSVORLAGE' });
    expect(yamlOf(dataset, `papers/${doc('M/0003/2024')}.yaml`).nodes![0]).not.toHaveProperty('file');
  });

  it('when imported, then the texts come from File.text, the text file and the PDF', () => {
    const text = (reference: string) =>
      fs.readFileSync(path.join(dataset, 'oparl', city, 'papers', `${doc(reference)}.txt`), 'utf8');
    expect(text('A/0001/2024')).toBe('Die Fraktion beantragt einen Digitalrat.\n');
    expect(text('ST/0002/2024')).toContain('Die Verwaltung prüft die Einrichtung eines Digitalrates.');
    expect(text('V/0004/2024')).toContain('Der Rat beschließt die Open-Data-Leitlinie.');
  });

  it('when imported, then consultations, originators and the answered motion become relationships citing the paper', () => {
    const stellungnahme = yamlOf(dataset, `papers/${doc('ST/0002/2024')}.yaml`).relationships!;
    const id = doc('ST/0002/2024');
    expect(stellungnahme).toEqual([
      { from: id, type: 'ISSUED_BY', to: city, source: id },
      {
        from: id,
        type: 'PRESENTED_TO',
        to: `${city}-ausschuss-fuer-digitalisierung`,
        source: id,
        since: '2024-03-05',
        role: 'Vorberatung, beratend',
      },
      {
        from: id,
        type: 'PRESENTED_TO',
        to: `${city}-rat-der-stadt-beispielstadt`,
        source: id,
        since: '2024-03-21',
        role: 'Entscheidung, beschließend',
      },
      { from: id, type: 'AUTHORED_BY', to: `${city}-amt-fuer-informationstechnik`, source: id },
      { from: id, type: 'RESPONDS_TO', to: doc('A/0001/2024'), source: id },
    ]);
    const structure = yamlOf(dataset, 'structure.yaml');
    expect(structure.nodes!.map((n) => [n.kind, n.id, n.type])).toEqual([
      ['Document', `web-oparl-${city}`, 'WEBSITE'],
      ['OrgUnit', `${city}-amt-fuer-informationstechnik`, undefined],
      ['Body', `${city}-ausschuss-fuer-digitalisierung`, 'COMMITTEE'],
      ['Organisation', `${city}-fraktion-buergerliste`, 'ASSOCIATION'],
      ['Body', `${city}-rat-der-stadt-beispielstadt`, 'COUNCIL'],
    ]);
    expect(structure.relationships!.every((r) => r.source === `web-oparl-${city}`)).toBe(true);
    expect(structure.relationships).toContainEqual({
      from: `${city}-fraktion-buergerliste`,
      type: 'PART_OF',
      to: city,
      source: `web-oparl-${city}`,
    });
  });

  it('when a page answers 500 once, a file 404, an object is invalid, lacks an id or is OParl 1.0, then each is reported and the run goes on', () => {
    expect(first.retries).toBeGreaterThanOrEqual(1);
    expect(first.report.count('page')).toBe(0);
    const problems = first.report.problems.map((p) => `${p.kind} ${p.url} ${p.message}`);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^file .*\/files\/3\.pdf M\/0003\/2024: file could not be fetched \(HTTP 404\)/),
        expect.stringMatching(/^object .*\/oparl\/paper\/5 Paper is invalid: field "date": must match format "date"/),
        expect.stringMatching(
          /^object .*\/oparl\/body\/0\/papers\?page=3 Paper without an id on page is invalid: field "id"/,
        ),
        expect.stringMatching(/^version .*\/oparl\/paper\/4 OParl 1\.0 Paper, read as 1\.1/),
        expect.stringMatching(
          /^mapping .*\/oparl\/organization\/5 Sonstige Runde: organizationType "Sonstiges" has no node kind/,
        ),
      ]),
    );
    expect(first.bodies[0]!.lists).toEqual({ organization: 'complete', meeting: 'complete', paper: 'complete' });
  });

  it('when the output is seeded, then the graph holds the Documents and their relationships', async () => {
    expect(() => loadDataset(dataset)).not.toThrow();
    await seedGraph(db.executor, dataset);
    const rows = await db.executor.read<{ from: string; type: string; to: string; source: string }>({
      name: 'test-oparl-facts',
      cypher: `MATCH (d:Document)-[r]->(t:Entity) WHERE d.id STARTS WITH $prefix
               RETURN d.id AS from, type(r) AS type, t.id AS to, r.source AS source ORDER BY from, type, to`,
      params: { prefix: `${city}-` },
    });
    expect(rows.filter((r) => r.from === doc('A/0001/2024'))).toEqual([
      {
        from: doc('A/0001/2024'),
        type: 'AUTHORED_BY',
        to: `${city}-fraktion-buergerliste`,
        source: doc('A/0001/2024'),
      },
      { from: doc('A/0001/2024'), type: 'ISSUED_BY', to: city, source: doc('A/0001/2024') },
      {
        from: doc('A/0001/2024'),
        type: 'PRESENTED_TO',
        to: `${city}-rat-der-stadt-beispielstadt`,
        source: doc('A/0001/2024'),
      },
    ]);
    expect(rows.every((r) => r.source === r.from)).toBe(true);
    const [paper] = await db.executor.read<{ type: string; date: string; oparlId: string }>({
      name: 'test-oparl-document',
      cypher: 'MATCH (d:Document {id: $id}) RETURN d.type AS type, toString(d.date) AS date, d.oparlId AS oparlId',
      params: { id: doc('V/0004/2024') },
    });
    expect(paper).toEqual({ type: 'BESCHLUSSVORLAGE', date: '2024-02-23', oparlId: `${server.base}/oparl/paper/4` });
  });

  it('when run again with nothing changed, then it asks for what was modified since and writes nothing', async () => {
    const before = readTree(dataset);
    const mark = server.requests.length;
    const again = await importOparl(options());
    expect(again.bodies[0]!.sync).toMatchObject({ written: [], deleted: [] });
    expect(readTree(dataset)).toEqual(before);
    const asked = server.requests.slice(mark).filter((r) => r.startsWith('/oparl/body/0/papers'));
    expect(asked.length).toBeGreaterThan(0);
    expect(asked.every((r) => r.includes('modified_since='))).toBe(true);
  });

  it('when a paper is modified and another deleted, then the next run changes exactly their files', async () => {
    changeBeispielstadt(server);
    const before = readTree(dataset);
    const run = await importOparl(options());
    const sync = run.bodies[0]!.sync;
    expect(sync.written).toEqual([`oparl/${city}/papers/${doc('ST/0002/2024')}.yaml`]);
    expect(sync.deleted).toEqual([`oparl/${city}/papers/${doc('M/0003/2024')}.yaml`]);
    expect(run.bodies[0]!.deleted.paper).toBe(1);
    const after = readTree(dataset);
    const changed = Object.keys({ ...before, ...after }).filter((f) => before[f] !== after[f]);
    expect(changed.sort()).toEqual(
      [`papers/${doc('M/0003/2024')}.yaml`, `papers/${doc('ST/0002/2024')}.yaml`]
        .map((f) => path.join('oparl', city, f))
        .sort(),
    );
    expect(after[path.join('oparl', city, 'papers', `${doc('ST/0002/2024')}.yaml`)]).toContain('(ergänzt)');
  });

  it('when a run is interrupted after the first page of papers, then the next run resumes at the second page', async () => {
    const fresh = newDataset();
    const freshState = tempDir('kg-oparl-state-');
    const controller = new AbortController();
    const interrupted = await importOparl(
      options({
        datasetDir: fresh,
        stateDir: freshState,
        signal: controller.signal,
        log: (line) => {
          if (line.startsWith('paper: page 1,')) controller.abort();
        },
      }),
    );
    expect(interrupted.interrupted).toBe(true);
    expect(interrupted.bodies[0]!.lists.paper).toBe('interrupted');
    expect(interrupted.bodies[0]!.fetched.paper).toBe(2);
    const mark = server.requests.length;
    const resumed = await importOparl(options({ datasetDir: fresh, stateDir: freshState }));
    expect(resumed.bodies[0]!.lists.paper).toBe('complete');
    const asked = server.requests.slice(mark).filter((r) => r.startsWith('/oparl/body/0/papers'));
    expect(asked[0]).toBe('/oparl/body/0/papers?page=2');
    expect(asked).not.toContain('/oparl/body/0/papers');
    expect(readTree(fresh)).toEqual(readTree(dataset));
  });
});
