import { GraphQLLocalDate } from 'graphql-scalars';
import { Field, ObjectType } from 'type-graphql';
import type { RelationshipType, Status } from '../../model';
import type { Direction } from '../../services/relationship-record';
import { DirectionEnum, RelationshipTypeEnum, StatusEnum } from '../enums';

/** The properties every fact carries, whichever way it is shown. */
@ObjectType({ simpleResolvers: true })
abstract class FactProperties {
  @Field(() => StatusEnum)
  status!: Status;

  @Field(() => GraphQLLocalDate, { nullable: true })
  since!: string | null;

  @Field(() => GraphQLLocalDate, { nullable: true })
  until!: string | null;

  @Field(() => String, { nullable: true, description: 'A short quote from the source, in its language.' })
  evidence!: string | null;

  @Field(() => String, { nullable: true, description: 'The capacity, e.g. "Vice Chair".' })
  role!: string | null;

  @Field(() => String, { nullable: true, description: "What is asked, required or applied for, in the paper's words." })
  task!: string | null;

  @Field(() => String, { nullable: true, description: 'How often it recurs, e.g. "halbjährlich".' })
  interval!: string | null;
}

@ObjectType({
  simpleResolvers: true,
  description:
    'A fact: a relationship between two nodes, with its status, dates and the Document that states it. ' +
    'It is seen from `owner`, the node it was reached from; `node` is the other end. A node also sees the facts ' +
    'about it (e.g. the OZG sees two cities cooperating on it): those have `aboutOwner` true, `from` and `to` as ' +
    'their two ends, and `node` the end node.',
})
export class Relationship extends FactProperties {
  @Field(() => RelationshipTypeEnum)
  type!: RelationshipType;

  @Field(() => DirectionEnum, {
    description: 'OUTGOING when the relationship points from owner to node (always, when aboutOwner).',
  })
  direction!: Direction;
}

@ObjectType({ simpleResolvers: true, description: "A city's membership in an organisation or body." })
export class Membership extends FactProperties {}
