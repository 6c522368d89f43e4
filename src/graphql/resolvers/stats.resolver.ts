import { Ctx, Query, Resolver } from 'type-graphql';
import { graphStats } from '../../services/stats.service';
import type { GraphContext } from '../context';
import { Stats } from '../types/stats.type';

@Resolver()
export class StatsResolver {
  @Query(() => Stats, { description: 'Counts by node kind and by relationship type.' })
  stats(@Ctx() { executor }: GraphContext): Promise<Stats> {
    return graphStats(executor);
  }
}
