import { Field, Int, ObjectType } from 'type-graphql';
import { NodeInterface } from './node.type';
import { Relationship } from './relationship.type';

@ObjectType()
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

@ObjectType()
export class NodeEdge {
  @Field(() => String)
  cursor!: string;

  @Field(() => NodeInterface)
  node!: NodeInterface;
}

@ObjectType({ description: 'A page of nodes.' })
export class NodeConnection {
  @Field(() => [NodeEdge])
  edges!: NodeEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int, { description: 'How many nodes match, over all pages.' })
  totalCount!: number;
}

@ObjectType()
export class RelationshipEdge {
  @Field(() => String)
  cursor!: string;

  @Field(() => Relationship)
  node!: Relationship;
}

@ObjectType({ description: 'A page of facts.' })
export class RelationshipConnection {
  @Field(() => [RelationshipEdge])
  edges!: RelationshipEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int)
  totalCount!: number;
}
