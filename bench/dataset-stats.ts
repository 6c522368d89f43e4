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

/** Counts and degree distribution of the generated dataset together with the curated one it includes. */
export function datasetStats(generated: GeneratedDataset, curated: Dataset, targetIds: string[]): DatasetStats {
  const nodesByKind: Record<string, number> = {};
  const relationshipsByType: Record<string, number> = {};
  const degree = new Map<string, number>();
  const touch = (id: string) => degree.set(id, (degree.get(id) ?? 0) + 1);
  for (const node of curated.nodes) increment(nodesByKind, node.kind);
  for (const entries of generated.nodeFiles.values())
    for (const node of entries) increment(nodesByKind, node.kind as string);
  const relationships = [
    ...curated.relationships.map((r) => ({ from: r.from, type: r.type, to: r.to })),
    ...[...generated.factFiles.values()].flat(),
  ];
  for (const r of relationships) {
    increment(relationshipsByType, r.type as string);
    touch(r.from as string);
    touch(r.to as string);
  }
  const sorted = [...degree.entries()].sort((a, b) => b[1] - a[1]);
  const ascending = sorted.map(([, d]) => d).reverse();
  const at = (q: number) => ascending[Math.min(ascending.length - 1, Math.floor(q * ascending.length))] ?? 0;
  return {
    nodes: generated.nodes,
    relationships: generated.relationships,
    files: generated.nodeFiles.size + generated.factFiles.size,
    nodesByKind,
    relationshipsByType,
    degree: { p50: at(0.5), p90: at(0.9), p99: at(0.99), max: ascending.at(-1) ?? 0 },
    hubs: sorted.slice(0, 5).map(([id, d]) => ({ id, degree: d })),
    targets: Object.fromEntries(targetIds.map((id) => [id, degree.get(id) ?? 0])),
  };
}
