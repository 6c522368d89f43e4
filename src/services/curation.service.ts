import type { ManagedTransaction } from 'neo4j-driver';
import { toNeo4jProperties } from '../db/convert';
import { recordChange } from '../db/change-log';
import { runQuery, type Executor } from '../db/executor';
import { badInput, notFound } from '../errors/app-error';
import {
  checkEndpoints,
  checkNodeProperties,
  checkRelationshipProperties,
  ENTITY_LABEL,
  isNodeKind,
  isRelationshipType,
  nodePropertySpecs,
  RELATIONSHIP_PROPERTIES,
  relationshipKey,
  type FieldProblem,
  type NodeKind,
  type PropertySpec,
  type RelationshipType,
  type Status,
} from '../model';
import { evidenceProblems } from '../seeding/fact-rules';
import {
  type CommonNodeValues,
  nodeMap,
  type NodeRecord,
  relationshipMap,
  relationshipProps,
  type RelationshipRecord,
  toNodeRecord,
  toRelationshipRecord,
} from '../db/read';
import type { PaperTexts } from './passage.service';

/** A curator's values for a node's common properties (COMMON_NODE_PROPERTIES) and its kind's; null removes one. */
export type EntityInput = { [K in keyof CommonNodeValues]?: CommonNodeValues[K] | null } & {
  /** Kind-specific properties, e.g. { state: "Hessen" } for a City; null removes one. */
  properties?: Record<string, unknown> | null;
};

/**
 * A fact named by (from, type, to, source), with values for any property of RELATIONSHIP_PROPERTIES: left out, a
 * property keeps what the fact has; null removes it (or sets its default). The values are checked by the model.
 */
export type LinkInput = { from: string; type: RelationshipType; to: string; source: string } & Record<string, unknown>;

function refuse(problems: FieldProblem[], what: string): void {
  if (problems.length === 0) return;
  const list = problems.map((p) => (p.field ? `${p.field}: ${p.message}` : p.message)).join('; ');
  throw badInput(`${what} breaks the model's rules: ${list}`, { problems });
}

/** The values a change names: those left out (undefined) are not among them, a null is. */
function named(values: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined));
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
  const { properties, ...common } = input;
  const props = present({ ...properties, ...common, id });
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
    const { properties, ...common } = input;
    const { kind, properties: stored, ...current } = node;
    const props = present({ ...stored, ...properties, ...current, ...named(common), id });
    if (Array.isArray(props.aliases) && props.aliases.length === 0) delete props.aliases;
    refuse(checkNodeProperties(kind, props), `The changed ${kind}`);
    const [row] = await runQuery<{ node: unknown }>(tx, {
      name: 'update-entity',
      cypher: `MATCH (n:${ENTITY_LABEL} {id: $id}) SET n = $props RETURN ${nodeMap('n')} AS node`,
      params: { id, props: toNeo4jProperties(nodePropertySpecs(kind), props) },
    });
    const after = JSON.stringify({ kind, ...props });
    await recordChange(tx, { curator, operation: 'updateEntity', target: id, source: null, after });
    return toNodeRecord(row!.node);
  });
}

const STATED_RELATIONSHIP = (type: RelationshipType) => `
MATCH (:${ENTITY_LABEL} {id: $from})-[r:${type} {source: $source}]->(:${ENTITY_LABEL} {id: $to})
RETURN ${relationshipProps('r')} AS props`;

/** Sets the properties `$changes` names (a null removes one) and leaves every other as it is. */
const MERGE_RELATIONSHIP = (type: RelationshipType) => `
MATCH (a:${ENTITY_LABEL} {id: $from}), (b:${ENTITY_LABEL} {id: $to})
MERGE (a)-[r:${type} {source: $source}]->(b)
SET r += $changes
RETURN ${relationshipMap('a', 'r', 'b')} AS relationship`;

/**
 * Links two nodes with a fact that names its source Document, or changes the fact (from, type, to, source) that
 * exists: the properties the input names are set, every other stays. The fact as it then stands is held to the same
 * rules as a seed file's (the model's, the phrasing rules, its quote in the source's text), with the same messages.
 */
export async function link(
  executor: Executor,
  curator: string,
  input: LinkInput,
  texts: PaperTexts,
): Promise<RelationshipRecord> {
  if (!isRelationshipType(input.type)) throw badInput(`Unknown relationship type "${String(input.type)}"`);
  const { from, type, to, ...given } = input;
  const changes = named(given);
  return executor.transaction('WRITE', 'link', async (tx) => {
    const [a, b, source] = [await findNode(tx, from), await findNode(tx, to), await findNode(tx, input.source)];
    if (source.kind !== 'Document') {
      refuse(
        [{ field: 'source', message: `"${source.id}" is not a Document but a ${source.kind}` }],
        'The relationship',
      );
    }
    if (typeof changes.about === 'string') await findNode(tx, changes.about);
    const [existing] = await runQuery<{ props: Record<string, unknown> }>(tx, {
      name: 'link-stated',
      cypher: STATED_RELATIONSHIP(type),
      params: { from, to, source: input.source },
    });
    const props = withDefaults(present({ ...existing?.props, ...changes }));
    // What the input names, and the defaults a new fact gets, are written; every other property stays as it is.
    for (const name of Object.keys(props)) if (name in changes || !existing?.props[name]) changes[name] = props[name];
    refuse(checkRelationshipProperties(props), 'The relationship');
    const endpoints = checkEndpoints(type, a.kind, b.kind);
    const text = texts.text(source.id);
    refuse(
      [
        ...(endpoints ? [{ field: 'type', message: endpoints }] : []),
        ...evidenceProblems(
          type,
          props as { status: Status; evidence?: string },
          text === null ? null : { id: source.id, text, file: String(source.properties.file ?? source.id) },
        ),
      ],
      'The relationship',
    );
    const [row] = await runQuery<{ relationship: unknown }>(tx, {
      name: 'link',
      cypher: MERGE_RELATIONSHIP(type),
      params: { from, to, source: input.source, changes: toNeo4jProperties(RELATIONSHIP_PROPERTIES, changes) },
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

/** The model's defaults (e.g. status ACTIVE) for the properties `props` lacks. */
function withDefaults(props: Record<string, unknown>): Record<string, unknown> {
  const defaults = Object.entries(RELATIONSHIP_PROPERTIES as Record<string, PropertySpec>).filter(
    ([name, spec]) => spec.default !== undefined && props[name] === undefined,
  );
  return { ...Object.fromEntries(defaults.map(([name, spec]) => [name, spec.default])), ...props };
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
