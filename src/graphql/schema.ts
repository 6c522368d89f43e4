import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { StatsResolver } from './resolvers/stats.resolver';

/** Builds the executable GraphQL schema from the type-graphql resolvers. */
export function createSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: [StatsResolver],
    validate: false,
  });
}
