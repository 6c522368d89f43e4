import { DateScalar } from './date.scalar';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { ChangeKindEnum, SimilarityFactorEnum } from '../enums';
import type { ChangeKind } from '../../services/changes.service';
import { STEP_DECAY } from '../../services/path-explanation';
import type { SimilarityFactor } from '../../services/similarity.service';
import { City } from './entity-types';
import { NodeInterface } from './node.type';
import { Relationship } from './relationship.type';

@ObjectType({
  simpleResolvers: true,
  description:
    'How strong a connection a path shows: each step counts by its kind of connection times its status, the path ' +
    `as much as its weakest step, times ${STEP_DECAY} for each step beyond the first.`,
})
export class PathStrength {
  @Field(() => Float, { description: '0 to 1.' })
  value!: number;

  @Field(() => [String], { description: 'How the value came about, step by step.' })
  reasons!: string[];
}

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

  @Field(() => [String], {
    description:
      "One sentence per step in the query's language: the names, the relationship's reading, what it is about, its " +
      'status and its paper; a shared Kreis or Gemeindeverband is said as such.',
  })
  explanation!: string[];

  @Field(() => PathStrength)
  strength!: PathStrength;
}

@ObjectType({ simpleResolvers: true, description: 'A city that already has or did the subject, according to a paper.' })
export class Precedent {
  @Field(() => City)
  city!: NodeInterface;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'When: the fact\'s "since", else the date of its paper.',
  })
  date!: string | null;

  @Field(() => Relationship, { description: 'The fact, seen from the city or its unit or body that it is about.' })
  fact!: Relationship;

  @Field(() => Float, {
    nullable: true,
    description: "How alike this city is to forCity (0 to 1, similarCities' score), when given.",
  })
  similarity!: number | null;
}

@ObjectType({ simpleResolvers: true, description: 'One reason why two cities are alike.' })
export class SimilarityReason {
  @Field(() => SimilarityFactorEnum)
  factor!: SimilarityFactor;

  @Field(() => Float, { description: "The factor's weight in the score." })
  weight!: number;

  @Field(() => Float, {
    description: 'How far it holds, 0 to 1: the share of neighbours, the ratio of the populations, else 1.',
  })
  value!: number;

  @Field(() => String, { description: 'The reason in words.' })
  text!: string;
}

@ObjectType({
  simpleResolvers: true,
  description: 'A city like another one: by what both are linked to, and by their size, type and place.',
})
export class SimilarCity {
  @Field(() => City)
  city!: NodeInterface;

  @Field(() => [NodeInterface], { description: 'What both cities are linked to.' })
  shared!: NodeInterface[];

  @Field(() => Float, { description: 'The sum of weight × value over the reasons, 0 to 1.' })
  score!: number;

  @Field(() => [SimilarityReason], { description: 'The factors that hold, the largest share of the score first.' })
  reasons!: SimilarityReason[];

  @Field(() => String, { description: 'The reasons in one sentence.' })
  explanation!: string;
}

@ObjectType({ simpleResolvers: true, description: "A dated fact in a city's history." })
export class TimelineEntry {
  @Field(() => DateScalar, {
    description: "The fact's own `since`, else its paper's date, else the date inferred for the paper.",
  })
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

@ObjectType({ simpleResolvers: true, description: 'A fact a paper stated first, or a status it changed.' })
export class Change {
  @Field(() => ChangeKindEnum)
  change!: ChangeKind;

  @Field(() => DateScalar, { description: 'The date of the paper that states it.' })
  date!: string;

  @Field(() => Relationship, { description: 'The statement, seen from its start node.' })
  fact!: Relationship;

  @Field(() => Relationship, {
    nullable: true,
    description: 'For STATUS_CHANGED: the statement of the newest earlier paper, with its status and source.',
  })
  previous!: Relationship | null;
}
