import type { ManagedTransaction } from 'neo4j-driver';
import { runQuery } from '../db/executor';
import { kindLabels, nodeProperties, relationshipProps } from '../db/read';
import { ENTITY_LABEL, RELATIONSHIP_TYPE_NAMES } from '../model';
import { sameProperties } from './compare';
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
  /** Whether the graph holds none of the model's nodes when the writes start (after --reset's delete, or before a first load). */
  intoEmpty: boolean;
  /** What a load removes because the register no longer states it: merged-away municipalities, moved links. */
  withdrawn: Withdrawn;
}

const NO_WITHDRAWN: Withdrawn = { source: null, nodes: [], links: [] };

const COUNT_NODES = `MATCH (n:${ENTITY_LABEL}) RETURN count(n) AS count`;

/*
 * What the graph holds is read in one scan of the nodes and one of the relationships, not by looking up each of the
 * dataset's entries: a load compares the whole dataset with a graph of about its size, and a scan streams where
 * twenty thousand index seeks each cost a lookup (a re-run of the curated dataset with the register took twice as long).
 */
const READ_NODES = `
MATCH (n:${ENTITY_LABEL})
RETURN n.id AS id, ${kindLabels('n')} AS labels, n.name AS name, ${nodeProperties('n')} AS props`;

const READ_RELATIONSHIPS = `
MATCH (a:${ENTITY_LABEL})-[r]->(b:${ENTITY_LABEL})
WHERE type(r) IN $types
RETURN a.id AS from, type(r) AS type, b.id AS to, r.source AS source, ${relationshipProps('r')} AS props`;

const linkKey = (from: string, type: string, to: string, source: unknown) => `${from} ${type} ${to} ${String(source)}`;

interface GraphNodeRow {
  id: string;
  labels: string[];
  name: string;
  props: Record<string, unknown>;
}

interface GraphLinkRow {
  from: string;
  type: string;
  to: string;
  source: string;
  props: Record<string, unknown>;
}

/**
 * The register is the record of what cites it: nodes linked only by its facts that it no longer names (a
 * municipality merged into another) are withdrawn, and so are the links it no longer states (one that moved).
 */
function planWithdrawn(dataset: Dataset, nodes: Map<string, GraphNodeRow>, links: GraphLinkRow[]): Withdrawn {
  const source = dataset.register?.source;
  if (!source) return NO_WITHDRAWN;
  const ids = new Set(dataset.nodes.map((n) => n.id));
  const stated = new Set(
    dataset.relationships.filter((r) => r.properties.source === source).map((r) => `${r.from} ${r.type} ${r.to}`),
  );
  const withdrawnNodes = new Map<string, Withdrawn['nodes'][number]>();
  const cited = links.filter((link) => link.source === source);
  for (const link of cited) {
    for (const id of [link.from, link.to]) {
      const node = nodes.get(id);
      if (!ids.has(id) && node) withdrawnNodes.set(id, { id, kind: node.labels[0] ?? '', name: node.name });
    }
  }
  return {
    source,
    nodes: [...withdrawnNodes.values()],
    links: cited
      .filter((link) => !stated.has(`${link.from} ${link.type} ${link.to}`))
      .map(({ from, type, to }) => ({ from, type, to })),
  };
}

/** Every entry of the dataset as created: what a load into an empty graph does. */
function planIntoEmpty(dataset: Dataset, removedNodes: number): Plan {
  return {
    nodes: dataset.nodes.map((node) => ({ node, change: 'created' })),
    relationships: dataset.relationships.map((relationship) => ({ relationship, change: 'created' })),
    removedNodes,
    intoEmpty: true,
    withdrawn: NO_WITHDRAWN,
  };
}

/** Compares the dataset with what the graph holds: what a load would create, update or leave unchanged. */
export async function planChanges(tx: ManagedTransaction, dataset: Dataset, reset: boolean): Promise<Plan> {
  const [row] = await runQuery<{ count: number }>(tx, { name: 'seed-count', cypher: COUNT_NODES });
  const count = row?.count ?? 0;
  if (reset || count === 0) return planIntoEmpty(dataset, reset ? count : 0);
  // Both scans are sent at once: the transaction runs them one after the other, without a round trip between.
  const [nodeRows, linkRows] = await Promise.all([
    runQuery<GraphNodeRow>(tx, { name: 'seed-read-nodes', cypher: READ_NODES }),
    runQuery<GraphLinkRow>(tx, {
      name: 'seed-read-relationships',
      cypher: READ_RELATIONSHIPS,
      params: { types: RELATIONSHIP_TYPE_NAMES },
    }),
  ]);
  const nodes = new Map(nodeRows.map((node) => [node.id, node]));
  const links = new Map(linkRows.map((link) => [linkKey(link.from, link.type, link.to, link.source), link]));
  const sameNode = (node: SeedNode, stored: GraphNodeRow) =>
    stored.labels.length === 1 && stored.labels[0] === node.kind && sameProperties(stored.props, node.properties);
  const change = <T, S>(entry: T, stored: S | undefined, same: (entry: T, stored: S) => boolean): Change =>
    stored === undefined ? 'created' : same(entry, stored) ? 'unchanged' : 'updated';
  return {
    nodes: dataset.nodes.map((node) => ({ node, change: change(node, nodes.get(node.id), sameNode) })),
    relationships: dataset.relationships.map((relationship) => {
      const { from, type, to, properties } = relationship;
      const stored = links.get(linkKey(from, type, to, properties.source));
      return { relationship, change: change(properties, stored, (wanted, link) => sameProperties(link.props, wanted)) };
    }),
    removedNodes: 0,
    intoEmpty: false,
    withdrawn: planWithdrawn(dataset, nodes, linkRows),
  };
}
