import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { relationshipIdentity, type RelationshipRecord } from '../../db/read';
import type { GraphContext } from '../context';
import { loadNode } from '../load-node';
import { Document } from '../types/entity-types';
import { NodeInterface, toNodeView, type NodeView } from '../types/node.type';
import { Relationship } from '../types/relationship.type';

@Resolver(() => Relationship)
export class RelationshipResolver {
  @FieldResolver(() => NodeInterface, { description: 'The node this relationship was reached from.' })
  owner(@Root() relationship: RelationshipRecord, @Ctx() context: GraphContext): NodeView | Promise<NodeView> {
    return loadNode(context, relationship.ownerId);
  }

  @FieldResolver(() => NodeInterface, {
    description: 'The other end; for a fact about the owner (direction ABOUT), its end node, as `to`.',
  })
  node(@Root() relationship: RelationshipRecord): NodeView {
    return toNodeView(relationship.node);
  }

  @FieldResolver(() => Boolean, {
    description: 'True when the owner is not an end of this fact but what it is about (its `about`).',
  })
  aboutOwner(@Root() relationship: RelationshipRecord): boolean {
    return relationship.aboutFrom !== null;
  }

  @FieldResolver(() => NodeInterface, { description: 'The start node, as stored.' })
  from(@Root() relationship: RelationshipRecord, @Ctx() context: GraphContext): Promise<NodeView> | NodeView {
    if (relationship.aboutFrom) return toNodeView(relationship.aboutFrom);
    return relationship.direction === 'OUTGOING'
      ? loadNode(context, relationship.ownerId)
      : toNodeView(relationship.node);
  }

  @FieldResolver(() => NodeInterface, { description: 'The end node, as stored.' })
  to(@Root() relationship: RelationshipRecord, @Ctx() context: GraphContext): Promise<NodeView> | NodeView {
    return relationship.direction !== 'INCOMING'
      ? toNodeView(relationship.node)
      : loadNode(context, relationship.ownerId);
  }

  @FieldResolver(() => NodeInterface, {
    nullable: true,
    description: 'What the fact is about, e.g. the law two cities cooperate on.',
  })
  about(@Root() relationship: RelationshipRecord, @Ctx() context: GraphContext): NodeView | Promise<NodeView> | null {
    return relationship.about ? loadNode(context, relationship.about) : null;
  }

  @FieldResolver(() => Document, { description: 'The paper (or web page) that states this fact.' })
  source(@Root() relationship: RelationshipRecord, @Ctx() context: GraphContext): NodeView | Promise<NodeView> {
    return loadNode(context, relationship.source);
  }

  @FieldResolver(() => [Relationship], {
    description:
      'Every statement of this relationship (the same start, type and end), this one included, oldest paper first: ' +
      'how its status changed from paper to paper. Each is seen from its start node.',
  })
  history(@Root() relationship: RelationshipRecord, @Ctx() context: GraphContext): Promise<RelationshipRecord[]> {
    return context.loaders.statements.load(relationshipIdentity(relationship));
  }
}
