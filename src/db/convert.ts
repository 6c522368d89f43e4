import neo4j from 'neo4j-driver';
import { datePrecision, firstDay, precisionPropertyName, type PropertySpec } from '../model';

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
