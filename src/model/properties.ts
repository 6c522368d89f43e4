import { precisionPropertyName } from './dates';

/** The value types a node or relationship property may have. */
export type PropertyType =
  | { type: 'string'; pattern?: RegExp; hint?: string }
  | { type: 'string[]' }
  | { type: 'url' }
  | { type: 'date' }
  | { type: 'number'; integer?: boolean; min?: number; max?: number; unit?: string }
  /** `name` is the enum's name in the API; without it, the kind's name and the property's, e.g. "CityType". */
  | { type: 'enum'; values: readonly string[]; name?: string };

export interface PropertySpec {
  readonly spec: PropertyType;
  readonly required?: boolean;
  /** The value an entry without the property gets. */
  readonly default?: string;
  /** The value is the id of another node: the API hands out that node rather than the id. */
  readonly reference?: boolean;
  readonly description: string;
}

/** The value a property of spec `T` has in the API and the services: dates as text, enums as their values. */
type ValueOf<T extends PropertyType> = T extends { type: 'string[]' }
  ? string[]
  : T extends { type: 'number' }
    ? number
    : T extends { type: 'enum'; values: readonly (infer V)[] }
      ? V
      : string;

/**
 * The values of properties `S` as the services hand them upward: a required property, or one with a default, is
 * always there; a list is empty when absent; any other property is null when absent.
 */
export type PropertyValues<S extends Record<string, PropertySpec>> = {
  -readonly [K in keyof S]: S[K] extends { required: true } | { default: string } | { spec: { type: 'string[]' } }
    ? ValueOf<S[K]['spec']>
    : ValueOf<S[K]['spec']> | null;
};

/**
 * The values of `specs` read from `stored` (a node's or relationship's properties), as `PropertyValues` describes
 * them: what is absent gets the model's default, an empty list, or null.
 */
export function readPropertyValues(
  specs: Record<string, PropertySpec>,
  stored: Record<string, unknown>,
): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const [name, property] of Object.entries(specs)) {
    const value = Object.hasOwn(stored, name) ? stored[name] : undefined;
    values[name] = value ?? property.default ?? (property.spec.type === 'string[]' ? [] : null);
  }
  return values;
}

/**
 * The names of the date properties among `specs`: Neo4j stores each as the first day of its period, with its
 * precision beside it (see dates.ts); the API hands them out as text as precise as their source.
 */
export function datePropertyNames(specs: Record<string, PropertySpec>): string[] {
  return Object.keys(specs).filter((name) => specs[name]!.spec.type === 'date');
}

/** Every property Neo4j stores for `specs`: each property, then beside each date the precision it may store. */
export function storedPropertyNames(specs: Record<string, PropertySpec>): string[] {
  return [...Object.keys(specs), ...datePropertyNames(specs).map(precisionPropertyName)];
}

/** The longest text a property may hold, in characters (each item of a list, too): a name, a title, a quote, a URL. */
export const MAX_TEXT_LENGTH = 2_000;

export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Where a paper's extracted text lives in the repository: a text file below seed/, named by the paper's id; the
 * curated papers' in seed/papers/, imported ones beside their import (e.g. seed/oparl/koeln/papers/).
 */
export const PAPER_FILE_PATTERN = /^seed\/(?:[a-z0-9]+(?:-[a-z0-9]+)*\/)*[a-z0-9]+(?:-[a-z0-9]+)*\.txt$/;

/** Properties every node has, whatever its kind. */
export const COMMON_NODE_PROPERTIES = {
  id: {
    spec: {
      type: 'string',
      pattern: ID_PATTERN,
      hint: 'lower-case words joined by "-", e.g. "koeln-stabsstelle-digitalisierung"',
    },
    required: true,
    description: 'Stable identifier, unique across the whole graph.',
  },
  name: { spec: { type: 'string' }, required: true, description: 'Display name, in German with umlauts.' },
  aliases: {
    spec: { type: 'string[]' },
    description: 'Other spellings: abbreviations, English names, OCR variants (e.g. "Koln").',
  },
  description: {
    spec: { type: 'string' },
    description:
      'One or two sentences on what it is, as the curated data has it now: not as of a date, whatever asOf says.',
  },
} as const satisfies Record<string, PropertySpec>;
