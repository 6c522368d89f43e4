import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { AnalysisResolver } from './resolvers/analysis.resolver';
import { CurationResolver } from './resolvers/curation.resolver';
import { FactsResolver } from './resolvers/facts.resolver';
import { CityResolver, MembershipResolver, NodeFieldsResolver } from './resolvers/node-fields.resolver';
import { NodeResolver } from './resolvers/node.resolver';
import { RelationshipResolver } from './resolvers/relationship.resolver';
import { StatsResolver } from './resolvers/stats.resolver';
import { ENTITY_TYPES } from './types/entity-types';

/** Builds the executable GraphQL schema from the type-graphql resolvers. */
export function createSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: [
      NodeResolver,
      NodeFieldsResolver,
      CityResolver,
      MembershipResolver,
      RelationshipResolver,
      FactsResolver,
      AnalysisResolver,
      StatsResolver,
      CurationResolver,
    ],
    orphanedTypes: ENTITY_TYPES,
    validate: false,
  });
}
