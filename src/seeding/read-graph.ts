import type { ManagedTransaction } from 'neo4j-driver';
import { runQuery } from '../db/executor';
import { kindOf, nodeProperties, relationshipProps, toProperties } from '../db/read';
import { ENTITY_LABEL, RELATIONSHIP_TYPE_NAMES, type NodeKind, type RelationshipType } from '../model';
import type { PropertyValue } from './dataset';

export interface GraphNode {
  kind: NodeKind;
  id: string;
  properties: Record<string, PropertyValue>;
}

export interface GraphRelationship {
  type: RelationshipType;
  from: string;
  to: string;
  properties: Record<string, string>;
}

/** What the graph holds, in the dataset's terms: properties as the files write them, dates as text as precise as stored. */
export interface GraphSnapshot {
  nodes: GraphNode[];
  relationships: GraphRelationship[];
}

const READ_NODES = `
MATCH (n:${ENTITY_LABEL})
RETURN ${kindOf('n')} AS kind, ${nodeProperties('n')} AS props
ORDER BY n.id`;

const READ_RELATIONSHIPS = `
MATCH (a:${ENTITY_LABEL})-[r]->(b:${ENTITY_LABEL})
WHERE type(r) IN $types
RETURN type(r) AS type, a.id AS from, b.id AS to, ${relationshipProps('r')} AS props
ORDER BY from, type, to, r.source`;

/** Reads every node and relationship of the model's kinds and types from the graph. */
export async function readGraph(tx: ManagedTransaction): Promise<GraphSnapshot> {
  const nodes = await runQuery<{ kind: NodeKind; props: unknown }>(tx, {
    name: 'read-graph-nodes',
    cypher: READ_NODES,
  });
  const relationships = await runQuery<{ type: RelationshipType; from: string; to: string; props: unknown }>(tx, {
    name: 'read-graph-relationships',
    cypher: READ_RELATIONSHIPS,
    params: { types: RELATIONSHIP_TYPE_NAMES },
  });
  return {
    nodes: nodes.map((row) => {
      const properties = toProperties(row.props) as Record<string, PropertyValue>;
      return { kind: row.kind, id: properties.id as string, properties };
    }),
    relationships: relationships.map((row) => ({
      type: row.type,
      from: row.from,
      to: row.to,
      properties: toProperties(row.props) as Record<string, string>,
    })),
  };
}
