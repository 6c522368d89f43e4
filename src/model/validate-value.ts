import { isIsoDate } from './dates';
import { MAX_TEXT_LENGTH, type PropertySpec } from './properties';

const tooLong = (value: string): string =>
  `is ${value.length} characters long, more than the ${MAX_TEXT_LENGTH} a text may have`;

/** Checks one property value against its spec; returns the problem in a few words, or null when it is fine. */
export function checkValue(spec: PropertySpec['spec'], value: unknown): string | null {
  switch (spec.type) {
    case 'string':
      if (typeof value !== 'string' || value.trim() === '') return `must be a non-empty text, got ${describe(value)}`;
      if (value.length > MAX_TEXT_LENGTH) return tooLong(value);
      if (spec.pattern && !spec.pattern.test(value))
        return `must be ${spec.hint ?? `like ${spec.pattern}`}, got ${shown(value)}`;
      return null;
    case 'string[]': {
      if (!Array.isArray(value)) return `must be a list of texts, got ${describe(value)}`;
      const bad = value.find((v) => typeof v !== 'string' || v.trim() === '');
      if (bad !== undefined) return `must be a list of non-empty texts, but holds ${describe(bad)}`;
      const long = (value as string[]).find((v) => v.length > MAX_TEXT_LENGTH);
      return long === undefined
        ? null
        : `holds a text of ${long.length} characters, more than the ${MAX_TEXT_LENGTH} a text may have`;
    }
    case 'url':
      if (typeof value === 'string' && value.length > MAX_TEXT_LENGTH) return tooLong(value);
      return typeof value === 'string' && isHttpUrl(value) ? null : `must be an http(s) URL, got ${shown(value)}`;
    case 'date':
      return typeof value === 'string' && isIsoDate(value)
        ? null
        : `must be a date YYYY-MM-DD, YYYY-MM or YYYY, as precise as the source, got ${shown(value)}`;
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value)) return `must be a number, got ${describe(value)}`;
      if (spec.integer && !Number.isInteger(value)) return `must be a whole number, got ${value}`;
      if (spec.min !== undefined && value < spec.min) return `must be at least ${spec.min}, got ${value}`;
      if (spec.max !== undefined && value > spec.max) return `must be at most ${spec.max}, got ${value}`;
      return null;
    case 'enum':
      return typeof value === 'string' && spec.values.includes(value)
        ? null
        : `must be one of ${spec.values.join(', ')}, got ${shown(value)}`;
  }
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

/** The longest part of a text a message quotes. */
const SHOWN_LENGTH = 80;

/**
 * A value as a message shows it, bounded whatever it is: a text in quotes (cut after SHOWN_LENGTH characters, line
 * breaks and control characters escaped), a number or truth value as it is, a list or mapping only by what it is.
 */
export function shown(value: unknown): string {
  if (typeof value === 'string') {
    const cut = value.length > SHOWN_LENGTH ? `${value.slice(0, SHOWN_LENGTH)}…` : value;
    return JSON.stringify(cut).replace(/\\"/g, '"');
  }
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return value === null || value === undefined ? 'nothing' : Array.isArray(value) ? 'a list' : 'a mapping';
}

/** Names a wrong value so that a curator sees what YAML made of it, e.g. 10.50 read as the number 10.5. */
function describe(value: unknown): string {
  if (typeof value === 'string') return shown(value);
  if (typeof value === 'number' || typeof value === 'boolean') {
    return `the ${typeof value} ${String(value)} (put it in quotes to make it a text)`;
  }
  return value === null ? 'nothing' : Array.isArray(value) ? 'a list' : 'a mapping';
}
