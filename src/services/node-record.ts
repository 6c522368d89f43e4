import { datePropertyNames, ENTITY_LABEL, NODE_KIND_NAMES, nodePropertySpecs, type NodeKind } from '../model';

/** A node as the services hand it upward: common fields plus every other property in `properties`. */
export interface NodeRecord {
  id: string;
  kind: NodeKind;
  name: string;
  aliases: string[];
  description: string | null;
  properties: Record<string, unknown>;
}

const NODE_DATES = [...new Set(NODE_KIND_NAMES.flatMap((kind) => datePropertyNames(nodePropertySpecs(kind))))];

/**
 * Cypher that projects node `n` into the map that `toNodeRecord` reads. Dates come as text: decoding Neo4j dates
 * (and turning them into text afterwards) was a large part of the driver's work on long answers.
 */
export const nodeMap = (n: string) =>
  `${n} {.*, kind: [label IN labels(${n}) WHERE label <> '${ENTITY_LABEL}'][0]` +
  NODE_DATES.map((name) => `, ${name}: toString(${n}.${name})`).join('') +
  '}';

/**
 * Reads a `nodeMap` projection. By the model every value is a text or a list of texts once dates come as text; the
 * date keys the projection adds to kinds without them are null and left out.
 */
export function toNodeRecord(raw: unknown): NodeRecord {
  const { id, kind, name, aliases, description, ...rest } = raw as Record<string, unknown>;
  const properties: Record<string, unknown> = {};
  for (const key in rest) if (rest[key] !== null) properties[key] = rest[key];
  return {
    id: id as string,
    kind: kind as NodeKind,
    name: name as string,
    aliases: (aliases as string[] | null | undefined) ?? [],
    description: (description as string | null | undefined) ?? null,
    properties,
  };
}
