import type { Dataset } from '../src/seeding/dataset';
import type { GeneratedDataset } from './generate-dataset';

export interface DatasetStats {
  nodes: number;
  relationships: number;
  files: number;
  nodesByKind: Record<string, number>;
  relationshipsByType: Record<string, number>;
  /** Relationships per node: the skew the queries meet. */
  degree: { p50: number; p90: number; p99: number; max: number };
  /** The most connected nodes, with their degree. */
  hubs: { id: string; degree: number }[];
  /** The degree of the ids the benchmark's queries start from. */
  targets: Record<string, number>;
}

const increment = (counts: Record<string, number>, key: string) => (counts[key] = (counts[key] ?? 0) + 1);

interface Counted {
  kinds: string[];
  relationships: { from: string; type: string; to: string }[];
  files: number;
}

function statsOf({ kinds, relationships, files }: Counted, targetIds: string[]): DatasetStats {
  const nodesByKind: Record<string, number> = {};
  const relationshipsByType: Record<string, number> = {};
  const degree = new Map<string, number>();
  const touch = (id: string) => degree.set(id, (degree.get(id) ?? 0) + 1);
  for (const kind of kinds) increment(nodesByKind, kind);
  for (const r of relationships) {
    increment(relationshipsByType, r.type);
    touch(r.from);
    touch(r.to);
  }
  const sorted = [...degree.entries()].sort((a, b) => b[1] - a[1]);
  const ascending = sorted.map(([, d]) => d).reverse();
  const at = (q: number) => ascending[Math.min(ascending.length - 1, Math.floor(q * ascending.length))] ?? 0;
  return {
    nodes: kinds.length,
    relationships: relationships.length,
    files,
    nodesByKind,
    relationshipsByType,
    degree: { p50: at(0.5), p90: at(0.9), p99: at(0.99), max: ascending.at(-1) ?? 0 },
    hubs: sorted.slice(0, 5).map(([id, d]) => ({ id, degree: d })),
    targets: Object.fromEntries(targetIds.map((id) => [id, degree.get(id) ?? 0])),
  };
}

/** Counts and degree distribution of the generated dataset together with the curated one it includes. */
export function datasetStats(generated: GeneratedDataset, curated: Dataset, targetIds: string[]): DatasetStats {
  const kinds = [
    ...curated.nodes.map((node) => node.kind as string),
    ...[...generated.nodeFiles.values()].flat().map((node) => node.kind as string),
  ];
  const relationships = [
    ...curated.relationships.map((r) => ({ from: r.from, type: r.type as string, to: r.to })),
    ...[...generated.factFiles.values()].flat().map((r) => ({
      from: r.from as string,
      type: r.type as string,
      to: r.to as string,
    })),
  ];
  return statsOf({ kinds, relationships, files: generated.nodeFiles.size + generated.factFiles.size }, targetIds);
}

/** The same for a dataset as loaded from its folder: the curated dataset with the register. */
export function loadedDatasetStats(dataset: Dataset, files: number, targetIds: string[]): DatasetStats {
  return statsOf(
    {
      kinds: dataset.nodes.map((node) => node.kind),
      relationships: dataset.relationships.map((r) => ({ from: r.from, type: r.type, to: r.to })),
      files,
    },
    targetIds,
  );
}
