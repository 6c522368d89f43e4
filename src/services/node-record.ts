import { toPlain } from '../db/convert';
import { ENTITY_LABEL, type NodeKind } from '../model';

/** A node as the services hand it upward: common fields plus every other property in `properties`. */
export interface NodeRecord {
  id: string;
  kind: NodeKind;
  name: string;
  aliases: string[];
  description: string | null;
  properties: Record<string, unknown>;
}

/** Cypher that projects node `n` into the map that `toNodeRecord` reads. */
export const nodeMap = (n: string) => `${n} {.*, kind: [label IN labels(${n}) WHERE label <> '${ENTITY_LABEL}'][0]}`;

/**
 * Reads a `nodeMap` projection. The common fields are texts by the model, so only the kind's own properties (a
 * Document's dates) go through toPlain: on a page of a thousand nodes its per-value type checks were the largest
 * cost of the request after Neo4j itself.
 */
export function toNodeRecord(raw: unknown): NodeRecord {
  const { id, kind, name, aliases, description, ...properties } = raw as Record<string, unknown>;
  return {
    id: id as string,
    kind: kind as NodeKind,
    name: name as string,
    aliases: (aliases as string[] | null | undefined) ?? [],
    description: (description as string | null | undefined) ?? null,
    properties: toPlain(properties) as Record<string, unknown>,
  };
}
