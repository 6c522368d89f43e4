import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import body from './schema/Body.json';
import consultation from './schema/Consultation.json';
import file from './schema/File.json';
import meeting from './schema/Meeting.json';
import organization from './schema/Organization.json';
import paper from './schema/Paper.json';
import system from './schema/System.json';

const SCHEMAS = {
  System: system,
  Body: body,
  Organization: organization,
  Meeting: meeting,
  Paper: paper,
  Consultation: consultation,
  File: file,
} as const;

export type OparlKind = keyof typeof SCHEMAS;

const V11 = 'https://schema.oparl.org/1.1/';
const V10 = 'https://schema.oparl.org/1.0/';

function compile(): Record<OparlKind, ValidateFunction> {
  // The schemas escape ":" in patterns, which the u flag refuses, and give `items` to URL strings of external lists.
  const ajv = new Ajv({ allErrors: false, strictSchema: true, strictTypes: false, unicodeRegExp: false });
  addFormats(ajv, ['date', 'date-time']);
  // OParl's own keywords describe links between objects; they constrain nothing.
  ajv.addVocabulary(['references', 'backreference', 'cardinality', 'schema']);
  ajv.addFormat('url', /^https?:\/\/\S+$/i);
  const compiled = {} as Record<OparlKind, ValidateFunction>;
  for (const [kind, schema] of Object.entries(SCHEMAS)) compiled[kind as OparlKind] = ajv.compile(schema);
  return compiled;
}

let validators: Record<OparlKind, ValidateFunction> | undefined;

export type Checked<T> = { ok: true; object: T; version: '1.0' | '1.1' } | { ok: false; problem: string };

function describe(error: ErrorObject): string {
  if (error.keyword === 'required') return `field "${String(error.params.missingProperty)}": is required`;
  const field = error.instancePath.replace(/^\//, '').replace(/\//g, '.') || '(object)';
  return `field "${field}": ${error.message ?? 'is invalid'}`;
}

/**
 * Checks an object against the OParl 1.1 schema of its kind. An OParl 1.0 object (type under
 * https://schema.oparl.org/1.0/) is read as 1.1, which is compatible with it, and says so in `version`.
 */
export function checkObject<T>(kind: OparlKind, value: unknown): Checked<T> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, problem: 'is not a JSON object' };
  }
  const object = value as Record<string, unknown>;
  if (typeof object.id !== 'string') return { ok: false, problem: 'field "id": is required' };
  let version: '1.0' | '1.1' = '1.1';
  let candidate = object;
  if (typeof object.type === 'string' && object.type.toLowerCase() === `${V10}${kind}`.toLowerCase()) {
    version = '1.0';
    candidate = { ...object, type: `${V11}${kind}` };
  }
  validators ??= compile();
  const validate = validators[kind];
  if (!validate(candidate)) return { ok: false, problem: describe(validate.errors![0]!) };
  return { ok: true, object: candidate as T, version };
}
