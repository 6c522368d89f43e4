import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, InputType } from 'type-graphql';
import { COMMON_NODE_PROPERTIES, RELATIONSHIP_PROPERTIES, type NodeKind, type RelationshipType } from '../../model';
import { NodeKindEnum, RelationshipTypeEnum } from '../enums';
import { declareModelInputFields } from '../types/model-fields';

/*
 * The inputs carry one field per property of the model (COMMON_NODE_PROPERTIES for nodes, RELATIONSHIP_PROPERTIES
 * for facts): a property added there can be set here, with its type and description.
 */

/** The common properties a change may name: all but the id, which names the node. */
const CHANGEABLE_NODE_PROPERTIES = Object.fromEntries(
  Object.entries(COMMON_NODE_PROPERTIES).filter(([name]) => name !== 'id'),
);

/** What a curator may set on any node besides its common properties: those of its kind. */
@InputType()
abstract class KindPropertiesInput {
  [property: string]: unknown;

  @Field(() => GraphQLJSONObject, {
    nullable: true,
    description: 'Kind-specific properties, e.g. {"state": "Hessen"}.',
  })
  properties?: Record<string, unknown>;
}

@InputType({ description: 'A new node.' })
export class CreateEntityInput extends KindPropertiesInput {
  @Field(() => NodeKindEnum)
  kind!: NodeKind;

  id!: string;
}
declareModelInputFields(CreateEntityInput.prototype, 'Node', COMMON_NODE_PROPERTIES, true);

@InputType({ description: 'Changes to a node; fields left out stay as they are, a property set to null is removed.' })
export class UpdateEntityInput extends KindPropertiesInput {}
declareModelInputFields(UpdateEntityInput.prototype, 'Node', CHANGEABLE_NODE_PROPERTIES, false);

@InputType({
  description:
    'A fact between two nodes, named by (from, type, to, source). Linking a fact that exists changes it: ' +
    'properties left out stay as they are, a property set to null is removed (or set to its default).',
})
export class LinkInput {
  [property: string]: unknown;

  @Field(() => ID)
  from!: string;

  @Field(() => RelationshipTypeEnum)
  type!: RelationshipType;

  @Field(() => ID)
  to!: string;

  source!: string;
}
declareModelInputFields(LinkInput.prototype, 'Relationship', RELATIONSHIP_PROPERTIES, true);
