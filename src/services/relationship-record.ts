import { datePropertyNames, RELATIONSHIP_PROPERTIES, type RelationshipType, type Status } from '../model';
import { nodeMap, toNodeRecord, type NodeRecord } from './node-record';

export const DIRECTIONS = ['OUTGOING', 'INCOMING', 'ABOUT'] as const;

/** Seen from a node: a fact from it, one to it, or one between two other nodes that is about it. */
export type Direction = (typeof DIRECTIONS)[number];

/** A relationship seen from one of its ends: `node` is the other end. */
export interface RelationshipRecord {
  type: RelationshipType;
  direction: Direction;
  /** The end the relationship was looked up from. */
  ownerId: string;
  node: NodeRecord;
  status: Status;
  since: string | null;
  until: string | null;
  evidence: string | null;
  role: string | null;
  task: string | null;
  interval: string | null;
  about: string | null;
  source: string;
  /**
   * Set when the owner is not an end of the fact but what it is about (its `about`): the fact's start node. `node`
   * is then its end node and `direction` ABOUT.
   */
  aboutFrom: NodeRecord | null;
}

const DATES = datePropertyNames(RELATIONSHIP_PROPERTIES);

/**
 * Cypher that projects relationship `r` between owner `a` and other end `b` into the map `toRelationshipRecord`
 * reads; dates come as text, as in `nodeMap`.
 */
export const relationshipMap = (a: string, r: string, b: string) =>
  `{type: type(${r}), direction: CASE WHEN startNode(${r}) = ${a} THEN 'OUTGOING' ELSE 'INCOMING' END, ` +
  `ownerId: ${a}.id, node: ${nodeMap(b)}, props: ${relationshipProps(r)}}`;

/** Cypher that projects the properties of relationship `r`, dates as text: every read of a fact's properties uses it. */
export const relationshipProps = (r: string) =>
  `${r} {.*${DATES.map((name) => `, ${name}: toString(${r}.${name})`).join('')}}`;

/** Reads a `relationshipMap` projection, or one that adds `aboutFrom` (see nodes.service.ts). */
export function toRelationshipRecord(raw: unknown): RelationshipRecord {
  const { type, direction, ownerId, node, props, aboutFrom } = raw as {
    type: RelationshipType;
    direction: Direction;
    ownerId: string;
    node: unknown;
    props: Record<string, string | null | undefined>;
    aboutFrom?: unknown;
  };
  return {
    type,
    direction,
    ownerId,
    node: toNodeRecord(node),
    status: props.status as Status,
    since: props.since ?? null,
    until: props.until ?? null,
    evidence: props.evidence ?? null,
    role: props.role ?? null,
    task: props.task ?? null,
    interval: props.interval ?? null,
    about: props.about ?? null,
    source: props.source as string,
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
