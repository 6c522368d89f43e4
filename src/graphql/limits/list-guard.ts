import {
  defaultFieldResolver,
  getNamedType,
  getNullableType,
  isCompositeType,
  isListType,
  isObjectType,
  type GraphQLFieldResolver,
  type GraphQLSchema,
} from 'graphql';
import type { GraphContext } from '../context';

function charged(context: GraphContext, value: unknown): unknown {
  if (Array.isArray(value)) context.budget.charge(value.length);
  return value;
}

/**
 * Makes every list of objects in the schema charge the request's budget with its length, and check its deadline,
 * before graphql-js resolves the items. Items are what make an answer large (a scalar field costs one value per
 * item), so the budget bounds the answer's size, and the deadline check stops CPU-bound execution in time. A
 * synchronous resolver stays synchronous.
 */
export function guardListFields(schema: GraphQLSchema): void {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const returns = getNullableType(field.type);
      if (!isListType(returns) || !isCompositeType(getNamedType(returns))) continue;
      const resolve: GraphQLFieldResolver<unknown, GraphContext> = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args, context: GraphContext, info) => {
        context.budget.check();
        const value = resolve(source, args, context, info) as unknown;
        return value instanceof Promise ? value.then((list) => charged(context, list)) : charged(context, value);
      };
    }
  }
}
