import { GraphQLLocalDate } from 'graphql-scalars';
import { Field, ID, InputType, Int } from 'type-graphql';
import type { NodeKind, RelationshipType, Status } from '../../model';
import { NodeKindEnum, RelationshipTypeEnum, StatusEnum } from '../enums';
import { kindPropertyEnum } from '../types/model-fields';

@InputType({ description: 'Narrows a list of nodes; all given conditions must hold.' })
export class EntityFilter {
  @Field(() => [NodeKindEnum], { nullable: true })
  kinds?: NodeKind[];

  @Field(() => String, { nullable: true, description: 'Bundesland of a City.' })
  state?: string;

  @Field(() => String, { nullable: true, description: 'Part of the name or an alias, in any case.' })
  text?: string;

  @Field(() => ID, { nullable: true, description: 'Only nodes within this Land, by its id, e.g. "land-07".' })
  land?: string;

  @Field(() => ID, { nullable: true, description: 'Only nodes within this Kreis, by its id, e.g. "kreis-07137".' })
  kreis?: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Only nodes within this Gemeindeverband, by its id, e.g. "verband-071375001".',
  })
  verband?: string;

  @Field(() => Int, { nullable: true, description: 'Only cities with at least this many inhabitants.' })
  minPopulation?: number;

  @Field(() => Int, { nullable: true, description: 'Only cities with at most this many inhabitants.' })
  maxPopulation?: number;

  @Field(() => [kindPropertyEnum('City', 'type')], { nullable: true, description: 'Only cities of these types.' })
  cityTypes?: string[];

  @Field(() => [kindPropertyEnum('City', 'urbanisation')], {
    nullable: true,
    description: 'Only cities of these degrees of urbanisation.',
  })
  urbanisation?: string[];
}

@InputType({
  description:
    'Dates from one day to another, both included; either may be left out. A date of a year or a month is in the ' +
    'range when its whole period is: "2019" is in 2019-01-01 to 2019-12-31, not in 2019-06-01 to 2019-12-31.',
})
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
