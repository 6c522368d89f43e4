import { GraphQLLocalDate } from 'graphql-scalars';
import { Field, InputType } from 'type-graphql';
import type { NodeKind, RelationshipType, Status } from '../../model';
import { NodeKindEnum, RelationshipTypeEnum, StatusEnum } from '../enums';

@InputType({ description: 'Narrows a list of nodes; all given conditions must hold.' })
export class EntityFilter {
  @Field(() => [NodeKindEnum], { nullable: true })
  kinds?: NodeKind[];

  @Field(() => String, { nullable: true, description: 'Bundesland of a City.' })
  state?: string;

  @Field(() => String, { nullable: true, description: 'Part of the name or an alias, in any case.' })
  text?: string;
}

@InputType({ description: 'Dates from one day to another, both included; either may be left out.' })
export class DateRange {
  @Field(() => GraphQLLocalDate, { nullable: true })
  from?: string;

  @Field(() => GraphQLLocalDate, { nullable: true })
  to?: string;
}

@InputType({ description: 'Narrows a list of facts; all given conditions must hold.' })
export class FactFilter {
  @Field(() => [RelationshipTypeEnum], { nullable: true })
  types?: RelationshipType[];

  @Field(() => [StatusEnum], { nullable: true })
  statuses?: Status[];

  @Field(() => String, {
    nullable: true,
    description: 'Only facts that touch this node id, or are about it. An unknown id is NOT_FOUND.',
  })
  nodeId?: string;

  @Field(() => String, {
    nullable: true,
    description:
      'Only facts stated by this Document, by id or council reference (e.g. "ST/0078/2025"). Unknown: NOT_FOUND.',
  })
  source?: string;

  @Field(() => DateRange, { nullable: true, description: 'Only facts whose own `since` is in the range.' })
  since?: DateRange;

  @Field(() => DateRange, { nullable: true, description: 'Only facts whose paper is dated in the range.' })
  paperDate?: DateRange;
}
