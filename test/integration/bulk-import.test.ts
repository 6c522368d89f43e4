import fs from 'node:fs';
import path from 'node:path';
import { dump } from 'js-yaml';
import { createDriver } from '../../src/db/driver';
import { Executor } from '../../src/db/executor';
import { applyGraphSchema } from '../../src/db/graph-schema';
import { toPlain } from '../../src/db/read';
import { resetInstance, runningPid, startInstance, stopInstance } from '../../src/local-neo4j/control';
import { ImportFailedError, importDatabase } from '../../src/local-neo4j/import-database';
import { boltUri, bulkTestInstance } from '../../src/local-neo4j/instances';
import { bulkLoad, DatabaseNotEmptyError } from '../../src/seeding/bulk/bulk-load';
import { DEFAULT_SEED_DIR, seedGraph } from '../../src/seeding/seed-graph';
import { graphFingerprint, type GraphFingerprint } from '../support/graph-checksum';
import { tempDir } from '../support/temp-dir';

/** A Neo4j of its own: the bulk load stops it and replaces its store, which no shared instance may suffer. */
const INSTANCE = bulkTestInstance();
const quiet = () => undefined;

/** Values the CSV files must carry unchanged: quotes, commas, semicolons, line breaks, every type and date precision. */
const EDGE_CASES = {
  'nodes/bulk-edge-cases.yaml': {
    nodes: [
      {
        kind: 'City',
        id: 'bk-stadt',
        name: 'Stadt "Ä", am See; Nord',
        aliases: ['Stadt; Ae', 'Stadt, "A"', 'Zwei\nZeilen'],
        description: 'Erste Zeile,\nzweite Zeile mit "Zitat" und ; Semikolon.',
        state: 'Hessen',
        population: 12345,
        area: 12.5,
        density: 988,
        latitude: 50.1,
        longitude: 8,
      },
      { kind: 'City', id: 'bk-leer', name: 'Leere Liste', aliases: [], state: 'Hessen' },
      { kind: 'Project', id: 'bk-ranking', name: 'Rangliste', type: 'RANKING' },
      { kind: 'Document', id: 'bk-paper', name: 'BK/1/2024', type: 'STELLUNGNAHME', title: 'Titel', date: '2024-05' },
    ],
  },
  'facts/bulk-edge-cases.yaml': {
    relationships: [
      { from: 'bk-stadt', type: 'RANKED_IN', to: 'bk-ranking', source: 'bk-paper', place: 3, points: 70 },
      { from: 'bk-leer', type: 'RANKED_IN', to: 'bk-ranking', source: 'bk-paper', place: 4, points: 69.25 },
      {
        from: 'bk-stadt',
        type: 'COOPERATES_WITH',
        to: 'bk-leer',
        source: 'bk-paper',
        since: '2019',
        until: '2021-03',
        role: 'Partner, "federführend"',
      },
    ],
  },
};

/** The curated dataset (its register left out, to stay small) with the edge cases added, in a folder of its own. */
function datasetDir(): string {
  const dir = tempDir('kg-bulk-');
  fs.cpSync(DEFAULT_SEED_DIR, dir, {
    recursive: true,
    filter: (src) => path.relative(DEFAULT_SEED_DIR, src) !== 'register',
  });
  for (const [name, content] of Object.entries(EDGE_CASES)) fs.writeFileSync(path.join(dir, name), dump(content));
  return dir;
}

interface Shape {
  fingerprint: GraphFingerprint;
  constraints: unknown[];
  indexes: unknown[];
}

/** Runs `use` with an executor on the instance's database. */
async function withInstance<T>(use: (executor: Executor) => Promise<T>): Promise<T> {
  const connection = { uri: boltUri(INSTANCE), username: 'neo4j', password: INSTANCE.password, database: 'neo4j' };
  const driver = createDriver(connection);
  try {
    return await use(new Executor(driver, { database: 'neo4j', timeoutMs: 60_000 }));
  } finally {
    await driver.close();
  }
}

/** The graph's fingerprint and its constraints and indexes (names, what they cover, their options). */
function shape(): Promise<Shape> {
  return withInstance(async (executor) => {
    const rows = async (name: string, cypher: string) =>
      (await executor.read<Record<string, unknown>>({ name, cypher })).map((row) => toPlain(row));
    return {
      fingerprint: await graphFingerprint(executor),
      constraints: await rows(
        'test-constraints',
        'SHOW CONSTRAINTS YIELD name, type, entityType, labelsOrTypes, properties RETURN * ORDER BY name',
      ),
      indexes: await rows(
        'test-indexes',
        'SHOW INDEXES YIELD name, type, entityType, labelsOrTypes, properties, options, state RETURN * ORDER BY name',
      ),
    };
  });
}

describe('when the bulk load fills a database through neo4j-admin', () => {
  const dir = datasetDir();
  let transactional: Shape;

  beforeAll(async () => {
    await resetInstance(INSTANCE, quiet);
    await startInstance(INSTANCE, quiet);
    await withInstance(async (executor) => {
      await applyGraphSchema(executor);
      await seedGraph(executor, dir, { register: false });
    });
    transactional = await shape();
  }, 600_000);

  afterAll(async () => {
    await stopInstance(INSTANCE, quiet);
  });

  it('when the database holds data, then it refuses, says so, and leaves the database running and unchanged', async () => {
    const pid = runningPid(INSTANCE);
    const error = await bulkLoad(INSTANCE, dir, { register: false }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatabaseNotEmptyError);
    expect(error).toMatchObject({ code: 'DATABASE_NOT_EMPTY', nodes: transactional.fingerprint.nodes });
    expect((error as Error).message).toMatch(/holds \d+ nodes: the bulk load only fills an empty database/);
    expect(runningPid(INSTANCE)).toBe(pid);
    expect(await shape()).toEqual(transactional);
  });

  it('when the import fails, then the database is left as it was', async () => {
    await resetInstance(INSTANCE, quiet);
    const store = path.join(INSTANCE.dir, 'data', 'databases', 'neo4j');
    const csv = tempDir('kg-bulk-bad-');
    fs.writeFileSync(path.join(csv, 'nodes.csv'), 'id:ID,:LABEL\n"a",Entity\n');
    fs.writeFileSync(path.join(csv, 'relationships.csv'), ':START_ID,:END_ID,:TYPE\n"a","missing",MEMBER_OF\n');
    const input = {
      nodes: [path.join(csv, 'nodes.csv')],
      relationships: [path.join(csv, 'relationships.csv')],
      arrayDelimiter: ';',
      multiline: false,
    };
    const error = await importDatabase(INSTANCE, 'neo4j', input, quiet).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportFailedError);
    expect((error as Error).message).toMatch(/the database is as it was/);
    expect((error as Error).message).toMatch(/missing/);
    // It had no store (the data was deleted): the failed import left none behind.
    expect(fs.existsSync(store)).toBe(false);
  }, 300_000);

  // After the failed import: the load finds the database empty, so the failure left nothing half-written behind.
  it('when the database is empty, then it builds the graph the transactional load builds, constraints and indexes included', async () => {
    const lines: string[] = [];
    const summary = await bulkLoad(INSTANCE, dir, { register: false, log: (line) => lines.push(line) });
    const bulk = await shape();
    expect(bulk.fingerprint).toEqual(transactional.fingerprint);
    expect(bulk.constraints).toEqual(transactional.constraints);
    expect(bulk.indexes).toEqual(transactional.indexes);
    expect(bulk.fingerprint.nodes).toBeGreaterThan(100);
    const relationships = Object.values(summary.relationships).reduce((sum, t) => sum + t.created, 0);
    expect(relationships).toBe(bulk.fingerprint.relationships);
    expect(lines.some((line) => line.startsWith('Validated '))).toBe(true);
    expect(lines.some((line) => line.includes('neo4j-admin: IMPORT DONE'))).toBe(true);
  }, 600_000);
});
