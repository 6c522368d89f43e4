import type { GraphContext } from './context';
import { toNodeView, type NodeView } from './types/node.type';

/** Resolves a node id through the request's loader; a dangling id fails loudly, since seeding forbids it. */
export async function loadNode(context: GraphContext, id: string): Promise<NodeView> {
  const record = await context.loaders.node.load(id);
  if (!record) throw new Error(`Node "${id}" is referenced but does not exist`);
  return toNodeView(record);
}
