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

export const WRITE_BATCH = 2_000;

export type Progress = (done: number, total: number, what: string) => void;

/** Sets a node's kind label and removes any other kind label it had. */
const writeNodesCypher = (kind: NodeKind) => `
UNWIND $rows AS row
MERGE (n:${ENTITY_LABEL} {id: row.id})
SET n = row.props
${NODE_KIND_NAMES.filter((k) => k !== kind).length > 0 ? `REMOVE n:${NODE_KIND_NAMES.filter((k) => k !== kind).join(':')}` : ''}
SET n:${kind}`;

const writeRelationshipsCypher = (type: string) => `
UNWIND $rows AS row
MATCH (a:${ENTITY_LABEL} {id: row.from})
MATCH (b:${ENTITY_LABEL} {id: row.to})
MERGE (a)-[r:${type} {source: row.props.source}]->(b)
SET r = row.props`;

/** Writes what the plan says changes, in batches, inside the caller's transaction. */
export async function writePlan(tx: ManagedTransaction, plan: Plan, reset: boolean, progress: Progress): Promise<void> {
  if (reset) await runQuery(tx, { name: 'seed-reset', cypher: `MATCH (n:${ENTITY_LABEL}) DETACH DELETE n` });
  const nodes = plan.nodes.filter((n) => n.change !== 'unchanged').map((n) => n.node);
  const relationships = plan.relationships.filter((r) => r.change !== 'unchanged').map((r) => r.relationship);
  let done = 0;
  for (const kind of NODE_KIND_NAMES) {
    const rows = nodes
      .filter((n) => n.kind === kind)
      .map((n) => ({ id: n.id, props: toNeo4jProperties(nodePropertySpecs(kind), n.properties) }));
    for (let i = 0; i < rows.length; i += WRITE_BATCH) {
      const batch = rows.slice(i, i + WRITE_BATCH);
      await runQuery(tx, { name: 'seed-write-nodes', cypher: writeNodesCypher(kind), params: { rows: batch } });
      done += batch.length;
      progress(done, nodes.length, 'nodes');
    }
  }
  done = 0;
  for (const type of RELATIONSHIP_TYPE_NAMES) {
    const rows = relationships
      .filter((r) => r.type === type)
      .map((r) => ({ from: r.from, to: r.to, props: toNeo4jProperties(RELATIONSHIP_PROPERTIES, r.properties) }));
    for (let i = 0; i < rows.length; i += WRITE_BATCH) {
      const batch = rows.slice(i, i + WRITE_BATCH);
      await runQuery(tx, {
        name: 'seed-write-relationships',
        cypher: writeRelationshipsCypher(type),
        params: { rows: batch },
      });
      done += batch.length;
      progress(done, relationships.length, 'relationships');
    }
  }
}
