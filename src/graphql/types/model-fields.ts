import { GraphQLNonEmptyString, GraphQLURL } from 'graphql-scalars';
import { Field, Float, ID, Int } from 'type-graphql';
import { ID_PATTERN, nodePropertySpecs, type NodeKind, type PropertySpec } from '../../model';
import { modelEnum } from '../enums';
import { DateScalar } from './date.scalar';

const capitalised = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);

type EnumSpec = Extract<PropertySpec['spec'], { type: 'enum' }>;

/** The GraphQL enum of a model property: named by its spec, else by its owner and property (CityType). */
function propertyEnum(owner: string, name: string, spec: EnumSpec) {
  return modelEnum(spec.name ?? `${owner}${capitalised(name)}`, spec.values);
}

/** The GraphQL enum of one enum property of a node kind, the same one the kind's object type uses. */
export function kindPropertyEnum(kind: NodeKind, property: string): Record<string, string> {
  const spec = nodePropertySpecs(kind)[property]?.spec;
  if (spec?.type !== 'enum') throw new Error(`${kind}.${property} is not an enum property of the model`);
  return propertyEnum(kind, property, spec);
}

/**
 * The GraphQL type of a model property; an enum is named by its spec, else by its owner and property. A text
 * shaped like an id (the model's ID_PATTERN) is an ID.
 */
function fieldType(owner: string, name: string, spec: PropertySpec['spec']): Parameters<typeof Field>[0] {
  switch (spec.type) {
    case 'string':
      return spec.pattern === ID_PATTERN ? () => ID : () => String;
    case 'string[]':
      return () => [String];
    case 'url':
      return () => GraphQLURL;
    case 'date':
      return () => DateScalar;
    case 'number':
      return spec.integer ? () => Int : () => Float;
    case 'enum': {
      const graphqlEnum = propertyEnum(owner, name, spec);
      return () => graphqlEnum;
    }
  }
}

/**
 * Declares a GraphQL field on `target` for every property of `specs`, with the model's type, nullability and
 * description; a list is never null (empty when absent, as the services read it). Properties that refer to another
 * node are left to field resolvers, which hand out the node.
 */
export function declareModelFields(target: object, owner: string, specs: Record<string, PropertySpec>): void {
  for (const [name, property] of Object.entries(specs)) {
    if (property.reference) continue;
    const nullable = !property.required && property.default === undefined && property.spec.type !== 'string[]';
    Field(fieldType(owner, name, property.spec), { nullable, description: property.description })(target, name);
  }
}

/**
 * Declares an input field on `target` for every property of `specs`, with the model's type and description; a
 * reference is the id of the node it names, a required text a NonEmptyString. `required` says whether the model's required properties must be
 * given (a new entry) or may be left out (a change, which keeps what it does not name).
 */
export function declareModelInputFields(
  target: object,
  owner: string,
  specs: Record<string, PropertySpec>,
  required: boolean,
): void {
  for (const [name, property] of Object.entries(specs)) {
    const type = property.reference
      ? () => ID
      : property.required && property.spec.type === 'string' && property.spec.pattern === undefined
        ? () => GraphQLNonEmptyString
        : fieldType(owner, name, property.spec);
    Field(type, { nullable: !(required && property.required), description: property.description })(target, name);
  }
}
