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

export function toNodeRecord(raw: unknown): NodeRecord {
  const { id, kind, name, aliases, description, ...properties } = toPlain(raw) as Record<string, unknown>;
  return {
    id: id as string,
    kind: kind as NodeKind,
    name: name as string,
    aliases: (aliases as string[] | null) ?? [],
    description: (description as string | null) ?? null,
    properties,
  };
}
