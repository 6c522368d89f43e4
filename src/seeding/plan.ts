import type { ManagedTransaction } from 'neo4j-driver';
import { toPlain } from '../db/convert';
import { runQuery } from '../db/executor';
import { ENTITY_LABEL, RELATIONSHIP_TYPE_NAMES } from '../model';
import type { Dataset, SeedNode, SeedRelationship } from './dataset';

export type Change = 'created' | 'updated' | 'unchanged';

/** A node or link of an earlier register edition that the dataset's register no longer has. */
export interface Withdrawn {
  /** The register's Document, which the withdrawn links cite. */
  source: string | null;
  nodes: { id: string; kind: string; name: string }[];
  links: { from: string; type: string; to: string }[];
}

export interface Plan {
  nodes: { node: SeedNode; change: Change }[];
  relationships: { relationship: SeedRelationship; change: Change }[];
  /** Nodes that --reset deletes first. */
  removedNodes: number;
  /** What a load removes because the register no longer states it: merged-away municipalities, moved links. */
  withdrawn: Withdrawn;
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

/** Every link the graph holds that cites `source`, with the kinds and names of its ends. */
const READ_CITED = `
MATCH (a:${ENTITY_LABEL})-[r {source: $source}]->(b:${ENTITY_LABEL})
RETURN a.id AS from, type(r) AS type, b.id AS to,
       [label IN labels(a) WHERE label <> '${ENTITY_LABEL}'][0] AS fromKind, a.name AS fromName,
       [label IN labels(b) WHERE label <> '${ENTITY_LABEL}'][0] AS toKind, b.name AS toName`;

/**
 * The register is the record of what cites it: nodes linked only by its facts that it no longer names (a
 * municipality merged into another) are withdrawn, and so are the links it no longer states (one that moved).
 */
async function planWithdrawn(tx: ManagedTransaction, dataset: Dataset): Promise<Withdrawn> {
  const source = dataset.register?.source;
  if (!source) return { source: null, nodes: [], links: [] };
  const rows = await runQuery<Record<'from' | 'type' | 'to' | 'fromKind' | 'fromName' | 'toKind' | 'toName', string>>(
    tx,
    { name: 'seed-read-register-links', cypher: READ_CITED, params: { source } },
  );
  const ids = new Set(dataset.nodes.map((n) => n.id));
  const stated = new Set(
    dataset.relationships.filter((r) => r.properties.source === source).map((r) => `${r.from} ${r.type} ${r.to}`),
  );
  const nodes = new Map<string, Withdrawn['nodes'][number]>();
  for (const row of rows) {
    if (!ids.has(row.from)) nodes.set(row.from, { id: row.from, kind: row.fromKind, name: row.fromName });
    if (!ids.has(row.to)) nodes.set(row.to, { id: row.to, kind: row.toKind, name: row.toName });
  }
  const links = rows
    .filter((row) => !stated.has(`${row.from} ${row.type} ${row.to}`))
    .map(({ from, type, to }) => ({ from, type, to }));
  return { source, nodes: [...nodes.values()], links };
}

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
    withdrawn: reset ? { source: null, nodes: [], links: [] } : await planWithdrawn(tx, dataset),
  };
}
