import {
  datePropertyNames,
  readPropertyValues,
  RELATIONSHIP_PROPERTIES,
  type RelationshipProperties,
  type RelationshipType,
} from '../model';
import { dateEntries, nodeMap, toNodeRecord, type NodeRecord } from './node-record';

/** Seen from a node: a fact from it, one to it, or one between two other nodes that is about it. */
export const DIRECTIONS = ['OUTGOING', 'INCOMING', 'ABOUT'] as const;
export type Direction = (typeof DIRECTIONS)[number];

/**
 * A relationship seen from one of its ends: `node` is the other end. Beside its ends it carries every property the
 * model gives a relationship (RELATIONSHIP_PROPERTIES), absent ones null or their default.
 */
export type RelationshipRecord = RelationshipProperties & {
  type: RelationshipType;
  direction: Direction;
  /** The end the relationship was looked up from. */
  ownerId: string;
  node: NodeRecord;
  /**
   * Set when the owner is not an end of the fact but what it is about (its `about`): the fact's start node. `node`
   * is then its end node and `direction` ABOUT.
   */
  aboutFrom: NodeRecord | null;
};

const DATES = datePropertyNames(RELATIONSHIP_PROPERTIES);

/**
 * Cypher that projects relationship `r` between owner `a` and other end `b` into the map `toRelationshipRecord`
 * reads; dates come as text, as in `nodeMap`.
 */
export const relationshipMap = (a: string, r: string, b: string) =>
  `{type: type(${r}), direction: CASE WHEN startNode(${r}) = ${a} THEN 'OUTGOING' ELSE 'INCOMING' END, ` +
  `ownerId: ${a}.id, node: ${nodeMap(b)}, props: ${relationshipProps(r)}}`;

/**
 * Cypher that projects the properties of relationship `r`, dates as text as precise as their source: every read of
 * a fact's properties uses it.
 */
export const relationshipProps = (r: string) => `${r} {.*${dateEntries(r, DATES)}}`;

/** Reads a `relationshipMap` projection, or one that adds `aboutFrom` (see nodes.service.ts). */
export function toRelationshipRecord(raw: unknown): RelationshipRecord {
  const { type, direction, ownerId, node, props, aboutFrom } = raw as {
    type: RelationshipType;
    direction: Direction;
    ownerId: string;
    node: unknown;
    props: Record<string, unknown>;
    aboutFrom?: unknown;
  };
  return {
    ...(readPropertyValues(RELATIONSHIP_PROPERTIES, props) as RelationshipProperties),
    type,
    direction,
    ownerId,
    node: toNodeRecord(node),
    aboutFrom: aboutFrom ? toNodeRecord(aboutFrom) : null,
  };
}

/** The ends and type that make two statements the same relationship, as "start TYPE end". */
export function relationshipIdentity(fact: RelationshipRecord): string {
  const [start, end] = fact.aboutFrom
    ? [fact.aboutFrom.id, fact.node.id]
    : fact.direction === 'OUTGOING'
      ? [fact.ownerId, fact.node.id]
      : [fact.node.id, fact.ownerId];
  return `${start} ${fact.type} ${end}`;
}
