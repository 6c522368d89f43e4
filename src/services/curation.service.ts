import type { ManagedTransaction } from 'neo4j-driver';
import { toNeo4jProperties } from '../db/convert';
import { recordChange } from '../db/change-log';
import { runQuery, type Executor } from '../db/executor';
import { badInput, notFound } from '../errors/app-error';
import {
  checkEndpoints,
  checkNodeProperties,
  checkRelationshipProperties,
  DEFAULT_STATUS,
  ENTITY_LABEL,
  isNodeKind,
  isRelationshipType,
  nodePropertySpecs,
  RELATIONSHIP_PROPERTIES,
  relationshipKey,
  type FieldProblem,
  type NodeKind,
  type RelationshipType,
} from '../model';
import { nodeMap, toNodeRecord, type NodeRecord } from './node-record';
import { relationshipMap, toRelationshipRecord, type RelationshipRecord } from './relationship-record';

export interface EntityInput {
  name?: string;
  aliases?: string[] | null;
  description?: string | null;
  /** Kind-specific properties, e.g. { state: "Hessen" } for a City; null removes one. */
  properties?: Record<string, unknown> | null;
}

export interface LinkInput {
  from: string;
  type: RelationshipType;
  to: string;
  source: string;
  status?: string | null;
  since?: string | null;
  until?: string | null;
  evidence?: string | null;
  role?: string | null;
  about?: string | null;
}

function refuse(problems: FieldProblem[], what: string): void {
  if (problems.length === 0) return;
  const list = problems.map((p) => (p.field ? `${p.field}: ${p.message}` : p.message)).join('; ');
  throw badInput(`${what} breaks the model's rules: ${list}`, { problems });
}

/** Drops absent values, so that `SET n = $props` stores only what is there. */
function present(values: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined && v !== null));
}

const CREATE_NODE = (kind: NodeKind) => `
CREATE (n:${ENTITY_LABEL}:${kind})
SET n = $props
RETURN ${nodeMap('n')} AS node`;

/** Creates a node after checking it against the same model rules as seeding; an existing id is a CONFLICT. */
export async function createEntity(
  executor: Executor,
  curator: string,
  kind: NodeKind,
  id: string,
  input: EntityInput,
): Promise<NodeRecord> {
  if (!isNodeKind(kind)) throw badInput(`Unknown kind "${String(kind)}"`);
  const props = present({
    ...input.properties,
    id,
    name: input.name,
    aliases: input.aliases,
    description: input.description,
  });
  refuse(checkNodeProperties(kind, props), `The new ${kind}`);
  return executor.transaction('WRITE', 'create-entity', async (tx) => {
    const [row] = await runQuery<{ node: unknown }>(tx, {
      name: 'create-entity',
      cypher: CREATE_NODE(kind),
      params: { props: toNeo4jProperties(nodePropertySpecs(kind), props) },
    });
    const after = JSON.stringify({ kind, ...props });
    await recordChange(tx, { curator, operation: 'createEntity', target: id, source: null, after });
    return toNodeRecord(row!.node);
  });
}

async function findNode(tx: ManagedTransaction, id: string): Promise<NodeRecord> {
  const [row] = await runQuery<{ node: unknown }>(tx, {
    name: 'find-node',
    cypher: `MATCH (n:${ENTITY_LABEL} {id: $id}) RETURN ${nodeMap('n')} AS node`,
    params: { id },
  });
  if (!row) throw notFound(`No node has the id "${id}"`);
  return toNodeRecord(row.node);
}

/** Changes a node's name, aliases, description or properties, checked by the model rules; the id stays. */
export async function updateEntity(
  executor: Executor,
  curator: string,
  id: string,
  input: EntityInput,
): Promise<NodeRecord> {
  return executor.transaction('WRITE', 'update-entity', async (tx) => {
    const node = await findNode(tx, id);
    const props = present({
      ...node.properties,
      ...input.properties,
      id,
      name: input.name ?? node.name,
      aliases: input.aliases === undefined ? node.aliases : input.aliases,
      description: input.description === undefined ? node.description : input.description,
    });
    if (Array.isArray(props.aliases) && props.aliases.length === 0) delete props.aliases;
    refuse(checkNodeProperties(node.kind, props), `The changed ${node.kind}`);
    const [row] = await runQuery<{ node: unknown }>(tx, {
      name: 'update-entity',
      cypher: `MATCH (n:${ENTITY_LABEL} {id: $id}) SET n = $props RETURN ${nodeMap('n')} AS node`,
      params: { id, props: toNeo4jProperties(nodePropertySpecs(node.kind), props) },
    });
    const after = JSON.stringify({ kind: node.kind, ...props });
    await recordChange(tx, { curator, operation: 'updateEntity', target: id, source: null, after });
    return toNodeRecord(row!.node);
  });
}

const MERGE_RELATIONSHIP = (type: RelationshipType) => `
MATCH (a:${ENTITY_LABEL} {id: $from}), (b:${ENTITY_LABEL} {id: $to})
MERGE (a)-[r:${type} {source: $props.source}]->(b)
SET r = $props
RETURN ${relationshipMap('a', 'r', 'b')} AS relationship`;

/** Links two nodes with a fact that names its source Document, checked by the same rules as seeding. */
export async function link(executor: Executor, curator: string, input: LinkInput): Promise<RelationshipRecord> {
  if (!isRelationshipType(input.type)) throw badInput(`Unknown relationship type "${String(input.type)}"`);
  const { from, type, to, ...rest } = input;
  const props = present({ ...rest, status: rest.status ?? DEFAULT_STATUS });
  refuse(checkRelationshipProperties(props), 'The relationship');
  return executor.transaction('WRITE', 'link', async (tx) => {
    const [a, b, source] = [await findNode(tx, from), await findNode(tx, to), await findNode(tx, input.source)];
    if (source.kind !== 'Document') throw badInput(`The source "${source.id}" is not a Document but a ${source.kind}`);
    if (input.about) await findNode(tx, input.about);
    refuse(
      [checkEndpoints(type, a.kind, b.kind)].filter((m): m is string => m !== null).map((message) => ({ message })),
      'The relationship',
    );
    const [row] = await runQuery<{ relationship: unknown }>(tx, {
      name: 'link',
      cypher: MERGE_RELATIONSHIP(type),
      params: { from, to, props: toNeo4jProperties(RELATIONSHIP_PROPERTIES, props) },
    });
    await recordChange(tx, {
      curator,
      operation: 'link',
      target: relationshipKey({ from, type, to, properties: input }),
      source: input.source,
      after: JSON.stringify({ from, type, to, ...props }),
    });
    return toRelationshipRecord(row!.relationship);
  });
}

/** Removes the fact (from, type, to, source); returns whether there was one. */
export async function unlink(
  executor: Executor,
  curator: string,
  from: string,
  type: RelationshipType,
  to: string,
  source: string,
): Promise<boolean> {
  if (!isRelationshipType(type)) throw badInput(`Unknown relationship type "${String(type)}"`);
  return executor.transaction('WRITE', 'unlink', async (tx) => {
    const [row] = await runQuery<{ deleted: number }>(tx, {
      name: 'unlink',
      cypher: `MATCH (:${ENTITY_LABEL} {id: $from})-[r:${type} {source: $source}]->(:${ENTITY_LABEL} {id: $to})
               DELETE r RETURN count(*) AS deleted`,
      params: { from, to, source },
    });
    const deleted = (row?.deleted ?? 0) > 0;
    if (deleted) {
      const target = relationshipKey({ from, type, to, properties: { source } });
      await recordChange(tx, { curator, operation: 'unlink', target, source, after: null });
    }
    return deleted;
  });
}
