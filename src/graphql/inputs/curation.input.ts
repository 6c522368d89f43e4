import { GraphQLJSONObject, GraphQLLocalDate, GraphQLNonEmptyString } from 'graphql-scalars';
import { Field, ID, InputType } from 'type-graphql';
import type { NodeKind, RelationshipType, Status } from '../../model';
import { NodeKindEnum, RelationshipTypeEnum, StatusEnum } from '../enums';

/** What a curator may set on any node besides its kind, id and name. */
@InputType()
abstract class EntityFieldsInput {
  @Field(() => [String], { nullable: true })
  aliases?: string[];

  @Field(() => String, { nullable: true })
  description?: string;

  @Field(() => GraphQLJSONObject, {
    nullable: true,
    description: 'Kind-specific properties, e.g. {"state": "Hessen"}.',
  })
  properties?: Record<string, unknown>;
}

@InputType({ description: 'A new node.' })
export class CreateEntityInput extends EntityFieldsInput {
  @Field(() => NodeKindEnum)
  kind!: NodeKind;

  @Field(() => ID, { description: 'Lower-case words joined by "-", unique in the graph.' })
  id!: string;

  @Field(() => GraphQLNonEmptyString)
  name!: string;
}

@InputType({ description: 'Changes to a node; fields left out stay as they are, a property set to null is removed.' })
export class UpdateEntityInput extends EntityFieldsInput {
  @Field(() => GraphQLNonEmptyString, { nullable: true })
  name?: string;
}

@InputType({ description: 'A fact between two nodes; `source` (a Document id) is required.' })
export class LinkInput {
  @Field(() => ID)
  from!: string;

  @Field(() => RelationshipTypeEnum)
  type!: RelationshipType;

  @Field(() => ID)
  to!: string;

  @Field(() => ID, { description: 'The Document that states the fact.' })
  source!: string;

  @Field(() => StatusEnum, { nullable: true, description: 'ACTIVE when left out.' })
  status?: Status;

  @Field(() => GraphQLLocalDate, { nullable: true })
  since?: string;

  @Field(() => GraphQLLocalDate, { nullable: true })
  until?: string;

  @Field(() => String, { nullable: true })
  evidence?: string;

  @Field(() => String, { nullable: true })
  role?: string;

  @Field(() => ID, { nullable: true })
  about?: string;
}
