import { isDate, isDateTime, isLocalDateTime } from 'neo4j-driver';
import {
  COMMON_NODE_PROPERTIES,
  datePropertyNames,
  ENTITY_LABEL,
  NODE_KIND_NAMES,
  nodePropertySpecs,
  precisionPropertyName,
  readPropertyValues,
  RELATIONSHIP_PROPERTIES,
  type NodeKind,
  type PropertyValues,
  type RelationshipProperties,
  type RelationshipType,
} from '../model';

/*
 * Reading Neo4j, in one place: the Cypher that projects nodes and relationships into maps, the kind of a node, and
 * the conversion of what comes back. Dates come as text from the projections: decoding Neo4j dates (and turning them
 * into text afterwards) was a large part of the driver's work on long answers. Integers come as numbers, since the
 * driver is made with `disableLosslessIntegers`.
 */

/** Cypher: the kind labels of node `n`, every label but Entity (one, unless a load is changing the node's kind). */
export const kindLabels = (n: string) => `[label IN labels(${n}) WHERE label <> '${ENTITY_LABEL}']`;

/** Cypher: the kind of node `n`. */
export const kindOf = (n: string) => `${kindLabels(n)}[0]`;

/**
 * Cypher: date property `name` of `entity` as text, as precise as it was stored (a year or a month is stored as its
 * first day, with its precision beside it): "2019", "2017-11" or "2017-11-05"; null when absent. Every read of a
 * date for an answer goes through it.
 */
export function storedDateText(entity: string, name: string): string {
  const date = `toString(${entity}.${name})`;
  return (
    `CASE ${entity}.${precisionPropertyName(name)} WHEN 'YEAR' THEN left(${date}, 4) ` +
    `WHEN 'MONTH' THEN left(${date}, 7) ELSE ${date} END`
  );
}

/**
 * Cypher: the last day of the period that date property `name` of `entity` names: the same day for a day's date,
 * the 31 December for a year's.
 */
export function storedLastDay(entity: string, name: string): string {
  const date = `${entity}.${name}`;
  return (
    `CASE ${entity}.${precisionPropertyName(name)} WHEN 'YEAR' THEN ${date} + duration('P1Y') - duration('P1D') ` +
    `WHEN 'MONTH' THEN ${date} + duration('P1M') - duration('P1D') ELSE ${date} END`
  );
}

/** Cypher: the entries of a map projection of `x` that give the named dates as text, their stored precision dropped. */
const datesAsText = (x: string, dates: readonly string[]) =>
  dates.map((name) => `, ${name}: ${storedDateText(x, name)}, ${precisionPropertyName(name)}: null`).join('');

/**
 * Cypher: the map projection of `x` with `entries` added and the named dates as text. An entity without any of the
 * dates (most of the register) is projected without the date entries: their nulls were a third of what a scan of
 * the graph sent.
 */
const projectionWithDates = (x: string, dates: readonly string[], entries = '') =>
  `CASE WHEN ${dates.map((name) => `${x}.${name} IS NULL`).join(' AND ')} THEN ${x} {.*${entries}} ` +
  `ELSE ${x} {.*${entries}${datesAsText(x, dates)}} END`;

const NODE_DATES = [...new Set(NODE_KIND_NAMES.flatMap((kind) => datePropertyNames(nodePropertySpecs(kind))))];
const RELATIONSHIP_DATES = datePropertyNames(RELATIONSHIP_PROPERTIES);

/** Cypher: the properties of node `n`, dates as text; `toProperties` reads it. */
export const nodeProperties = (n: string) => projectionWithDates(n, NODE_DATES);

/** Cypher: the properties of relationship `r`, dates as text: every read of a fact's properties uses it. */
export const relationshipProps = (r: string) => projectionWithDates(r, RELATIONSHIP_DATES);

/** Cypher that projects node `n` into the map that `toNodeRecord` reads: its properties and its kind. */
export const nodeMap = (n: string) => projectionWithDates(n, NODE_DATES, `, kind: ${kindOf(n)}`);

/**
 * Reads a `nodeProperties` or `relationshipProps` projection as the stored properties: the date keys the projection
 * adds to entries without them are null, and Neo4j stores no null, so null values are left out.
 */
export function toProperties(raw: unknown): Record<string, unknown> {
  const stored = raw as Record<string, unknown>;
  const properties: Record<string, unknown> = {};
  for (const key in stored) if (stored[key] !== null) properties[key] = stored[key];
  return properties;
}

/**
 * Turns the temporal values of a record read without a projection (e.g. a change-log entry's `datetime`) into ISO
 * text: a date as "2024-05-17", a date-time as JavaScript's ISO form.
 */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (isDate(value as object)) return (value as object).toString();
  if (isDateTime(value as object) || isLocalDateTime(value as object))
    return new Date((value as object).toString()).toISOString();
  if (Array.isArray(value)) return value.map(toPlain);
  if (typeof value === 'object') {
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, toPlain(v)]));
  }
  return value;
}

/** The properties every node has (COMMON_NODE_PROPERTIES), as the services hand them upward. */
export type CommonNodeValues = PropertyValues<typeof COMMON_NODE_PROPERTIES>;

/** A node as the services hand it upward: the common properties, its kind, and its kind's own in `properties`. */
export type NodeRecord = CommonNodeValues & { kind: NodeKind; properties: Record<string, unknown> };

/** Reads a `nodeMap` projection. By the model every value is a text or a list of texts once dates come as text. */
export function toNodeRecord(raw: unknown): NodeRecord {
  const { kind, ...stored } = toProperties(raw);
  const properties: Record<string, unknown> = {};
  for (const key in stored) if (!Object.hasOwn(COMMON_NODE_PROPERTIES, key)) properties[key] = stored[key];
  return {
    ...(readPropertyValues(COMMON_NODE_PROPERTIES, stored) as CommonNodeValues),
    kind: kind as NodeKind,
    properties,
  };
}

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

/** Cypher that projects relationship `r` between owner `a` and other end `b` into the map `toRelationshipRecord` reads. */
export const relationshipMap = (a: string, r: string, b: string) =>
  `{type: type(${r}), direction: CASE WHEN startNode(${r}) = ${a} THEN 'OUTGOING' ELSE 'INCOMING' END, ` +
  `ownerId: ${a}.id, node: ${nodeMap(b)}, props: ${relationshipProps(r)}}`;

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
