import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({
  simpleResolvers: true,
  description: 'How many nodes of a kind, or relationships of a type, the graph holds.',
})
export class Count {
  @Field(() => String)
  name!: string;

  @Field(() => Int)
  count!: number;
}

@ObjectType({ simpleResolvers: true, description: 'Counts by node kind and by relationship type.' })
export class Stats {
  @Field(() => [Count])
  nodes!: Count[];

  @Field(() => [Count])
  relationships!: Count[];

  @Field(() => Int)
  totalNodes!: number;

  @Field(() => Int)
  totalRelationships!: number;
}
