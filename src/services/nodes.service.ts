import type { Executor } from '../db/executor';
import { ENTITY_LABEL } from '../model';
import { nodeMap, toNodeRecord, type NodeRecord } from './node-record';
import { relationshipMap, toRelationshipRecord, type RelationshipRecord } from './relationship-record';

const NODES_BY_IDS = `
UNWIND $ids AS id
MATCH (n:${ENTITY_LABEL} {id: id})
RETURN ${nodeMap('n')} AS node`;

/** Looks nodes up by id, in one query; the result follows `ids`, with null for an unknown id. */
export async function nodesByIds(executor: Executor, ids: readonly string[]): Promise<(NodeRecord | null)[]> {
  const rows = await executor.read<{ node: unknown }>({ name: 'nodes-by-ids', cypher: NODES_BY_IDS, params: { ids } });
  const byId = new Map(rows.map((row) => toNodeRecord(row.node)).map((node) => [node.id, node]));
  return ids.map((id) => byId.get(id) ?? null);
}

const RELATIONSHIPS_OF = `
UNWIND $ids AS id
MATCH (a:${ENTITY_LABEL} {id: id})-[r]-(b:${ENTITY_LABEL})
RETURN ${relationshipMap('a', 'r', 'b')} AS relationship
ORDER BY coalesce(r.since, date('9999-12-31')) DESC, type(r), b.name`;

/** Every relationship of each node, in one query; the result follows `ids`. */
export async function relationshipsOfNodes(
  executor: Executor,
  ids: readonly string[],
): Promise<RelationshipRecord[][]> {
  const rows = await executor.read<{ relationship: unknown }>({
    name: 'relationships-of-nodes',
    cypher: RELATIONSHIPS_OF,
    params: { ids },
  });
  const byOwner = new Map<string, RelationshipRecord[]>(ids.map((id) => [id, []]));
  for (const row of rows) {
    const record = toRelationshipRecord(row.relationship);
    byOwner.get(record.ownerId)?.push(record);
  }
  return ids.map((id) => byOwner.get(id) ?? []);
}
