import type { ManagedTransaction } from 'neo4j-driver';
import { readChanges } from '../db/change-log';
import { compareGraph } from './compare';
import type { Dataset } from './dataset';
import { readGraph } from './read-graph';

/** The option of `npm run seed` that lets --reset discard what the graph holds beyond the files. */
export const DISCARD_FLAG = '--discard-graph-changes';

/** --reset would delete changes made in the graph that no export has written to the files. */
export class UnexportedChangesError extends Error {
  constructor(readonly differences: string[]) {
    super(
      `The graph holds ${differences.length} change${differences.length === 1 ? '' : 's'} the files do not:\n` +
        `${differences.map((line) => `  ${line}`).join('\n')}\n` +
        `Export them first (npm run seed -- --export), or discard them with --reset ${DISCARD_FLAG}.`,
    );
    this.name = 'UnexportedChangesError';
  }
}

/**
 * Refuses a reset while the graph holds what the files do not: nodes or facts only in the graph, entries that differ,
 * and facts a curator removed (recorded as unlink in the change log) that the files still hold.
 */
export async function refuseUnexportedChanges(tx: ManagedTransaction, dataset: Dataset): Promise<void> {
  const differences = compareGraph(await readGraph(tx), dataset);
  const unlinked = new Set((await readChanges(tx, true)).filter((c) => c.operation === 'unlink').map((c) => c.target));
  const lines = [
    ...differences.onlyInGraph.map((entry) => `only in the graph: ${entry}`),
    ...differences.changed.map((entry) => `changed in the graph: ${entry}`),
    ...differences.onlyInFiles.filter((entry) => unlinked.has(entry)).map((entry) => `removed in the graph: ${entry}`),
  ];
  if (lines.length > 0) throw new UnexportedChangesError(lines);
}
