import { LIMITS } from '../config/limits';
import type { ManagedTransaction } from 'neo4j-driver';
import { toNeo4jProperties } from '../db/convert';
import { runQuery } from '../db/executor';
import {
  ENTITY_LABEL,
  NODE_KIND_NAMES,
  nodePropertySpecs,
  RELATIONSHIP_PROPERTIES,
  RELATIONSHIP_TYPE_NAMES,
  type NodeKind,
} from '../model';
import type { Plan } from './plan';

/** Rows per statement: larger batches cost fewer round trips and plans; 10,000 rows stay a few MB per message. */
export const WRITE_BATCH = LIMITS.seedWriteBatch;

export type Progress = (done: number, total: number, what: string) => void;

/** Sets a node's kind label and removes any other kind label it had. */
export const mergeNodesCypher = (kind: NodeKind) => `
UNWIND $rows AS row
MERGE (n:${ENTITY_LABEL} {id: row.id})
SET n = row.props
${NODE_KIND_NAMES.filter((k) => k !== kind).length > 0 ? `REMOVE n:${NODE_KIND_NAMES.filter((k) => k !== kind).join(':')}` : ''}
SET n:${kind}`;

export const mergeRelationshipsCypher = (type: string) => `
UNWIND $rows AS row
MATCH (a:${ENTITY_LABEL} {id: row.from})
MATCH (b:${ENTITY_LABEL} {id: row.to})
MERGE (a)-[r:${type} {source: row.props.source}]->(b)
SET r = row.props`;

/*
 * Into an empty graph (after --reset's delete, or on a first load), validation has refused duplicate ids and duplicate relationships,
 * so CREATE writes the same graph as MERGE without first looking for what is there: no label juggling on nodes,
 * and no expansion over the relationships already between the two ends (in the benchmark, a fifth to a quarter of
 * the relationship write time).
 */
export const createNodesCypher = (kind: NodeKind) => `
UNWIND $rows AS row
CREATE (n:${ENTITY_LABEL}:${kind})
SET n = row.props`;

export const createRelationshipsCypher = (type: string) => `
UNWIND $rows AS row
MATCH (a:${ENTITY_LABEL} {id: row.from})
MATCH (b:${ENTITY_LABEL} {id: row.to})
CREATE (a)-[r:${type}]->(b)
SET r = row.props`;

/** Sends groups of rows, each group's statement in batches, reporting progress over all of them. */
async function writeGroups(
  tx: ManagedTransaction,
  groups: { cypher: string; rows: unknown[] }[],
  name: string,
  what: string,
  progress: Progress,
): Promise<void> {
  const total = groups.reduce((sum, group) => sum + group.rows.length, 0);
  let done = 0;
  for (const { cypher, rows } of groups) {
    for (let i = 0; i < rows.length; i += WRITE_BATCH) {
      const batch = rows.slice(i, i + WRITE_BATCH);
      await runQuery(tx, { name, cypher, params: { rows: batch } });
      done += batch.length;
      progress(done, total, what);
    }
  }
}

function groupBy<T, K>(items: T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}

const deleteLinksCypher = `
UNWIND $rows AS row
MATCH (:${ENTITY_LABEL} {id: row.from})-[r {source: $source}]->(:${ENTITY_LABEL} {id: row.to})
WHERE type(r) = row.type
DELETE r`;

const deleteNodesCypher = `
UNWIND $ids AS id
MATCH (n:${ENTITY_LABEL} {id: id})
DETACH DELETE n`;

/** Writes what the plan says changes, in batches, inside the caller's transaction. */
export async function writePlan(tx: ManagedTransaction, plan: Plan, reset: boolean, progress: Progress): Promise<void> {
  if (reset) await runQuery(tx, { name: 'seed-reset', cypher: `MATCH (n:${ENTITY_LABEL}) DETACH DELETE n` });
  const nodesByKind = groupBy(
    plan.nodes.filter((n) => n.change !== 'unchanged').map((n) => n.node),
    (n) => n.kind,
  );
  const relationshipsByType = groupBy(
    plan.relationships.filter((r) => r.change !== 'unchanged').map((r) => r.relationship),
    (r) => r.type,
  );
  const nodeGroups = NODE_KIND_NAMES.map((kind) => {
    const specs = nodePropertySpecs(kind);
    return {
      cypher: (plan.intoEmpty ? createNodesCypher : mergeNodesCypher)(kind),
      rows: (nodesByKind.get(kind) ?? []).map((n) => ({ id: n.id, props: toNeo4jProperties(specs, n.properties) })),
    };
  });
  const relationshipGroups = RELATIONSHIP_TYPE_NAMES.map((type) => ({
    cypher: (plan.intoEmpty ? createRelationshipsCypher : mergeRelationshipsCypher)(type),
    rows: (relationshipsByType.get(type) ?? []).map((r) => ({
      from: r.from,
      to: r.to,
      props: toNeo4jProperties(RELATIONSHIP_PROPERTIES, r.properties),
    })),
  }));
  const { withdrawn } = plan;
  if (withdrawn.links.length > 0) {
    await runQuery(tx, {
      name: 'seed-withdraw-links',
      cypher: deleteLinksCypher,
      params: { rows: withdrawn.links, source: withdrawn.source },
    });
  }
  if (withdrawn.nodes.length > 0) {
    await runQuery(tx, {
      name: 'seed-withdraw-nodes',
      cypher: deleteNodesCypher,
      params: { ids: withdrawn.nodes.map((n) => n.id) },
    });
  }
  await writeGroups(tx, nodeGroups, 'seed-write-nodes', 'nodes', progress);
  await writeGroups(tx, relationshipGroups, 'seed-write-relationships', 'relationships', progress);
}
