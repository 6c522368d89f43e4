import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { forbidden } from '../../errors/app-error';
import type { RelationshipType } from '../../model';
import { createEntity, link, unlink, updateEntity } from '../../services/curation.service';
import type { GraphContext } from '../context';
import { RelationshipTypeEnum } from '../enums';
import { CreateEntityInput, LinkInput, UpdateEntityInput } from '../inputs/curation.input';
import { NodeInterface, toNodeView, type NodeView } from '../types/node.type';
import { Relationship } from '../types/relationship.type';

/** The name of the request's curator token, for the change log; FORBIDDEN without one. */
function requireCurator(context: GraphContext): string {
  if (context.curator === null) {
    throw forbidden('Changing the graph needs the curator token: send "Authorization: Bearer <CURATOR_TOKEN>".');
  }
  return context.curator;
}

@Resolver()
export class CurationResolver {
  @Mutation(() => NodeInterface, { description: 'Creates a node. Curators only.' })
  async createEntity(
    @Arg('input', () => CreateEntityInput) input: CreateEntityInput,
    @Ctx() context: GraphContext,
  ): Promise<NodeView> {
    const curator = requireCurator(context);
    const { kind, id, ...values } = input;
    return toNodeView(await createEntity(context.executor, curator, kind, id, values));
  }

  @Mutation(() => NodeInterface, { description: 'Changes a node. Curators only.' })
  async updateEntity(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateEntityInput) input: UpdateEntityInput,
    @Ctx() context: GraphContext,
  ): Promise<NodeView> {
    const curator = requireCurator(context);
    return toNodeView(await updateEntity(context.executor, curator, id, input));
  }

  @Mutation(() => Relationship, { description: 'Adds a fact between two nodes, citing its source. Curators only.' })
  link(@Arg('input', () => LinkInput) input: LinkInput, @Ctx() context: GraphContext) {
    const curator = requireCurator(context);
    return link(context.executor, curator, input, context.passages);
  }

  @Mutation(() => Boolean, {
    description: 'Removes the fact (from, type, to, source); false if there was none. Curators only.',
  })
  unlink(
    @Arg('from', () => ID) from: string,
    @Arg('type', () => RelationshipTypeEnum) type: RelationshipType,
    @Arg('to', () => ID) to: string,
    @Arg('source', () => ID) source: string,
    @Ctx() context: GraphContext,
  ): Promise<boolean> {
    const curator = requireCurator(context);
    return unlink(context.executor, curator, from, type, to, source);
  }
}
