import { assertInterfaceType, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { CityAdminUnitsResolver, SearchHitPlaceResolver } from './resolvers/admin-units.resolver';
import { AnalysisResolver } from './resolvers/analysis.resolver';
import { ChangesResolver } from './resolvers/changes.resolver';
import { CurationResolver } from './resolvers/curation.resolver';
import { FactsResolver } from './resolvers/facts.resolver';
import {
  BodyResolver,
  CityResolver,
  MembershipResolver,
  NodeFieldsResolver,
  OrgUnitResolver,
} from './resolvers/node-fields.resolver';
import { NodeResolver } from './resolvers/node.resolver';
import { PassageResolver } from './resolvers/passage.resolver';
import { RelationshipResolver } from './resolvers/relationship.resolver';
import { StatsResolver } from './resolvers/stats.resolver';
import { ENTITY_TYPES } from './types/entity-types';
import type { NodeView } from './types/node.type';
import { guardListFields } from './limits/list-guard';
import { reportAsOfAnswers } from './as-of';

/**
 * Builds the executable GraphQL schema from the type-graphql resolvers. No type has middleware or auth rules, so the
 * object types declare `simpleResolvers`: graphql-js reads their plain fields straight from the object, instead of
 * through a type-graphql wrapper per field and per object.
 */
export async function createSchema(): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers: [
      NodeResolver,
      NodeFieldsResolver,
      CityResolver,
      OrgUnitResolver,
      BodyResolver,
      CityAdminUnitsResolver,
      SearchHitPlaceResolver,
      MembershipResolver,
      RelationshipResolver,
      PassageResolver,
      FactsResolver,
      AnalysisResolver,
      ChangesResolver,
      StatsResolver,
      CurationResolver,
    ],
    orphanedTypes: ENTITY_TYPES,
    validate: false,
  });
  // A node's GraphQL type is its kind. Set here rather than in @InterfaceType, which wraps resolveType in an async
  // function and so makes every node of an answer a promise of its own (thousands in a city's relationships).
  assertInterfaceType(schema.getType('Node')).resolveType = (value) => (value as NodeView).kind;
  reportAsOfAnswers(schema);
  guardListFields(schema);
  return schema;
}
