import { datePropertyNames, RELATIONSHIP_PROPERTIES, type RelationshipType, type Status } from '../model';
import { nodeMap, toNodeRecord, type NodeRecord } from './node-record';

export type Direction = 'OUTGOING' | 'INCOMING';

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
  place: number | null;
  points: number | null;
  url: string | null;
  about: string | null;
  source: string;
  /**
   * Set when the owner is not an end of the fact but what it is about (its `about`): the fact's start node. `node`
   * is then its end node and `direction` OUTGOING.
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

const text = (value: string | number | null | undefined): string | null =>
  value === null || value === undefined ? null : String(value);

/** Reads a `relationshipMap` projection, or one that adds `aboutFrom` (see nodes.service.ts). */
export function toRelationshipRecord(raw: unknown): RelationshipRecord {
  const { type, direction, ownerId, node, props, aboutFrom } = raw as {
    type: RelationshipType;
    direction: Direction;
    ownerId: string;
    node: unknown;
    props: Record<string, string | number | null | undefined>;
    aboutFrom?: unknown;
  };
  return {
    type,
    direction,
    ownerId,
    node: toNodeRecord(node),
    status: props.status as Status,
    since: text(props.since),
    until: text(props.until),
    evidence: text(props.evidence),
    role: text(props.role),
    task: text(props.task),
    interval: text(props.interval),
    place: typeof props.place === 'number' ? props.place : null,
    points: typeof props.points === 'number' ? props.points : null,
    url: text(props.url),
    about: text(props.about),
    source: props.source as string,
    aboutFrom: aboutFrom ? toNodeRecord(aboutFrom) : null,
  };
}
