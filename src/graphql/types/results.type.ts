import { GraphQLLocalDate } from 'graphql-scalars';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { City } from './entity-types';
import { NodeInterface } from './node.type';
import { Relationship } from './relationship.type';

@ObjectType({ simpleResolvers: true, description: 'A way from one node to another through the graph.' })
export class Path {
  @Field(() => NodeInterface, { description: 'Where the path starts.' })
  start!: NodeInterface;

  @Field(() => Int, { description: 'The number of relationships.' })
  length!: number;

  @Field(() => [Relationship], { description: 'The relationships in order, each seen from the node before it.' })
  steps!: Relationship[];

  @Field(() => String, { description: 'A Cypher statement that shows exactly this path.' })
  cypher!: string;

  @Field(() => String, { description: 'A Neo4j Browser link with that statement in its editor.' })
  neo4jBrowserUrl!: string;
}

@ObjectType({ simpleResolvers: true, description: 'A city that already has or did the subject, according to a paper.' })
export class Precedent {
  @Field(() => City)
  city!: NodeInterface;

  @Field(() => GraphQLLocalDate, {
    nullable: true,
    description: 'When: the fact\'s "since", else the date of its paper.',
  })
  date!: string | null;

  @Field(() => Relationship, { description: 'The fact, seen from the city or its unit or body that it is about.' })
  fact!: Relationship;

  @Field(() => Float, { nullable: true, description: 'How alike this city is to forCity (0 to 1), when given.' })
  similarity!: number | null;
}

@ObjectType({ simpleResolvers: true, description: 'A city that shares neighbours with another one.' })
export class SimilarCity {
  @Field(() => City)
  city!: NodeInterface;

  @Field(() => [NodeInterface], { description: 'What both cities are linked to: the explanation of the score.' })
  shared!: NodeInterface[];

  @Field(() => Float, { description: 'Shared neighbours divided by the neighbours of the city asked about.' })
  score!: number;
}

@ObjectType({ simpleResolvers: true, description: "A dated fact in a city's history." })
export class TimelineEntry {
  @Field(() => GraphQLLocalDate)
  date!: string;

  @Field(() => Relationship)
  fact!: Relationship;
}

@ObjectType({ simpleResolvers: true, description: 'A search result with its relevance score.' })
export class SearchHit {
  @Field(() => NodeInterface)
  node!: NodeInterface;

  @Field(() => Float)
  score!: number;
}
