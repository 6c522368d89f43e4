import { relationshipKey, type Dataset } from './dataset';
import type { GraphSnapshot } from './read-graph';

const absent = (value: unknown) => value === null || value === undefined;

const sameValue = (a: unknown, b: unknown) =>
  Array.isArray(a) && Array.isArray(b) ? a.length === b.length && a.every((x, i) => x === b[i]) : a === b;

/**
 * Whether an entry's properties as the graph holds them (read through the projections, dates as text) are the
 * dataset entry's: the same values under the same names, a missing value and null alike. Compared value by value:
 * serialising both sides took longer than reading the graph's relationships.
 */
export function sameProperties(stored: Record<string, unknown>, wanted: Record<string, unknown>): boolean {
  let names = 0;
  for (const key in wanted) {
    if (absent(wanted[key])) continue;
    if (!sameValue(stored[key], wanted[key])) return false;
    names += 1;
  }
  for (const key in stored) if (!absent(stored[key])) names -= 1;
  return names === 0;
}

export interface GraphDifferences {
  /** Nodes and relationships the graph holds and the files do not. */
  onlyInGraph: string[];
  /** Entries in both whose properties differ. */
  changed: string[];
  /** Entries in the files that the graph does not hold. */
  onlyInFiles: string[];
}

/** Compares the graph with the dataset, entry by entry: nodes by id, relationships by from, type, to and source. */
export function compareGraph(graph: GraphSnapshot, dataset: Dataset): GraphDifferences {
  const differences: GraphDifferences = { onlyInGraph: [], changed: [], onlyInFiles: [] };
  const compare = <T>(
    inGraph: T[],
    inFiles: T[],
    key: (item: T) => string,
    same: (a: T, b: T) => boolean,
    label: (item: T) => string,
  ) => {
    const files = new Map(inFiles.map((item) => [key(item), item]));
    const seen = new Set<string>();
    for (const item of inGraph) {
      const k = key(item);
      seen.add(k);
      const filed = files.get(k);
      if (!filed) differences.onlyInGraph.push(label(item));
      else if (!same(item, filed)) differences.changed.push(label(item));
    }
    for (const item of inFiles) if (!seen.has(key(item))) differences.onlyInFiles.push(label(item));
  };
  compare(
    graph.nodes,
    dataset.nodes,
    (n) => n.id,
    (a, b) => a.kind === b.kind && sameProperties(a.properties, b.properties),
    (n) => `${n.kind} ${n.id}`,
  );
  compare(
    graph.relationships,
    dataset.relationships,
    relationshipKey,
    (a, b) => sameProperties(a.properties, b.properties),
    relationshipKey,
  );
  return differences;
}
