import neo4j, { isDate, isDateTime, isInt, isLocalDateTime } from 'neo4j-driver';

/** Turns Neo4j values (integers, temporals) inside a record into plain JavaScript values. */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (isInt(value as object)) return (value as { toNumber(): number }).toNumber();
  if (isDate(value as object)) return (value as object).toString();
  if (isDateTime(value as object) || isLocalDateTime(value as object))
    return new Date((value as object).toString()).toISOString();
  if (Array.isArray(value)) return value.map(toPlain);
  if (typeof value === 'object') {
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, toPlain(v)]));
  }
  return value;
}

/** A whole number as Neo4j's integer type, as SKIP, LIMIT and range bounds require. */
export function int(value: number) {
  return neo4j.int(value);
}
