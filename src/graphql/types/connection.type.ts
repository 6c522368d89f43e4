import { Field, Int, ObjectType } from 'type-graphql';
import { NodeInterface } from './node.type';
import { Relationship } from './relationship.type';
import { Change, TimelineEntry } from './results.type';

@ObjectType({ simpleResolvers: true })
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

@ObjectType({ simpleResolvers: true })
export class NodeEdge {
  @Field(() => String)
  cursor!: string;

  @Field(() => NodeInterface)
  node!: NodeInterface;
}

@ObjectType({ simpleResolvers: true, description: 'A page of nodes.' })
export class NodeConnection {
  @Field(() => [NodeEdge])
  edges!: NodeEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int, { description: 'How many nodes match, over all pages.' })
  totalCount!: number;
}

@ObjectType({ simpleResolvers: true })
export class RelationshipEdge {
  @Field(() => String)
  cursor!: string;

  @Field(() => Relationship)
  node!: Relationship;
}

@ObjectType({ simpleResolvers: true, description: 'A page of facts.' })
export class RelationshipConnection {
  @Field(() => [RelationshipEdge])
  edges!: RelationshipEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int)
  totalCount!: number;
}

@ObjectType({ simpleResolvers: true })
export class TimelineEdge {
  @Field(() => String)
  cursor!: string;

  @Field(() => TimelineEntry)
  node!: TimelineEntry;
}

@ObjectType({ simpleResolvers: true, description: "A page of a city's dated facts." })
export class TimelineConnection {
  @Field(() => [TimelineEdge])
  edges!: TimelineEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int, { description: 'How many dated facts the city has, over all pages.' })
  totalCount!: number;
}

@ObjectType({ simpleResolvers: true })
export class ChangeEdge {
  @Field(() => String)
  cursor!: string;

  @Field(() => Change)
  node!: Change;
}

@ObjectType({ simpleResolvers: true, description: 'A page of changes.' })
export class ChangeConnection {
  @Field(() => [ChangeEdge])
  edges!: ChangeEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int, { description: 'How many changes the window holds, over all pages.' })
  totalCount!: number;
}
