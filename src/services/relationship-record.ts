import { toPlain } from '../db/convert';
import type { RelationshipType, Status } from '../model';
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
  about: string | null;
  source: string;
}

/** Cypher that projects relationship `r` between owner `a` and other end `b` into the map `toRelationshipRecord` reads. */
export const relationshipMap = (a: string, r: string, b: string) =>
  `{type: type(${r}), direction: CASE WHEN startNode(${r}) = ${a} THEN 'OUTGOING' ELSE 'INCOMING' END, ` +
  `ownerId: ${a}.id, node: ${nodeMap(b)}, props: properties(${r})}`;

export function toRelationshipRecord(raw: unknown): RelationshipRecord {
  const { type, direction, ownerId, node, props } = raw as {
    type: RelationshipType;
    direction: Direction;
    ownerId: string;
    node: unknown;
    props: Record<string, unknown>;
  };
  // `since` and `until` are the only relationship properties that are not texts (see RELATIONSHIP_PROPERTIES).
  const p = props as Record<string, string | undefined>;
  return {
    type,
    direction,
    ownerId,
    node: toNodeRecord(node),
    status: p.status as Status,
    since: toPlain(props.since) as string | null,
    until: toPlain(props.until) as string | null,
    evidence: p.evidence ?? null,
    role: p.role ?? null,
    about: p.about ?? null,
    source: p.source as string,
  };
}
