import { GraphQLNonEmptyString } from 'graphql-scalars';
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, ID, Info, Int, Query, Resolver } from 'type-graphql';
import type { NodeKind } from '../../model';
import { badInput, notFound } from '../../errors/app-error';
import { listEntities, type EntityOrder } from '../../services/entities.service';
import type { NodeRecord } from '../../db/read';
import { MAX_PAGE_SIZE } from '../../services/pagination';
import { canonicalId, unknownId } from '../../services/lookup.service';
import { search, searchCount } from '../../services/search.service';
import { cityIdByAgs } from '../../services/city-key.service';
import { toConnection } from '../connection';
import type { GraphContext } from '../context';
import { EntityOrderEnum, NodeKindEnum } from '../enums';
import { prefetchRelationships } from '../load-node';
import { EntityFilter } from '../inputs/filters.input';
import { NodeConnection } from '../types/connection.type';
import { City } from '../types/entity-types';
import { NodeInterface, toNodeView, type NodeView } from '../types/node.type';
import { SearchHit } from '../types/results.type';

/** A node by id; its relationships load alongside when the query asks for them. */
function loadRootNode(context: GraphContext, info: GraphQLResolveInfo, id: string): Promise<NodeRecord | null> {
  prefetchRelationships(context, info, [id]);
  return context.loaders.node.load(id);
}

@Resolver()
export class NodeResolver {
  @Query(() => NodeInterface, {
    nullable: true,
    description:
      'One node by id, in any case ("Koblenz" is "koblenz"), or a paper by its council reference ("AW/0095/2019"); ' +
      'an unknown id is NOT_FOUND, naming the closest ids.',
  })
  async node(
    @Arg('id', () => ID) asked: string,
    @Ctx() context: GraphContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<NodeView | null> {
    const id = await canonicalId(context.executor, asked);
    const record = await loadRootNode(context, info, id);
    if (!record) throw await unknownId(context.executor, id, null);
    return toNodeView(record);
  }

  @Query(() => [NodeInterface], {
    nullable: 'items',
    description: 'Nodes by id, in the order asked; null for unknown ids.',
  })
  async nodes(
    @Arg('ids', () => [ID]) ids: string[],
    @Ctx() context: GraphContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<(NodeView | null)[]> {
    if (ids.length > MAX_PAGE_SIZE) throw badInput(`At most ${MAX_PAGE_SIZE} ids at once`, { argument: 'ids' });
    prefetchRelationships(context, info, ids);
    const records = await context.loaders.node.loadMany(ids);
    return records.map((record) => (record && !(record instanceof Error) ? toNodeView(record) : null));
  }

  @Query(() => City, {
    nullable: true,
    description:
      'One city by id, in any case ("koeln", "Koeln"), or by its Amtlicher Gemeindeschlüssel ("05315000"); an ' +
      'unknown one is NOT_FOUND, ' +
      'naming the closest cities.',
  })
  async city(
    @Arg('id', () => ID, { nullable: true }) id: string | undefined,
    @Arg('ags', () => String, { nullable: true, description: 'The 8-digit AGS, instead of the id.' })
    ags: string | undefined,
    @Ctx() context: GraphContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<NodeView | null> {
    const byId = id ?? null;
    const byAgs = ags ?? null;
    if ((byId === null) === (byAgs === null)) throw badInput('Give either "id" or "ags"', { argument: 'id' });
    const cityId =
      byId !== null ? await canonicalId(context.executor, byId) : await cityIdByAgs(context.executor, byAgs!);
    if (cityId === null) throw notFound(`No city has the AGS "${byAgs}"`);
    const record = await loadRootNode(context, info, cityId);
    if (record?.kind !== 'City') throw await unknownId(context.executor, cityId, 'City', record);
    return toNodeView(record);
  }

  @Query(() => NodeConnection, { description: 'A page of nodes, filtered and sorted.' })
  async entities(
    @Arg('filter', () => EntityFilter, { nullable: true }) filter: EntityFilter | undefined,
    @Arg('first', () => Int, { defaultValue: 20, description: `Page size, at most ${MAX_PAGE_SIZE}.` }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | undefined,
    @Arg('orderBy', () => EntityOrderEnum, { defaultValue: 'NAME_ASC' }) orderBy: EntityOrder,
    @Ctx() context: GraphContext,
  ) {
    const page = await listEntities(context.executor, filter ?? {}, { first, after }, orderBy);
    return toConnection(page, toNodeView);
  }

  @Query(() => [SearchHit], {
    description:
      'Full-text search over names, aliases and descriptions; tolerant of umlauts and typos; best first, a ' +
      'municipality whose name is the text or starts with it first of all. searchCount gives how many it finds.',
  })
  async search(
    @Arg('text', () => GraphQLNonEmptyString) text: string,
    @Arg('kinds', () => [NodeKindEnum], { nullable: true }) kinds: NodeKind[] | undefined,
    @Arg('first', () => Int, { defaultValue: 10 }) first: number,
    @Ctx() context: GraphContext,
  ) {
    const hits = await search(context.executor, text, kinds ?? null, first);
    return hits.map((hit) => ({ score: hit.score, node: toNodeView(hit.node) }));
  }

  @Query(() => Int, { description: 'How many nodes `search` finds for the same text and kinds, over all of them.' })
  async searchCount(
    @Arg('text', () => GraphQLNonEmptyString) text: string,
    @Arg('kinds', () => [NodeKindEnum], { nullable: true }) kinds: NodeKind[] | undefined,
    @Ctx() context: GraphContext,
  ): Promise<number> {
    return searchCount(context.executor, text, kinds ?? null);
  }
}
