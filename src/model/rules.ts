import { dateText, firstDay, lastDay } from './dates';
import { NODE_KINDS, type NodeKind } from './node-kinds';
import { COMMON_NODE_PROPERTIES, type PropertySpec } from './properties';
import { RELATIONSHIP_PROPERTIES } from './relationship-properties';
import { RELATIONSHIP_TYPES, type RelationshipType } from './relationship-types';
import { checkValue } from './validate-value';

export interface FieldProblem {
  field?: string;
  message: string;
}

export function isNodeKind(value: unknown): value is NodeKind {
  return typeof value === 'string' && Object.hasOwn(NODE_KINDS, value);
}

export function isRelationshipType(value: unknown): value is RelationshipType {
  return typeof value === 'string' && Object.hasOwn(RELATIONSHIP_TYPES, value);
}

const SPECS_BY_KIND = new Map<NodeKind, Readonly<Record<string, PropertySpec>>>();

/**
 * All properties a node of `kind` may have, in a map without a prototype: a field named "constructor" or "toString"
 * looks up nothing. Made once per kind: a load asks it of every node.
 */
export function nodePropertySpecs(kind: NodeKind): Readonly<Record<string, PropertySpec>> {
  let specs = SPECS_BY_KIND.get(kind);
  if (!specs) {
    specs = Object.freeze(
      Object.assign(
        Object.create(null) as Record<string, PropertySpec>,
        COMMON_NODE_PROPERTIES,
        NODE_KINDS[kind].properties,
      ),
    );
    SPECS_BY_KIND.set(kind, specs);
  }
  return specs;
}

/**
 * `values` with each date that YAML read as a number (`since: 2019`, a year) as the text it stands for; the same
 * object when there is none.
 */
export function withDateTexts<T extends Record<string, unknown>>(specs: Record<string, PropertySpec>, values: T): T {
  let changed: Record<string, unknown> | null = null;
  for (const [field, value] of Object.entries(values)) {
    if (typeof value !== 'number' || !Object.hasOwn(specs, field) || specs[field]!.spec.type !== 'date') continue;
    changed ??= { ...values };
    changed[field] = dateText(value);
  }
  return (changed ?? values) as T;
}

function checkProperties(
  specs: Record<string, PropertySpec>,
  values: Record<string, unknown>,
  owner: string,
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const [field, value] of Object.entries(values)) {
    const spec = Object.hasOwn(specs, field) ? specs[field] : undefined;
    if (!spec) {
      problems.push({ field, message: `is not a property of ${owner}; allowed: ${Object.keys(specs).join(', ')}` });
    } else if (value !== undefined && value !== null) {
      const problem = checkValue(spec.spec, value);
      if (problem) problems.push({ field, message: problem });
    }
  }
  for (const [field, spec] of Object.entries(specs)) {
    if (spec.required && (values[field] === undefined || values[field] === null)) {
      problems.push({ field, message: 'is required' });
    }
  }
  return problems;
}

/** The model's rules for a node's own properties (not its id's uniqueness). */
export function checkNodeProperties(kind: NodeKind, properties: Record<string, unknown>): FieldProblem[] {
  const problems = checkProperties(nodePropertySpecs(kind), properties, kind);
  if (kind === 'Document' && properties.type === 'WEBSITE' && !properties.url) {
    problems.push({ field: 'url', message: 'is required for a Document of type WEBSITE' });
  }
  return problems;
}

/** The model's rules for a relationship's properties. */
export function checkRelationshipProperties(properties: Record<string, unknown>): FieldProblem[] {
  const problems = checkProperties(RELATIONSHIP_PROPERTIES, properties, 'a relationship');
  const { since, until } = properties;
  if (typeof since === 'string' && typeof until === 'string' && lastDay(until) < firstDay(since)) {
    problems.push({ field: 'until', message: `must not be before since (${since})` });
  }
  return problems;
}

/** Whether the model allows `type` from a `fromKind` node to a `toKind` node; null when it does. */
export function checkEndpoints(type: RelationshipType, fromKind: NodeKind, toKind: NodeKind): string | null {
  const spec = RELATIONSHIP_TYPES[type];
  const fromOk = (spec.from as readonly NodeKind[]).includes(fromKind);
  const toOk = (spec.to as readonly NodeKind[]).includes(toKind);
  if (fromOk && toOk) return null;
  return `${type} is not allowed from ${fromKind} to ${toKind}; it goes from ${spec.from.join('|')} to ${spec.to.join('|')}`;
}
