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

@InputType({ description: 'Narrows a list of facts; all given conditions must hold.' })
export class FactFilter {
  @Field(() => [RelationshipTypeEnum], { nullable: true })
  types?: RelationshipType[];

  @Field(() => [StatusEnum], { nullable: true })
  statuses?: Status[];

  @Field(() => String, { nullable: true, description: 'Only facts that touch this node id.' })
  nodeId?: string;

  @Field(() => String, { nullable: true, description: 'Only facts stated by this Document id.' })
  source?: string;
}
