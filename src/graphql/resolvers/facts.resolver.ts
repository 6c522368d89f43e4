import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import { listFacts } from '../../services/facts.service';
import { toConnection } from '../connection';
import type { GraphContext } from '../context';
import { FactFilter } from '../inputs/filters.input';
import { RelationshipConnection } from '../types/connection.type';

@Resolver()
export class FactsResolver {
  @Query(() => RelationshipConnection, { description: 'A page of facts, each seen from its start node, newest first.' })
  async facts(
    @Arg('filter', () => FactFilter, { nullable: true }) filter: FactFilter | undefined,
    @Arg('first', () => Int, { defaultValue: 20 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | undefined,
    @Ctx() context: GraphContext,
  ) {
    const page = await listFacts(context.executor, filter ?? {}, { first, after });
    return toConnection(page, (fact) => fact);
  }
}
