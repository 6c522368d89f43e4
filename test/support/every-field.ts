import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isUnionType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLSchema,
} from 'graphql';

/** Values for required arguments, by argument name, taken from the curated graph. */
export type ArgumentValues = Record<string, unknown>;

function literal(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(literal).join(', ')}]`;
  return JSON.stringify(value);
}

/** A value for a required argument: the curated value for its name, else the first enum value, else a sample. */
function argumentValue(type: GraphQLInputType, name: string, values: ArgumentValues): string {
  if (name in values) return literal(values[name]);
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) return `[${argumentValue(inner.ofType, name, values)}]`;
  if (isEnumType(inner)) return inner.getValues()[0]!.name;
  if (isInputObjectType(inner)) {
    const fields = Object.values(inner.getFields()).filter(
      (f) => isNonNullType(f.type) && f.defaultValue === undefined,
    );
    return `{${fields.map((f) => `${f.name}: ${argumentValue(f.type, f.name, values)}`).join(', ')}}`;
  }
  throw new Error(
    `No value for the required argument "${name}" of type ${String(type)}: add one to the curated values`,
  );
}

function argumentsOf(args: readonly GraphQLArgument[], values: ArgumentValues, chosen: string[] = []): string {
  const required = args.filter(
    (a) => (isNonNullType(a.type) && a.defaultValue === undefined) || chosen.includes(a.name),
  );
  if (required.length === 0) return '';
  return `(${required.map((a) => `${a.name}: ${argumentValue(a.type, a.name, values)}`).join(', ')})`;
}

/** The possible object types of a named type: itself, or the implementations of an interface or union members. */
function objectTypesOf(schema: GraphQLSchema, type: GraphQLNamedType) {
  if (isObjectType(type)) return [type];
  if (isInterfaceType(type) || isUnionType(type)) return schema.getPossibleTypes(type);
  return [];
}

function fieldSelection(
  schema: GraphQLSchema,
  field: GraphQLField<unknown, unknown>,
  depth: number,
  values: ArgumentValues,
  alias: string | null,
  chosen: string[] = [],
): string | null {
  const type = getNamedType(field.type);
  const head = `${alias ? `${alias}: ` : ''}${field.name}${argumentsOf(field.args, values, chosen)}`;
  if (isLeafType(type)) return head;
  if (depth <= 1) return null;
  const inner = selectionSet(schema, type, depth - 1, values);
  return inner ? `${head} ${inner}` : null;
}

/**
 * Every field of `type` down to `depth` levels of objects, leaves included. An interface's own fields are selected
 * once, each implementation's other fields in an inline fragment; a field that two implementations give different
 * types is aliased by type, since GraphQL refuses the clash otherwise.
 */
export function selectionSet(
  schema: GraphQLSchema,
  type: GraphQLNamedType,
  depth: number,
  values: ArgumentValues,
): string | null {
  const parts: string[] = [];
  const shared = isInterfaceType(type) ? type.getFields() : {};
  for (const field of Object.values(shared)) {
    const selected = fieldSelection(schema, field, depth, values, null);
    if (selected) parts.push(selected);
  }
  const objects = objectTypesOf(schema, type);
  const signatures = new Map<string, Set<string>>();
  for (const object of objects) {
    for (const field of Object.values(object.getFields())) {
      if (field.name in shared) continue;
      signatures.set(field.name, (signatures.get(field.name) ?? new Set()).add(String(field.type)));
    }
  }
  for (const object of objects) {
    const own: string[] = [];
    for (const field of Object.values(object.getFields())) {
      if (field.name in shared) continue;
      const clash = objects.length > 1 && (signatures.get(field.name)?.size ?? 0) > 1;
      const selected = fieldSelection(schema, field, depth, values, clash ? `${field.name}_${object.name}` : null);
      if (selected) own.push(selected);
    }
    if (own.length === 0) continue;
    parts.push(
      objects.length > 1 || isInterfaceType(type) ? `... on ${object.name} { ${own.join(' ')} }` : own.join(' '),
    );
  }
  return parts.length ? `{ ${parts.join(' ')} }` : null;
}

/**
 * One query per root query field, selecting every field it reaches to `depth` levels, with curated arguments.
 * `chosen` names, per root field, optional arguments to pass too: those of which one must be given (city: id or ags).
 */
export function everyFieldQueries(
  schema: GraphQLSchema,
  depth: number,
  values: ArgumentValues,
  chosen: Record<string, string[]> = {},
) {
  return Object.values(schema.getQueryType()!.getFields()).map((field) => ({
    field: field.name,
    query: `{ ${fieldSelection(schema, field, depth + 1, values, null, chosen[field.name])} }`,
  }));
}
