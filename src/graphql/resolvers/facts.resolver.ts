import { GraphQLLocalDate } from 'graphql-scalars';
import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import { listFacts } from '../../services/facts.service';
import { toConnection } from '../connection';
import { AS_OF_DESCRIPTION } from '../as-of';
import type { GraphContext } from '../context';
import { FactFilter } from '../inputs/filters.input';
import { RelationshipConnection } from '../types/connection.type';

@Resolver()
export class FactsResolver {
  @Query(() => RelationshipConnection, {
    description:
      'A page of facts, each seen from its start node, newest first by the date each shows (its own `since`, else ' +
      "its paper's date, else the date inferred for the paper), undated last.",
  })
  async facts(
    @Arg('filter', () => FactFilter, { nullable: true }) filter: FactFilter | undefined,
    @Arg('first', () => Int, { defaultValue: 20 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | undefined,
    @Arg('asOf', () => GraphQLLocalDate, { nullable: true, description: AS_OF_DESCRIPTION }) asOf: string | undefined,
    @Ctx() context: GraphContext,
  ) {
    const scope = context.asOf(asOf);
    const found = await listFacts(context.executor, filter ?? {}, { first, after }, scope);
    return found.map((page) => toConnection(page, (fact) => fact));
  }
}
