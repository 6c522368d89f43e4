import neo4j, { isDate, isDateTime, isInt, isLocalDateTime } from 'neo4j-driver';
import { datePrecision, firstDay, precisionPropertyName, type PropertySpec } from '../model';

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

/**
 * Turns ISO date strings into Neo4j dates and whole numbers into Neo4j integers (a JavaScript number would be
 * stored as a float), as the model's property types say. A date of a year or a month is stored as the first day of
 * its period, with its precision beside it (`sincePrecision: 'YEAR'`); a day's date, or a date removed (null),
 * removes that precision. Properties without either come back as they are, uncopied: a seed load at the
 * benchmark's size L converts a million of them.
 */
export function toNeo4jProperties(
  specs: Record<string, PropertySpec>,
  properties: Record<string, unknown>,
): Record<string, unknown> {
  let converted: Record<string, unknown> | null = null;
  for (const key in properties) {
    const value = properties[key];
    const spec = specs[key]?.spec;
    if (spec?.type === 'date' && (typeof value === 'string' || value === null)) {
      converted ??= { ...properties };
      const precision = value === null ? 'DAY' : datePrecision(value);
      converted[precisionPropertyName(key)] = precision === 'DAY' ? null : precision;
      if (value === null) continue;
      const [year, month, day] = firstDay(value).split('-').map(Number);
      converted[key] = new neo4j.types.Date(year!, month!, day!);
    } else if (spec?.type === 'number' && spec.integer && typeof value === 'number') {
      converted ??= { ...properties };
      converted[key] = neo4j.int(value);
    }
  }
  return converted ?? properties;
}

/** The length of a date's text at each stored precision; a day's is the whole ISO date. */
const PRECISION_LENGTHS: Record<string, number> = { YEAR: 4, MONTH: 7 };

/**
 * The properties of a node or relationship read with `toPlain`, each date as precise as it was stored: a date with
 * a stored precision (`sincePrecision: 'YEAR'`) becomes its year or month ("2019"), and the precision itself is
 * left out, as the seed files write it.
 */
export function withStoredPrecision(properties: Record<string, unknown>): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(properties)) {
    const precision = properties[precisionPropertyName(key)];
    const length = typeof precision === 'string' ? PRECISION_LENGTHS[precision] : undefined;
    if (!(key.endsWith('Precision') && Object.hasOwn(properties, key.slice(0, -'Precision'.length)))) {
      result[key] = typeof value === 'string' && length !== undefined ? value.slice(0, length) : value;
    }
  }
  return result;
}

/**
 * Cypher: the last day of the period that date property `name` of `entity` names (stored as its first day): the
 * same day for a day's date, the 31 December for a year's.
 */
export function storedLastDay(entity: string, name: string): string {
  const date = `${entity}.${name}`;
  return (
    `CASE ${entity}.${precisionPropertyName(name)} WHEN 'YEAR' THEN ${date} + duration('P1Y') - duration('P1D') ` +
    `WHEN 'MONTH' THEN ${date} + duration('P1M') - duration('P1D') ELSE ${date} END`
  );
}

/**
 * Cypher: date property `name` of `entity` as text, as precise as it was stored: "2019", "2017-11" or "2017-11-05";
 * null when absent. Every read of a date for an answer goes through it.
 */
export function storedDateText(entity: string, name: string): string {
  const date = `toString(${entity}.${name})`;
  return (
    `CASE ${entity}.${precisionPropertyName(name)} WHEN 'YEAR' THEN left(${date}, 4) ` +
    `WHEN 'MONTH' THEN left(${date}, 7) ELSE ${date} END`
  );
}
