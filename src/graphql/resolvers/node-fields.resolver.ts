import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import type { RelationshipType, Status } from '../../model';
import type { Direction, RelationshipRecord } from '../../services/relationship-record';
import type { GraphContext } from '../context';
import { DirectionEnum, RelationshipTypeEnum, StatusEnum } from '../enums';
import { loadNode, prefetchRelated } from '../load-node';
import { City, Document } from '../types/entity-types';
import { NodeInterface, toNodeView, type NodeView } from '../types/node.type';
import { Membership, Relationship } from '../types/relationship.type';

@Resolver(() => NodeInterface)
export class NodeFieldsResolver {
  @FieldResolver(() => [Relationship], { description: "The node's relationships, newest first, optionally filtered." })
  async relationships(
    @Root() node: NodeView,
    @Arg('types', () => [RelationshipTypeEnum], { nullable: true }) types: RelationshipType[] | undefined,
    @Arg('direction', () => DirectionEnum, { nullable: true }) direction: Direction | undefined,
    @Arg('statuses', () => [StatusEnum], { nullable: true }) statuses: Status[] | undefined,
    @Ctx() context: GraphContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<RelationshipRecord[]> {
    const all = await context.loaders.relationships.load(node.id);
    const wanted = all.filter(
      (r) =>
        (!types?.length || types.includes(r.type)) &&
        (!direction || r.direction === direction) &&
        (!statuses?.length || statuses.includes(r.status)),
    );
    await prefetchRelated(context, info, wanted);
    return wanted;
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
    const all = await context.loaders.relationships.load(city.id);
    const memberships = all.filter((r) => r.type === 'MEMBER_OF' && r.direction === 'OUTGOING');
    await prefetchRelated(context, info, memberships);
    return memberships;
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
