import { Field, ObjectType } from 'type-graphql';
import { RELATIONSHIP_PROPERTIES, type RelationshipType } from '../../model';
import type { Direction } from '../../db/read';
import { DirectionEnum, RelationshipTypeEnum } from '../enums';
import { declareModelFields } from './model-fields';

/**
 * The properties every fact carries, whichever way it is shown: one field per relationship property of the model,
 * except those naming another node (`source`, `about`), which field resolvers hand out as nodes.
 */
@ObjectType({ simpleResolvers: true })
abstract class FactProperties {
  [property: string]: unknown;
}
declareModelFields(FactProperties.prototype, 'Relationship', RELATIONSHIP_PROPERTIES);

@ObjectType({
  simpleResolvers: true,
  description:
    'A fact: a relationship between two nodes, with its status, dates and the Document that states it. ' +
    'It is seen from `owner`, the node it was reached from; `node` is the other end.',
})
export class Relationship extends FactProperties {
  @Field(() => RelationshipTypeEnum)
  type!: RelationshipType;

  @Field(() => DirectionEnum, {
    description: 'OUTGOING when the relationship points from owner to node; ABOUT when the owner is what it is about.',
  })
  direction!: Direction;
}

@ObjectType({ simpleResolvers: true, description: "A city's membership in an organisation or body." })
export class Membership extends FactProperties {}
