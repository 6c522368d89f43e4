import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createDriver } from '../../db/driver';
import { Executor } from '../../db/executor';
import { applyGraphSchema } from '../../db/graph-schema';
import { startInstance, stopInstance } from '../../local-neo4j/control';
import { importDatabase } from '../../local-neo4j/import-database';
import { boltUri, type InstanceSpec } from '../../local-neo4j/instances';
import type { PhaseTimes } from '../phase-times';
import { formatSummary, formatVerifiedQuotes, loadDataset, type SeedSummary, type Tally } from '../seed-graph';
import { writeCsvFiles } from './csv-files';
import { WRITE_BATCH } from '../write';
import { ENTITY_LABEL, NODE_KIND_NAMES, nodePropertySpecs } from '../../model';

/** The model's list properties of nodes: the only ones an empty list may be set on. */
const LIST_PROPERTIES: ReadonlySet<string> = new Set(
  NODE_KIND_NAMES.flatMap((kind) =>
    Object.entries(nodePropertySpecs(kind))
      .filter(([, property]) => property.spec.type === 'string[]')
      .map(([key]) => key),
  ),
);

/** The bulk load writes only into a database without a single node; this one has some. */
export class DatabaseNotEmptyError extends Error {
  readonly code = 'DATABASE_NOT_EMPTY';
  constructor(
    readonly database: string,
    readonly nodes: number,
  ) {
    super(
      `The database "${database}" holds ${nodes} node${nodes === 1 ? '' : 's'}: the bulk load only fills an empty ` +
        'database, and touched nothing. Load into it with `npm run seed` (or `npm run seed -- --reset`), or empty ' +
        'it first (`npm run db:reset -- --yes` deletes the local data).',
    );
    this.name = 'DatabaseNotEmptyError';
  }
}

export interface BulkOptions {
  /** Whether to load the municipality register in the dataset's register/ folder, if it has one (default true). */
  register?: boolean;
  /** The database to fill (default `neo4j`). */
  database?: string;
  log?: (line: string) => void;
  phases?: PhaseTimes;
}

export interface BulkSummary extends SeedSummary {
  /** Seconds from reading the files to the database being online with its constraints and indexes. */
  seconds: number;
}

/** Opens a connection to the running instance for `use`, and closes it afterwards. */
async function withExecutor<T>(
  instance: InstanceSpec,
  database: string,
  use: (executor: Executor) => Promise<T>,
): Promise<T> {
  const driver = createDriver({ uri: boltUri(instance), username: 'neo4j', password: instance.password, database });
  try {
    return await use(new Executor(driver, { database, timeoutMs: 120_000 }));
  } finally {
    await driver.close();
  }
}

/** How many nodes of any label (the change log's too) the database holds. */
async function countNodes(executor: Executor): Promise<number> {
  const [row] = await executor.read<{ nodes: number }>({
    name: 'bulk-count-nodes',
    cypher: 'MATCH (n) RETURN count(n) AS nodes',
  });
  return row?.nodes ?? 0;
}

/** The importer leaves an empty list out; the transactional load stores it, so it is set here, by the id index. */
async function setEmptyLists(executor: Executor, emptyLists: Map<string, string[]>): Promise<void> {
  for (const [key, ids] of emptyLists) {
    if (!LIST_PROPERTIES.has(key)) throw new Error(`Not a list property of the model: ${JSON.stringify(key)}`);
    for (let i = 0; i < ids.length; i += WRITE_BATCH) {
      await executor.write({
        name: 'bulk-empty-lists',
        cypher: `UNWIND $ids AS id MATCH (n:${ENTITY_LABEL} {id: id}) SET n.\`${key}\` = []`,
        params: { ids: ids.slice(i, i + WRITE_BATCH) },
      });
    }
  }
}

const count = (tallies: Record<string, Tally>, key: string) =>
  (tallies[key] ??= { created: 0, updated: 0, unchanged: 0 }).created++;

/**
 * Fills the instance's empty database with the dataset in `dir` through Neo4j's offline importer: the dataset is
 * read, validated and its quotes checked as by `npm run seed`, written as CSV files, imported with `neo4j-admin
 * database import full` while the instance is stopped, and the instance started again with the constraints and
 * indexes of a transactional load. The result is the graph a transactional load into an empty graph gives.
 *
 * Refuses with DatabaseNotEmptyError, before stopping anything, when the database holds any node. When the import
 * fails, the database is put back as it was (empty) and the instance started again.
 */
export async function bulkLoad(instance: InstanceSpec, dir: string, options: BulkOptions = {}): Promise<BulkSummary> {
  const log = options.log ?? (() => undefined);
  const database = options.database ?? 'neo4j';
  const { phases } = options;
  const started = performance.now();
  const refuseUnlessEmpty = async () => {
    const nodes = await withExecutor(instance, database, countNodes);
    if (nodes > 0) throw new DatabaseNotEmptyError(database, nodes);
  };
  await startInstance(instance, log);
  await refuseUnlessEmpty();
  phases?.lap('starting Neo4j, checking it is empty');
  const dataset = loadDataset(dir, options);
  log(`Validated ${dataset.nodes.length} nodes and ${dataset.relationships.length} relationships from ${dir}.`);
  log(formatVerifiedQuotes(dataset));
  let emptyLists = new Map<string, string[]>();
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'kommunen-graph-bulk-'));
  try {
    const { input: files, emptyLists: lists } = writeCsvFiles(dataset, work);
    emptyLists = lists;
    log(`Wrote ${files.nodes.length + files.relationships.length} CSV files to ${work}.`);
    phases?.lap('writing the CSV files');
    // Checked again just before stopping: reading a large dataset takes a while, and a write may have come meanwhile.
    await refuseUnlessEmpty();
    await stopInstance(instance, log);
    phases?.lap('stopping Neo4j');
    log(`Importing into "${database}" with neo4j-admin...`);
    try {
      await importDatabase(instance, database, files, log);
    } finally {
      phases?.lap('neo4j-admin import');
      await startInstance(instance, log);
      phases?.lap('starting Neo4j');
    }
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
  log('Creating the constraints and indexes...');
  await withExecutor(instance, database, async (executor) => {
    await applyGraphSchema(executor);
    await setEmptyLists(executor, emptyLists);
  });
  phases?.lap('constraints and indexes');
  const nodes: Record<string, Tally> = {};
  const relationships: Record<string, Tally> = {};
  dataset.nodes.forEach((node) => count(nodes, node.kind));
  dataset.relationships.forEach((relationship) => count(relationships, relationship.type));
  return {
    dryRun: false,
    reset: false,
    nodes,
    relationships,
    removedNodes: 0,
    withdrawnNodes: 0,
    withdrawnLinks: 0,
    changes: [],
    unexported: [],
    ...(dataset.register ? { register: dataset.register } : {}),
    seconds: (performance.now() - started) / 1000,
  };
}

/** The summary table of a bulk load, and its rate. */
export function formatBulkSummary(summary: BulkSummary): string {
  const relationships = Object.values(summary.relationships).reduce((sum, t) => sum + t.created, 0);
  const rate = Math.round(relationships / summary.seconds);
  return `${formatSummary(summary).replace('Seeding done:', 'Bulk load done:')}\n${relationships} relationships in ${summary.seconds.toFixed(1)} s: ${rate} relationships/s.`;
}
