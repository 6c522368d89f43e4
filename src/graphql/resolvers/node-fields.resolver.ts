import type { GraphQLResolveInfo } from 'graphql';
import { GraphQLLocalDate } from 'graphql-scalars';
import { Arg, Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import type { RelationshipType, Status } from '../../model';
import { AsOfAnswer } from '../../services/as-of';
import { newestFirst } from '../../services/nodes.service';
import type { Direction, RelationshipRecord } from '../../db/read';
import { AS_OF_DESCRIPTION } from '../as-of';
import type { GraphContext } from '../context';
import { DirectionEnum, RelationshipTypeEnum, StatusEnum } from '../enums';
import { loadNode, prefetchRelated } from '../load-node';
import { Body, City, Document, OrgUnit } from '../types/entity-types';
import { NodeInterface, toNodeView, type NodeView } from '../types/node.type';
import { Membership, Relationship } from '../types/relationship.type';

@Resolver(() => NodeInterface)
export class NodeFieldsResolver {
  @FieldResolver(() => [Relationship], {
    description:
      "The node's relationships and the facts about it (direction ABOUT), optionally filtered; newest first by the " +
      "date each shows (its own `since`, else its paper's date, else the date inferred for the paper), undated " +
      'last. With withAdministration, also those of its administration, each seen from its own unit or body.',
  })
  async relationships(
    @Root() node: NodeView,
    @Arg('withAdministration', () => Boolean, {
      defaultValue: false,
      description:
        "Add the facts of the node's administration: the organisations, units and bodies PART_OF it, at any " +
        'depth (Amt 10.50 under Amt 10 under a Dezernat of Koblenz), e.g. of a city.',
    })
    withAdministration: boolean,
    @Arg('types', () => [RelationshipTypeEnum], { nullable: true }) types: RelationshipType[] | undefined,
    @Arg('direction', () => DirectionEnum, { nullable: true }) direction: Direction | undefined,
    @Arg('statuses', () => [StatusEnum], { nullable: true }) statuses: Status[] | undefined,
    @Arg('asOf', () => GraphQLLocalDate, { nullable: true, description: AS_OF_DESCRIPTION }) asOf: string | undefined,
    @Ctx() context: GraphContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<AsOfAnswer<RelationshipRecord[]>> {
    const scope = context.asOf(asOf);
    // Both loads awaited together: awaited one after the other, the second's failure would go unhandled (and end
    // the process) when the first fails, as both do when the request ends.
    const loaded = await Promise.all([
      context.loaders.relationships(scope).load(node.id),
      ...(withAdministration ? [context.loaders.administration(scope).load(node.id)] : []),
    ]);
    const all = newestFirst(
      loaded.flatMap((of) => of.facts),
      new Map(loaded.flatMap((of) => [...of.paperDates])),
    );
    const undatedLeftOut = loaded.reduce((sum, of) => sum + of.undatedLeftOut, 0);
    const wanted = all.filter(
      (r) =>
        (!types?.length || types.includes(r.type)) &&
        (!direction || r.direction === direction) &&
        (!statuses?.length || statuses.includes(r.status)),
    );
    await prefetchRelated(context, info, wanted);
    return new AsOfAnswer(wanted, scope ? undatedLeftOut : null);
  }
}

/** The city a unit or body belongs to, through PART_OF. */
function cityOf(context: GraphContext, id: string): Promise<NodeView | null> {
  return context.loaders.city.load(id).then((city) => city && toNodeView(city));
}

@Resolver(() => OrgUnit)
export class OrgUnitResolver {
  @FieldResolver(() => City, { nullable: true, description: 'The city whose administration the unit belongs to.' })
  city(@Root() unit: NodeView, @Ctx() context: GraphContext): Promise<NodeView | null> {
    return cityOf(context, unit.id);
  }
}

@Resolver(() => Body)
export class BodyResolver {
  @FieldResolver(() => City, { nullable: true, description: 'The city the body belongs to.' })
  city(@Root() body: NodeView, @Ctx() context: GraphContext): Promise<NodeView | null> {
    return cityOf(context, body.id);
  }
}

@Resolver(() => City)
export class CityResolver {
  @FieldResolver(() => [Membership], { description: 'The networks, associations and bodies the city is a member of.' })
  async memberships(
    @Root() city: NodeView,
    @Ctx() context: GraphContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<RelationshipRecord[]> {
    const { facts } = await context.loaders.relationships().load(city.id);
    const memberships = facts.filter((r) => r.type === 'MEMBER_OF' && r.direction === 'OUTGOING' && !r.aboutFrom);
    await prefetchRelated(context, info, memberships);
    return memberships;
  }

  @FieldResolver(() => [Relationship], {
    description:
      "The city's places in rankings (RANKED_IN), oldest edition first: each with the edition (a Project with its " +
      '`year`), the `place`, the `points` where its source gives them, and the source; a place stated by two ' +
      'sources comes once per source.',
  })
  async rankings(
    @Root() city: NodeView,
    @Ctx() context: GraphContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<RelationshipRecord[]> {
    const { facts } = await context.loaders.relationships().load(city.id);
    const year = (r: RelationshipRecord) => Number(r.node.properties.year ?? 0);
    const rankings = facts
      .filter((r) => r.type === 'RANKED_IN' && r.direction === 'OUTGOING' && !r.aboutFrom)
      .sort((a, b) => year(a) - year(b) || a.node.id.localeCompare(b.node.id) || a.source.localeCompare(b.source));
    await prefetchRelated(context, info, rankings);
    return rankings;
  }
}

@Resolver(() => Membership)
export class MembershipResolver {
  @FieldResolver(() => NodeInterface, { description: 'The organisation or body.' })
  organisation(@Root() membership: RelationshipRecord): NodeView {
    return toNodeView(membership.node);
  }

  @FieldResolver(() => Document, { description: 'The paper that states the membership.' })
  source(@Root() membership: RelationshipRecord, @Ctx() context: GraphContext): NodeView | Promise<NodeView> {
    return loadNode(context, membership.source);
  }
}
