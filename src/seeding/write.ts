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
  storedPropertyNames,
} from '../model';
import type { SeedNode, SeedRelationship } from './dataset';
import type { Plan } from './plan';

/** Rows per statement: larger batches cost fewer round trips and plans; 10,000 rows stay a few MB per message. */
export const WRITE_BATCH = LIMITS.seedWriteBatch;

export type Progress = (done: number, total: number, what: string) => void;

/*
 * One statement for the nodes of every kind and one for the relationships of every type, the kind and the type
 * taken from the row (Neo4j's dynamic labels and types, `$(…)`): a load plans two statements, not one per kind and
 * type (planning fifty statements took longer than writing the register). A row is a list of values in the order
 * of the model's property names, not a map: the names are not sent again with every row, and a missing value is
 * null, which leaves the property out as a map without it does.
 */
const NODE_KEYS = [...new Set(NODE_KIND_NAMES.flatMap((kind) => storedPropertyNames(nodePropertySpecs(kind))))];
const RELATIONSHIP_KEYS = storedPropertyNames(RELATIONSHIP_PROPERTIES);

/** The map `{name: row[offset], …}` of a row's values, in the order of `keys`. */
const rowMap = (keys: readonly string[], offset: number) =>
  `{${keys.map((key, i) => `\`${key}\`: row[${i + offset}]`).join(', ')}}`;

const NODE_ID = `row[${1 + NODE_KEYS.indexOf('id')}]`;
const RELATIONSHIP_SOURCE = `row[${3 + RELATIONSHIP_KEYS.indexOf('source')}]`;

/** Sets a node's properties and kind label, and removes any other kind label it had. */
export const MERGE_NODES_CYPHER = `
UNWIND $rows AS row
MERGE (n:${ENTITY_LABEL} {id: ${NODE_ID}})
SET n = ${rowMap(NODE_KEYS, 1)}
REMOVE n:${NODE_KIND_NAMES.join(':')}
SET n:$(row[0])`;

export const MERGE_RELATIONSHIPS_CYPHER = `
UNWIND $rows AS row
MATCH (a:${ENTITY_LABEL} {id: row[1]})
MATCH (b:${ENTITY_LABEL} {id: row[2]})
MERGE (a)-[r:$(row[0]) {source: ${RELATIONSHIP_SOURCE}}]->(b)
SET r = ${rowMap(RELATIONSHIP_KEYS, 3)}`;

/*
 * Into an empty graph (after --reset's delete, or on a first load), validation has refused duplicate ids and duplicate relationships,
 * so CREATE writes the same graph as MERGE without first looking for what is there: no label juggling on nodes,
 * and no expansion over the relationships already between the two ends (in the benchmark, a fifth to a quarter of
 * the relationship write time).
 */
export const CREATE_NODES_CYPHER = `
UNWIND $rows AS row
CREATE (n:${ENTITY_LABEL}:$(row[0]) ${rowMap(NODE_KEYS, 1)})
RETURN ${NODE_ID} AS id, elementId(n) AS element`;

/*
 * The ends are the nodes just created, found by the element ids their CREATE returned rather than through the id
 * index: after --reset's delete in the same transaction, every index lookup also searches the transaction's removed
 * entries, and the relationships of the register took twenty times as long as into an empty graph.
 */
export const CREATE_RELATIONSHIPS_CYPHER = `
UNWIND $rows AS row
MATCH (a) WHERE elementId(a) = row[1]
MATCH (b) WHERE elementId(b) = row[2]
CREATE (a)-[r:$(row[0]) ${rowMap(RELATIONSHIP_KEYS, 3)}]->(b)`;

/** The labels and types a row may name: the model's, and nothing that reached a row some other way. */
const KINDS: ReadonlySet<string> = new Set(NODE_KIND_NAMES);
const TYPES: ReadonlySet<string> = new Set(RELATIONSHIP_TYPE_NAMES);

function allowed(set: ReadonlySet<string>, name: string, what: string): string {
  if (!set.has(name)) throw new Error(`Not a ${what} of the model: ${JSON.stringify(name.slice(0, 80))}`);
  return name;
}

/** A node as the statements take it: its kind, then its values in the order of NODE_KEYS. */
const nodeRow = (node: SeedNode): unknown[] => {
  const props = toNeo4jProperties(nodePropertySpecs(node.kind), node.properties);
  return [allowed(KINDS, node.kind, 'node kind'), ...NODE_KEYS.map((key) => props[key] ?? null)];
};

/** A relationship as the statements take it: its type and ends, then its values in the order of RELATIONSHIP_KEYS. */
const relationshipRow = (r: SeedRelationship): unknown[] => {
  const props = toNeo4jProperties(RELATIONSHIP_PROPERTIES, r.properties);
  return [
    allowed(TYPES, r.type, 'relationship type'),
    r.from,
    r.to,
    ...RELATIONSHIP_KEYS.map((key) => props[key] ?? null),
  ];
};

/**
 * Sends the rows in batches without waiting for each to finish: Neo4j runs a transaction's statements in the order
 * they arrive, so the next batch is packed while the last one is written. Progress is reported as each finishes.
 */
function writeBatches(
  tx: ManagedTransaction,
  cypher: string,
  rows: unknown[][],
  name: string,
  what: string,
  progress: Progress,
): Promise<Record<string, unknown>[]>[] {
  const sent: Promise<Record<string, unknown>[]>[] = [];
  let done = 0;
  for (let i = 0; i < rows.length; i += WRITE_BATCH) {
    const batch = rows.slice(i, i + WRITE_BATCH);
    sent.push(
      runQuery(tx, { name, cypher, params: { rows: batch } }).then((result) => {
        done += batch.length;
        progress(done, rows.length, what);
        return result;
      }),
    );
  }
  return sent;
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
  const nodes = plan.nodes.filter((n) => n.change !== 'unchanged').map((n) => nodeRow(n.node));
  const relationships = plan.relationships
    .filter((r) => r.change !== 'unchanged')
    .map((r) => relationshipRow(r.relationship));
  if (!plan.intoEmpty) {
    await Promise.all([
      ...writeBatches(tx, MERGE_NODES_CYPHER, nodes, 'seed-write-nodes', 'nodes', progress),
      ...writeBatches(
        tx,
        MERGE_RELATIONSHIPS_CYPHER,
        relationships,
        'seed-write-relationships',
        'relationships',
        progress,
      ),
    ]);
    return;
  }
  const created = await Promise.all(
    writeBatches(tx, CREATE_NODES_CYPHER, nodes, 'seed-write-nodes', 'nodes', progress),
  );
  const element = new Map(created.flat().map((row) => [row.id as string, row.element as string]));
  for (const row of relationships) [row[1], row[2]] = [element.get(row[1] as string), element.get(row[2] as string)];
  await Promise.all(
    writeBatches(tx, CREATE_RELATIONSHIPS_CYPHER, relationships, 'seed-write-relationships', 'relationships', progress),
  );
}
