import { GraphQLLocalDate } from 'graphql-scalars';
import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import type { NodeKind, RelationshipType } from '../../model';
import { changes, type ChangeRecord } from '../../services/changes.service';
import { MAX_PAGE_SIZE } from '../../services/pagination';
import type { GraphContext } from '../context';
import { NodeKindEnum, RelationshipTypeEnum } from '../enums';
import { Change } from '../types/results.type';

@Resolver()
export class ChangesResolver {
  @Query(() => [Change], {
    description:
      'What changed in a window of time: the facts a paper dated in it stated first, and the relationships whose ' +
      'status a paper dated in it changed, with the statement before. Oldest first. "What has changed for Koblenz ' +
      'since 2021": changes(since: "2021-01-01", city: "koblenz").',
  })
  async changes(
    @Arg('since', () => GraphQLLocalDate) since: string,
    @Arg('until', () => GraphQLLocalDate, { nullable: true, description: 'Included; default: no end.' })
    until: string | undefined,
    @Arg('city', () => ID, {
      nullable: true,
      description: 'Only facts of this city, its units and bodies, or about it.',
    })
    city: string | undefined,
    @Arg('kinds', () => [NodeKindEnum], { nullable: true, description: 'Only facts with an end of these kinds.' })
    kinds: NodeKind[] | undefined,
    @Arg('types', () => [RelationshipTypeEnum], {
      nullable: true,
      description: 'Default: every type that states a fact (not the paper relationships).',
    })
    types: RelationshipType[] | undefined,
    @Arg('withRegister', () => Boolean, {
      defaultValue: false,
      description:
        'Also the facts of register editions (a Document whose dateMeaning is STATE_OF_DATA): a snapshot of the ' +
        'administrative structure, not a change of strategy, so left out by default.',
    })
    withRegister: boolean,
    @Arg('first', () => Int, { defaultValue: 100, description: `At most ${MAX_PAGE_SIZE}.` }) first: number,
    @Ctx() context: GraphContext,
  ): Promise<ChangeRecord[]> {
    return changes(
      context.executor,
      { since, until, city, kinds, types, withRegister, first },
      await context.paperDates(),
    );
  }
}
