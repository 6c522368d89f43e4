import { Field, InterfaceType } from 'type-graphql';
import { COMMON_NODE_PROPERTIES, type NodeKind } from '../../model';
import type { NodeRecord } from '../../db/read';
import { NodeKindEnum } from '../enums';
import { declareModelFields } from './model-fields';

/** A node as GraphQL resolves it: the record's own properties flattened beside the common ones. */
export type NodeView = Record<string, unknown> & Omit<NodeRecord, 'properties'>;

export function toNodeView(record: NodeRecord): NodeView {
  const { properties, ...common } = record;
  return { ...properties, ...common };
}

/** Anything in the graph: one field per property the model gives every node (COMMON_NODE_PROPERTIES), and its kind. */
@InterfaceType('Node', {
  description: 'Anything in the graph: a city, organisation, unit, role, body, standard, project, paper or topic.',
})
export abstract class NodeInterface {
  [property: string]: unknown;

  @Field(() => NodeKindEnum)
  kind!: NodeKind;
}
declareModelFields(NodeInterface.prototype, 'Node', COMMON_NODE_PROPERTIES);
