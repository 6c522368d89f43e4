import {
  getNullableType,
  isListType,
  isObjectType,
  type DocumentNode,
  type GraphQLCompositeType,
  type GraphQLSchema,
} from 'graphql';
import { getComplexity, type ComplexityEstimatorArgs } from 'graphql-query-complexity';
import { MAX_HOPS } from '../../services/paths.service';
import { limitExceeded, QUERY_LIMITS } from './query-limits';

/**
 * The cost model. Every field costs 1. A list multiplies what is selected below it by its size: its `first`
 * argument, the number of `ids` asked for, a known cap, or else COST_MODEL.assumedListSize; a connection multiplies
 * by its `first`, and its `edges` then count once. A root field that searches or traverses the graph (anything but a
 * lookup by id) costs COST_MODEL.traversalWeight; introspection costs nothing. So the cost grows with what an answer can hold, whether `first`
 * is written into the query or passed as a variable.
 */
export const COST_MODEL = {
  assumedListSize: 20,
  traversalWeight: 50,
  /** Root fields that look nodes up by id: cheap for the database. */
  lookups: new Set(['node', 'nodes', 'city']),
  /** Lists whose size the API caps, by "Type.field". */
  caps: { 'Path.steps': MAX_HOPS } as Record<string, number>,
};

const isConnection = (type: GraphQLCompositeType) => isObjectType(type) && 'pageInfo' in type.getFields();

function listSize(type: GraphQLCompositeType, fieldName: string, args: Record<string, unknown>): number {
  if (typeof args.first === 'number') return args.first;
  if (Array.isArray(args.ids)) return args.ids.length;
  if (isConnection(type)) return 1;
  return COST_MODEL.caps[`${type.name}.${fieldName}`] ?? COST_MODEL.assumedListSize;
}

function estimator(schema: GraphQLSchema) {
  const queryType = schema.getQueryType();
  return ({ type, field, args, childComplexity }: ComplexityEstimatorArgs): number => {
    // Introspection answers with the schema itself, whose size is fixed: GraphiQL's full query costs nothing.
    if (field.name.startsWith('__') || type.name.startsWith('__')) return 0;
    const own = type === queryType && !COST_MODEL.lookups.has(field.name) ? COST_MODEL.traversalWeight : 1;
    const returns = getNullableType(field.type);
    if (isListType(returns)) return own + listSize(type, field.name, args) * childComplexity;
    if (typeof args.first === 'number') return own + args.first * childComplexity;
    return own + childComplexity;
  };
}

/**
 * The estimated cost of the operation, or null when its variables do not fit (execution then refuses them with
 * its own error). A document whose fragments expand beyond what can be counted is refused as too costly.
 */
export function requestCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown> | undefined,
): number | null {
  try {
    return getComplexity({
      schema,
      query: document,
      operationName: operationName ?? undefined,
      variables,
      estimators: [estimator(schema)],
      maxQueryNodes: QUERY_LIMITS.maxCost,
    });
  } catch (error) {
    if (error instanceof Error && error.message.startsWith('Query exceeds the maximum allowed number of nodes')) {
      throw limitExceeded(
        'cost',
        QUERY_LIMITS.maxCost,
        QUERY_LIMITS.maxCost + 1,
        'The query expands into too many fields',
      );
    }
    return null;
  }
}
