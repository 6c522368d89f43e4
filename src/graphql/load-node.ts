import type { GraphQLResolveInfo } from 'graphql';
import type { NodeRecord, RelationshipRecord } from '../db/read';
import type { GraphContext } from './context';
import { argumentValue, selectedFieldNames, selectedFields } from './selection';
import { toNodeView, type NodeView } from './types/node.type';

/**
 * Resolves a node id: at once when the request has loaded the node already, else through the request's loader. A
 * dangling id fails loudly, since seeding forbids it.
 */
export function loadNode(context: GraphContext, id: string): NodeView | Promise<NodeView> {
  const loaded = context.loaders.loadedNodes.get(id);
  if (loaded) return toNodeView(loaded);
  return context.loaders.node.load(id).then((record) => {
    if (!record) throw new Error(`Node "${id}" is referenced but does not exist`);
    return toNodeView(record);
  });
}

/** Keeps nodes a service has read already, so that the fields naming them resolve at once. */
export function primeNodes(context: GraphContext, records: readonly NodeRecord[]): void {
  for (const record of records) {
    context.loaders.loadedNodes.set(record.id, record);
    context.loaders.node.prime(record.id, record);
  }
}

/**
 * Loads, in one batch, the papers and subjects that the relationships' `source` and `about` fields are asked for
 * below the current field, so that each of them then resolves without a promise of its own: on a city with
 * thousands of relationships, those promises cost more than the query that loads the papers.
 */
export async function prefetchRelated(
  context: GraphContext,
  info: GraphQLResolveInfo,
  relationships: readonly RelationshipRecord[],
): Promise<void> {
  const fields = selectedFieldNames(info);
  const ids = new Set<string>();
  if (fields.has('source')) for (const r of relationships) ids.add(r.source);
  if (fields.has('about')) for (const r of relationships) if (r.about) ids.add(r.about);
  if (ids.size > 0) await context.loaders.node.loadMany([...ids]);
}

/**
 * Starts loading the relationships of node `id` while the node itself loads, as the query asks for them (as of a
 * date, with the administration's) or for a city's memberships: the queries then share one round trip instead of
 * waiting for each other. The field resolvers pick up the same load from the request's loader, errors included.
 */
export function prefetchRelationships(context: GraphContext, info: GraphQLResolveInfo, ids: readonly string[]): void {
  const loaders: { load(id: string): Promise<unknown> }[] = [];
  for (const field of selectedFields(info)) {
    if (field.name.value === 'memberships') loaders.push(context.loaders.relationships());
    if (field.name.value !== 'relationships') continue;
    // Validation has checked the date (a literal or a variable of type LocalDate) before any resolver runs.
    const asOf = argumentValue(info, field, 'asOf');
    const scope = context.asOf(typeof asOf === 'string' ? asOf : null);
    loaders.push(context.loaders.relationships(scope));
    if (argumentValue(info, field, 'withAdministration') === true) {
      loaders.push(context.loaders.administration(scope));
    }
  }
  for (const loader of loaders) for (const id of ids) loader.load(id).catch(() => undefined);
}
