import { storedDateText } from '../db/convert';
import {
  COMMON_NODE_PROPERTIES,
  datePropertyNames,
  ENTITY_LABEL,
  NODE_KIND_NAMES,
  nodePropertySpecs,
  precisionPropertyName,
  readPropertyValues,
  type NodeKind,
  type PropertyValues,
} from '../model';

/** The properties every node has (COMMON_NODE_PROPERTIES), as the services hand them upward. */
export type CommonNodeValues = PropertyValues<typeof COMMON_NODE_PROPERTIES>;

/** A node as the services hand it upward: the common properties, its kind, and its kind's own in `properties`. */
export type NodeRecord = CommonNodeValues & { kind: NodeKind; properties: Record<string, unknown> };

const NODE_DATES = [...new Set(NODE_KIND_NAMES.flatMap((kind) => datePropertyNames(nodePropertySpecs(kind))))];

/** Cypher map entries: each date of `entity` as text as precise as it was stored, its stored precision dropped. */
export const dateEntries = (entity: string, names: readonly string[]) =>
  names.map((name) => `, ${name}: ${storedDateText(entity, name)}, ${precisionPropertyName(name)}: null`).join('');

/**
 * Cypher that projects node `n` into the map that `toNodeRecord` reads. Dates come as text, as precise as their
 * source ("2019"): decoding Neo4j dates (and turning them into text afterwards) was a large part of the driver's
 * work on long answers.
 */
export const nodeMap = (n: string) =>
  `${n} {.*, kind: [label IN labels(${n}) WHERE label <> '${ENTITY_LABEL}'][0]${dateEntries(n, NODE_DATES)}}`;

/**
 * Reads a `nodeMap` projection. By the model every value is a text or a list of texts once dates come as text; the
 * date keys the projection adds to kinds without them are null and left out.
 */
export function toNodeRecord(raw: unknown): NodeRecord {
  const { kind, ...stored } = raw as Record<string, unknown>;
  const properties: Record<string, unknown> = {};
  for (const key in stored) {
    if (stored[key] !== null && !Object.hasOwn(COMMON_NODE_PROPERTIES, key)) properties[key] = stored[key];
  }
  return {
    ...(readPropertyValues(COMMON_NODE_PROPERTIES, stored) as CommonNodeValues),
    kind: kind as NodeKind,
    properties,
  };
}
