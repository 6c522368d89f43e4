import { LIMITS } from '../config/limits';
import { isNodeKind, nodePropertySpecs, RELATIONSHIP_PROPERTIES, type PropertySpec } from '../model';
import type { Entry } from './yaml-file';

const MAX = LIMITS.textLength;

/** A text cut to MAX characters, the last one "…", never ending in half of a surrogate pair. */
function cut(text: string): string {
  const head = text.slice(0, MAX - 1);
  return `${/[\ud800-\udbff]$/.test(head) ? head.slice(0, -1) : head}…`;
}

/**
 * An entry whose every text fits the seed files' cap (LIMITS.textLength): a longer text is cut, a longer URL left
 * out (half a URL leads nowhere), each noted for the object at `url`. What `seed --check` would refuse is not written.
 */
export function fitEntry(entry: Entry, url: string, note: (url: string, message: string) => void): Entry {
  const specs: Record<string, PropertySpec> =
    typeof entry.kind === 'string' && isNodeKind(entry.kind) ? nodePropertySpecs(entry.kind) : RELATIONSHIP_PROPERTIES;
  const fitted: Entry = {};
  for (const [field, value] of Object.entries(entry)) {
    const isUrl = Object.hasOwn(specs, field) && specs[field]!.spec.type === 'url';
    const long = (Array.isArray(value) ? value : [value]).some((v) => v.length > MAX);
    if (!long) fitted[field] = value;
    else if (isUrl) note(url, `${field} is longer than ${MAX} characters; left out`);
    else {
      fitted[field] = Array.isArray(value) ? value.map((v) => (v.length > MAX ? cut(v) : v)) : cut(value);
      note(url, `${field} is longer than ${MAX} characters; cut`);
    }
  }
  return fitted;
}
