import type { Executor, Query } from '../db/executor';
import { NODE_KIND_NAMES, RELATIONSHIP_TYPE_NAMES } from '../model';

export interface Count {
  name: string;
  count: number;
}

export interface GraphStats {
  nodes: Count[];
  relationships: Count[];
  totalNodes: number;
  totalRelationships: number;
}

/** Each count is answered from Neo4j's count store; labels and types come from the model. */
const STATS_CYPHER = [
  ...NODE_KIND_NAMES.map(
    (kind) => `MATCH (n:${kind}) WITH count(n) AS count RETURN 'node' AS group, '${kind}' AS name, count`,
  ),
  ...RELATIONSHIP_TYPE_NAMES.map(
    (type) =>
      `MATCH ()-[r:${type}]->() WITH count(r) AS count RETURN 'relationship' AS group, '${type}' AS name, count`,
  ),
].join('\nUNION ALL\n');

/** The statement that counts the graph. */
export const statsQuery = (): Query => ({ name: 'stats', cypher: STATS_CYPHER });

/** Counts nodes by kind and relationships by type, for every kind and type of the model. */
export async function graphStats(executor: Executor): Promise<GraphStats> {
  const rows = await executor.read<Count & { group: string }>(statsQuery());
  const pick = (group: string) => rows.filter((r) => r.group === group).map(({ name, count }) => ({ name, count }));
  const sum = (counts: Count[]) => counts.reduce((total, c) => total + c.count, 0);
  const nodes = pick('node');
  const relationships = pick('relationship');
  return { nodes, relationships, totalNodes: sum(nodes), totalRelationships: sum(relationships) };
}
