import type { ManagedTransaction } from 'neo4j-driver';
import { toPlain } from '../db/convert';
import { runQuery } from '../db/executor';
import { ENTITY_LABEL, RELATIONSHIP_TYPE_NAMES } from '../model';
import type { Dataset, SeedNode, SeedRelationship } from './dataset';

export type Change = 'created' | 'updated' | 'unchanged';

export interface Plan {
  nodes: { node: SeedNode; change: Change }[];
  relationships: { relationship: SeedRelationship; change: Change }[];
  /** Nodes that --reset deletes first. */
  removedNodes: number;
}

const READ_BATCH = 10_000;

function canonical(value: unknown): string {
  const plain = toPlain(value) as Record<string, unknown>;
  return JSON.stringify(
    Object.keys(plain)
      .sort()
      .map((key) => [key, plain[key]]),
  );
}

function batches<T>(items: T[], size: number): T[][] {
  const result: T[][] = [];
  for (let i = 0; i < items.length; i += size) result.push(items.slice(i, i + size));
  return result;
}

const READ_NODES = `
UNWIND $ids AS id
MATCH (n:${ENTITY_LABEL} {id: id})
RETURN n.id AS id, [label IN labels(n) WHERE label <> '${ENTITY_LABEL}'] AS labels, properties(n) AS props`;

const readRelationshipsCypher = (type: string) => `
UNWIND $rows AS row
MATCH (:${ENTITY_LABEL} {id: row.from})-[r:${type} {source: row.source}]->(:${ENTITY_LABEL} {id: row.to})
RETURN row.index AS index, properties(r) AS props`;

/** Compares the dataset with what the graph holds: what a load would create, update or leave unchanged. */
export async function planChanges(tx: ManagedTransaction, dataset: Dataset, reset: boolean): Promise<Plan> {
  let removedNodes = 0;
  const existingNodes = new Map<string, string>();
  const existingRelationships = new Map<SeedRelationship, string>();
  if (reset) {
    const [row] = await runQuery<{ count: number }>(tx, {
      name: 'seed-count',
      cypher: `MATCH (n:${ENTITY_LABEL}) RETURN count(n) AS count`,
    });
    removedNodes = row?.count ?? 0;
  } else {
    for (const batch of batches(dataset.nodes, READ_BATCH)) {
      const rows = await runQuery<{ id: string; labels: string[]; props: Record<string, unknown> }>(tx, {
        name: 'seed-read-nodes',
        cypher: READ_NODES,
        params: { ids: batch.map((n) => n.id) },
      });
      for (const row of rows) existingNodes.set(row.id, `${row.labels.sort().join(':')}|${canonical(row.props)}`);
    }
    for (const type of RELATIONSHIP_TYPE_NAMES) {
      const ofType = dataset.relationships.filter((r) => r.type === type);
      for (const batch of batches(ofType, READ_BATCH)) {
        const rows = await runQuery<{ index: number; props: Record<string, unknown> }>(tx, {
          name: 'seed-read-relationships',
          cypher: readRelationshipsCypher(type),
          params: { rows: batch.map((r, index) => ({ index, from: r.from, to: r.to, source: r.properties.source })) },
        });
        for (const row of rows) existingRelationships.set(batch[row.index]!, canonical(row.props));
      }
    }
  }
  // The wanted form is only worked out for entries the graph holds: with --reset, or for new entries, comparing
  // would cost a serialisation per entry (a million at the benchmark's largest size) for nothing.
  const classify = (existing: string | undefined, wanted: () => string): Change =>
    existing === undefined ? 'created' : existing === wanted() ? 'unchanged' : 'updated';
  return {
    nodes: dataset.nodes.map((node) => ({
      node,
      change: classify(existingNodes.get(node.id), () => `${node.kind}|${canonical(node.properties)}`),
    })),
    relationships: dataset.relationships.map((relationship) => ({
      relationship,
      change: classify(existingRelationships.get(relationship), () => canonical(relationship.properties)),
    })),
    removedNodes,
  };
}
