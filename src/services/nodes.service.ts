import type { Executor, Query } from '../db/executor';
import { ENTITY_LABEL, RELATIONSHIP_TYPE_NAMES } from '../model';
import { nodeMap, toNodeRecord, type NodeRecord } from './node-record';
import {
  relationshipMap,
  relationshipProps,
  toRelationshipRecord,
  type RelationshipRecord,
} from './relationship-record';

const NODES_BY_IDS = `
UNWIND $ids AS id
MATCH (n:${ENTITY_LABEL} {id: id})
RETURN ${nodeMap('n')} AS node`;

/** The statement that looks nodes up by id. */
export const nodesByIdsQuery = (ids: readonly string[]): Query => ({
  name: 'nodes-by-ids',
  cypher: NODES_BY_IDS,
  params: { ids },
});

/** Looks nodes up by id, in one query; the result follows `ids`, with null for an unknown id. */
export async function nodesByIds(executor: Executor, ids: readonly string[]): Promise<(NodeRecord | null)[]> {
  const rows = await executor.read<{ node: unknown }>(nodesByIdsQuery(ids));
  const byId = new Map(rows.map((row) => toNodeRecord(row.node)).map((node) => [node.id, node]));
  return ids.map((id) => byId.get(id) ?? null);
}

/** Facts about the node, type by type so that each branch is a seek in that type's `about` index. */
const ABOUT_NODE = RELATIONSHIP_TYPE_NAMES.map(
  (type) => `  MATCH ()-[r:${type} {about: id}]->() RETURN r, true AS about`,
).join('\n  UNION ALL\n');

/**
 * The branches return only variables and one projection follows them: projecting in each branch made Neo4j take
 * seconds to plan the statement.
 */
const RELATIONSHIPS_OF = `
UNWIND $ids AS id
CALL (id) {
  MATCH (:${ENTITY_LABEL} {id: id})-[r]-(:${ENTITY_LABEL}) RETURN r, false AS about
  UNION ALL
${ABOUT_NODE}
}
WITH id, r, about, startNode(r) AS start, endNode(r) AS end
WITH id, r, about, CASE WHEN about OR start.id = id THEN start ELSE end END AS a,
     CASE WHEN about OR start.id = id THEN end ELSE start END AS b
WITH id, r, b, CASE WHEN about THEN ${nodeMap('a')} END AS aboutFrom,
     CASE WHEN about OR startNode(r) = a THEN 'OUTGOING' ELSE 'INCOMING' END AS direction
RETURN id, {type: type(r), direction: direction, ownerId: id, node: ${nodeMap('b')}, aboutFrom: aboutFrom,
            props: ${relationshipProps('r')}} AS relationship
ORDER BY r.since IS NULL, r.since DESC, b.name, type(r)`;

/**
 * The facts of the units and bodies under each node (PART_OF, up to two levels), each seen from its unit or body.
 * A fact between two of them comes once, from its start; their PART_OF to the node itself is the node's own fact.
 */
const ADMINISTRATION_RELATIONSHIPS = `
UNWIND $ids AS id
MATCH (:${ENTITY_LABEL} {id: id})<-[:PART_OF*1..2]-(h:${ENTITY_LABEL})
WITH id, collect(DISTINCT h) AS units
UNWIND units AS h
MATCH (h)-[r]-(b:${ENTITY_LABEL})
WHERE b.id <> id AND NOT (b IN units AND startNode(r) <> h)
RETURN id, ${relationshipMap('h', 'r', 'b')} AS relationship
ORDER BY r.since IS NULL, r.since DESC, b.name, type(r)`;

/** The statement for the relationships of nodes: their own and those about them, or those of their administration. */
export const relationshipsQuery = (ids: readonly string[], administration: boolean): Query => ({
  name: administration ? 'administration-relationships' : 'relationships-of-nodes',
  cypher: administration ? ADMINISTRATION_RELATIONSHIPS : RELATIONSHIPS_OF,
  params: { ids },
});

async function groupedRelationships(executor: Executor, ids: readonly string[], administration: boolean) {
  const rows = await executor.read<{ id: string; relationship: unknown }>(relationshipsQuery(ids, administration));
  const byId = new Map<string, RelationshipRecord[]>(ids.map((id) => [id, []]));
  for (const row of rows) byId.get(row.id)?.push(toRelationshipRecord(row.relationship));
  return ids.map((id) => byId.get(id) ?? []);
}

/** Every relationship of each node, and every fact about it, in one query; the result follows `ids`. */
export function relationshipsOfNodes(executor: Executor, ids: readonly string[]): Promise<RelationshipRecord[][]> {
  return groupedRelationships(executor, ids, false);
}

/** The relationships of the units and bodies under each node, each seen from its own unit or body. */
export function administrationRelationships(
  executor: Executor,
  ids: readonly string[],
): Promise<RelationshipRecord[][]> {
  return groupedRelationships(executor, ids, true);
}

const CITIES_OF = `
UNWIND $ids AS id
MATCH path = (:${ENTITY_LABEL} {id: id})-[:PART_OF*1..3]->(city:City)
WITH id, city ORDER BY length(path)
WITH id, collect(city)[0] AS city
RETURN id, ${nodeMap('city')} AS city`;

/** The statement that finds the city each unit or body belongs to. */
export const citiesOfQuery = (ids: readonly string[]): Query => ({
  name: 'cities-of',
  cypher: CITIES_OF,
  params: { ids },
});

/** The city each node belongs to through PART_OF, nearest first; null for one outside any city. */
export async function citiesOf(executor: Executor, ids: readonly string[]): Promise<(NodeRecord | null)[]> {
  const rows = await executor.read<{ id: string; city: unknown }>(citiesOfQuery(ids));
  const byId = new Map(rows.map((row) => [row.id, toNodeRecord(row.city)]));
  return ids.map((id) => byId.get(id) ?? null);
}
