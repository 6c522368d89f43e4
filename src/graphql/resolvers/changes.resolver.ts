import { GraphQLLocalDate } from 'graphql-scalars';
import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import type { NodeKind, RelationshipType } from '../../model';
import { changes, type ChangeOrder } from '../../services/changes.service';
import { MAX_PAGE_SIZE } from '../../services/pagination';
import { toConnection } from '../connection';
import type { GraphContext } from '../context';
import { ChangeOrderEnum, NodeKindEnum, RelationshipTypeEnum } from '../enums';
import { ChangeConnection } from '../types/connection.type';

@Resolver()
export class ChangesResolver {
  @Query(() => ChangeConnection, {
    description:
      'What changed in a window of time: the facts a paper dated in it stated first, and the relationships whose ' +
      'status a paper dated in it changed, with the statement before. Sorted by the date each change shows (its ' +
      "paper's date, else the date inferred for the paper), oldest first unless `order` says otherwise; a page " +
      'at a time, with the count over all pages. "What has changed for Koblenz since 2021": ' +
      'changes(since: "2021-01-01", city: "koblenz").',
  })
  async changes(
    @Arg('since', () => GraphQLLocalDate) since: string,
    @Arg('until', () => GraphQLLocalDate, { nullable: true, description: 'Included; default: no end.' })
    until: string | undefined,
    @Arg('city', () => ID, {
      nullable: true,
      description:
        'Only facts of this city and its administration (its organisations, units and bodies, at any depth), or ' +
        'about them.',
    })
    city: string | undefined,
    @Arg('node', () => ID, { nullable: true, description: 'Only facts that touch this node, or are about it.' })
    node: string | undefined,
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
    @Arg('order', () => ChangeOrderEnum, { defaultValue: 'OLDEST_FIRST' }) order: ChangeOrder,
    @Arg('first', () => Int, { defaultValue: 100, description: `Page size, at most ${MAX_PAGE_SIZE}.` }) first: number,
    @Arg('after', () => String, { nullable: true, description: 'The endCursor of the page before.' })
    after: string | undefined,
    @Ctx() context: GraphContext,
  ) {
    const page = await changes(
      context.executor,
      { since, until, city, node, kinds, types, withRegister, order },
      { first, after },
    );
    return toConnection(page, (change) => change);
  }
}
