import { CORE_SCHEMA, load } from 'js-yaml';
import { isDeepStrictEqual } from 'node:util';

/** Whether `line` reads back, with the loader's own schema, as `expected`. */
function readsAs(line: string, expected: unknown): boolean {
  try {
    return isDeepStrictEqual(load(line, { schema: CORE_SCHEMA }), expected);
  } catch {
    return false;
  }
}

/**
 * A value as the curated files write it: a number as it is; a text plain when YAML reads it back unchanged, otherwise in single quotes (a quote
 * doubled), and in double quotes only when it spans lines. `inList` is for items of a flow list `[a, b]`.
 */
export function formatScalar(value: string | number, inList = false): string {
  if (typeof value === 'number') return String(value);
  if (!value.includes('\n')) {
    const probe = inList ? `k: [${value}]` : `k: ${value}`;
    if (readsAs(probe, { k: inList ? [value] : value })) return value;
    return `'${value.replace(/'/g, "''")}'`;
  }
  return JSON.stringify(value);
}

/** The lines of `key: value` at `indent`; a list in flow style unless `block` asks for one item a line. */
export function formatKey(key: string, value: string | number | string[], indent: string, block = false): string[] {
  if (!Array.isArray(value)) return [`${indent}${key}: ${formatScalar(value)}`];
  if (block) return [`${indent}${key}:`, ...value.map((item) => `${indent}  - ${formatScalar(item)}`)];
  return [`${indent}${key}: [${value.map((item) => formatScalar(item, true)).join(', ')}]`];
}

/** A whole list entry, its keys in the given order, the first after "- ". */
export function formatEntry(
  entry: Record<string, string | string[]>,
  order: readonly string[],
  indent: string,
): string[] {
  const keys = Object.keys(entry).sort((a, b) => rank(order, a) - rank(order, b));
  return keys.flatMap((key, index) => {
    const [first, ...rest] = formatKey(key, entry[key]!, `${indent}  `);
    return index === 0 ? [`${indent}- ${first!.trimStart()}`, ...rest] : [first!, ...rest];
  });
}

/** Where `key` stands in `order`; unknown keys go last. */
export function rank(order: readonly string[], key: string): number {
  const index = order.indexOf(key);
  return index < 0 ? order.length : index;
}
