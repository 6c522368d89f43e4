import { performance } from 'node:perf_hooks';
import { applyGraphSchema } from '../src/db/graph-schema';
import type { Executor } from '../src/db/executor';
import { resetInstance, startInstance } from '../src/local-neo4j/control';
import { benchInstance } from '../src/local-neo4j/instances';
import { bulkLoad } from '../src/seeding/bulk/bulk-load';
import { PhaseTimes } from '../src/seeding/phase-times';
import { seedGraph } from '../src/seeding/seed-graph';

export interface SeedResult {
  nodes: number;
  relationships: number;
  seconds: number;
  relationshipsPerSecond: number;
  /**
   * The same load run again with nothing changed: it compares the dataset with the graph and writes nothing. Absent
   * from results saved before it was measured.
   */
  rerunSeconds?: number;
  /** Seconds per step of seedGraph, told apart by the lines it logs. */
  phases: { readAndValidate: number; planAndWrite: number; commit: number };
  /** The same dataset through `npm run seed -- --bulk`, outside --quick. */
  bulk?: BulkResult;
}

export interface BulkResult {
  relationships: number;
  /** From reading the files to the database being online with its constraints and indexes. */
  seconds: number;
  relationshipsPerSecond: number;
  /** Seconds on the clock per phase of the bulk load. */
  phases: Record<string, number>;
}

/**
 * Loads `dir` through the bulk path (neo4j-admin's offline import) into the bench instance, emptied and started
 * first, and times it from reading the files to the database being online with its constraints and indexes.
 */
export async function benchmarkBulkLoad(dir: string, log: (line: string) => void): Promise<BulkResult> {
  const instance = benchInstance();
  await resetInstance(instance, log);
  await startInstance(instance, log);
  const phases = new PhaseTimes();
  const start = performance.now();
  const summary = await bulkLoad(instance, dir, {
    phases,
    log: (line) => {
      if (/^(Validated|Wrote|Importing| {2}neo4j-admin:)/.test(line)) log(`  ${line.trim()}`);
    },
  });
  const seconds = (performance.now() - start) / 1000;
  const relationships = Object.values(summary.relationships).reduce((total, t) => total + t.created, 0);
  return {
    relationships,
    seconds,
    relationshipsPerSecond: relationships / seconds,
    phases: Object.fromEntries(phases.entries().map(([phase, spent]) => [phase, spent.wall])),
  };
}

/**
 * Loads `dir` into the bench instance's empty graph with `npm run seed`'s code path (seedGraph, one transaction) and
 * times it, then times loading it again unchanged. The phases come
 * from seedGraph's own progress lines: "Validated …" ends reading and validation, the last "wrote …" line ends
 * the writes, and what follows until it returns is the commit.
 */
export async function benchmarkSeeding(
  executor: Executor,
  dir: string,
  log: (line: string) => void,
): Promise<SeedResult> {
  await applyGraphSchema(executor);
  const start = performance.now();
  let validated = start;
  let lastWrite = start;
  let lastProgress = 0;
  const summary = await seedGraph(executor, dir, {
    log: (line) => {
      const now = performance.now();
      if (line.startsWith('Validated')) {
        validated = now;
        log(`  ${line.replace(/ from .*/, '')} in ${((now - start) / 1000).toFixed(1)} s`);
      } else if (line.includes(' wrote ')) {
        lastWrite = now;
        // seedGraph reports every batch; a line every few seconds is enough to show it is moving.
        if (now - lastProgress > 5_000) {
          lastProgress = now;
          log(`  ${line.trim()} (${((now - start) / 1000).toFixed(0)} s)`);
        }
      }
    },
  });
  const end = performance.now();
  const sum = (groups: Record<string, { created: number }>) =>
    Object.values(groups).reduce((total, t) => total + t.created, 0);
  const relationships = sum(summary.relationships);
  const seconds = (end - start) / 1000;
  const rerun = await seedGraph(executor, dir);
  const rerunSeconds = (performance.now() - end) / 1000;
  if (rerun.changes.length > 0) {
    throw new Error(`the unchanged re-run would write ${rerun.changes.length} entries, e.g. ${rerun.changes[0]}`);
  }
  return {
    nodes: sum(summary.nodes),
    relationships,
    seconds,
    relationshipsPerSecond: relationships / seconds,
    rerunSeconds,
    phases: {
      readAndValidate: (validated - start) / 1000,
      planAndWrite: (lastWrite - validated) / 1000,
      commit: (end - lastWrite) / 1000,
    },
  };
}
