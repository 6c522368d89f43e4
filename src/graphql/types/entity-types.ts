import { ObjectType, type ClassType } from 'type-graphql';
import { NODE_KIND_NAMES, NODE_KINDS, type NodeKind } from '../../model';
import { declareModelFields } from './model-fields';
import { NodeInterface } from './node.type';

/** The object type of one node kind, with a field for each of the kind's own properties in the model. */
function entityType(kind: NodeKind): ClassType {
  // A computed key names the class after the kind, which type-graphql's errors and the debugger show.
  const type = { [kind]: class extends NodeInterface {} }[kind]!;
  declareModelFields(type.prototype, kind, NODE_KINDS[kind].properties);
  ObjectType(kind, { implements: NodeInterface, simpleResolvers: true, description: NODE_KINDS[kind].description })(
    type,
  );
  return type;
}

/** The object type of every node kind, derived from the model: a kind or property added there appears here. */
export const ENTITY_TYPE_BY_KIND = Object.fromEntries(
  NODE_KIND_NAMES.map((kind) => [kind, entityType(kind)]),
) as Record<NodeKind, ClassType>;

/** Every object type implementing Node, for the schema's orphaned types. */
export const ENTITY_TYPES = Object.values(ENTITY_TYPE_BY_KIND);

export const City = ENTITY_TYPE_BY_KIND.City;
export const Document = ENTITY_TYPE_BY_KIND.Document;
export const OrgUnit = ENTITY_TYPE_BY_KIND.OrgUnit;
export const Body = ENTITY_TYPE_BY_KIND.Body;
