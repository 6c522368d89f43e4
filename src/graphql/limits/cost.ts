import {
  GraphQLError,
  getNullableType,
  isInterfaceType,
  isListType,
  isObjectType,
  type DocumentNode,
  type GraphQLCompositeType,
  type GraphQLSchema,
} from 'graphql';
import { getComplexity, type ComplexityEstimatorArgs } from 'graphql-query-complexity';
import { COST, LIMITS } from '../../config/limits';
import { RELATIONSHIP_TYPE_NAMES } from '../../model';
import { MAX_HOPS } from '../../services/paths.service';
import { limitExceeded, QUERY_LIMITS } from './query-limits';

export type DatabaseWork = 'lookup' | 'traversal' | 'fuzzySearch' | 'similarityScan' | 'pathSearch';

/**
 * The cost model (its figures are in src/config/limits.ts). The cost is what the answer can hold plus what the
 * database must do. Every field costs 1; a list multiplies what is selected below it by its size: its `first`
 * argument, the number of `ids` asked for, a known cap, or else COST.assumedListSize; a connection multiplies by its
 * `first`, and its `edges` then count once. Every field that sends Cypher adds, once for each place it stands in the
 * document (fragments counted each time they are spread), the charge of the work it asks of Neo4j, by kind: a nested
 * field sends one batched statement for all the items of its list, so its charge is not multiplied by them. A root
 * field the table does not name is charged as a traversal. Introspection is bounded by its own limit. So the cost
 * grows with what an answer can hold and with what the database must do, whether `first` is written into the query
 * or passed as a variable.
 */
export const COST_MODEL = {
  assumedListSize: COST.assumedListSize,
  /** What each root field asks of Neo4j; any other root field is a traversal. */
  work: {
    node: 'lookup',
    nodes: 'lookup',
    city: 'lookup',
    search: 'fuzzySearch',
    similarCities: 'similarityScan',
    precedents: 'similarityScan',
    cooperationPaths: 'pathSearch',
  } as Record<string, DatabaseWork>,
  /**
   * What each nested field that sends Cypher asks of Neo4j, by "Type.field" (an interface's field stands for every
   * type that implements it); a nested field not named here sends none.
   */
  nestedWork: {
    'Node.relationships': 'traversal',
    'City.memberships': 'traversal',
    'City.verband': 'traversal',
    'City.kreis': 'traversal',
    'City.regierungsbezirk': 'traversal',
    'City.land': 'traversal',
    'OrgUnit.city': 'traversal',
    'Body.city': 'traversal',
    'SearchHit.place': 'traversal',
    'Relationship.history': 'traversal',
    'Relationship.owner': 'lookup',
    'Relationship.from': 'lookup',
    'Relationship.to': 'lookup',
    'Relationship.about': 'lookup',
    'Relationship.source': 'lookup',
    'Membership.source': 'lookup',
  } as Record<string, DatabaseWork>,
  /** Lists whose size the API caps, by "Type.field". */
  caps: { 'Path.steps': MAX_HOPS } as Record<string, number>,
  /** The largest `first` a field takes, by "Type.field"; LIMITS.pageSize for any other. */
  firstMax: { 'Query.cooperationPaths': LIMITS.maxPaths } as Record<string, number>,
};

/** What a root field is charged for the database work it sends. */
export const databaseCharge = (field: string): number => COST[COST_MODEL.work[field] ?? 'traversal'];

/** The kind of work a nested field of `type` sends, looked up by the type and by the interfaces it implements. */
function nestedWork(type: GraphQLCompositeType, field: string): DatabaseWork | null {
  const owners = [type, ...(isObjectType(type) || isInterfaceType(type) ? type.getInterfaces() : [])];
  for (const owner of owners) {
    const work = COST_MODEL.nestedWork[`${owner.name}.${field}`];
    if (work) return work;
  }
  return null;
}

const badArgument = (argument: string, message: string) =>
  new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', argument, http: { status: 400 } } });

/**
 * Refuses, before any cost is counted, a `first` that is not from 1 to the field's maximum, and an `ids` or
 * `relationshipTypes` list that is empty or longer than can mean anything.
 */
function checkArguments(type: GraphQLCompositeType, field: string, args: Record<string, unknown>): void {
  const max = COST_MODEL.firstMax[`${type.name}.${field}`] ?? LIMITS.pageSize;
  if (typeof args.first === 'number' && (!Number.isInteger(args.first) || args.first < 1 || args.first > max)) {
    throw badArgument('first', `"first" of ${field} must be from 1 to ${max}`);
  }
  const lists: [string, number][] = [
    ['ids', LIMITS.pageSize],
    ['relationshipTypes', RELATIONSHIP_TYPE_NAMES.length],
  ];
  for (const [name, most] of lists) {
    const list = args[name];
    if (Array.isArray(list) && (list.length === 0 || list.length > most)) {
      throw badArgument(name, `"${name}" of ${field} must hold from 1 to ${most} entries, not ${list.length}`);
    }
  }
}

const isConnection = (type: GraphQLCompositeType) => isObjectType(type) && 'pageInfo' in type.getFields();

function listSize(type: GraphQLCompositeType, fieldName: string, args: Record<string, unknown>): number {
  if (typeof args.first === 'number') return args.first;
  if (Array.isArray(args.ids)) return args.ids.length;
  if (isConnection(type)) return 1;
  return COST_MODEL.caps[`${type.name}.${fieldName}`] ?? COST_MODEL.assumedListSize;
}

/**
 * The estimator of what the answer can hold; the database work of each field it is called for is added to `work`
 * (the library calls it once for each place a field stands, after its arguments are known).
 */
function estimator(schema: GraphQLSchema, work: { charge: number }) {
  const queryType = schema.getQueryType();
  const mutationType = schema.getMutationType();
  return ({ type, field, args, childComplexity }: ComplexityEstimatorArgs): number => {
    // Introspection answers with the schema itself, whose size is fixed: GraphiQL's full query costs nothing.
    if (field.name.startsWith('__') || type.name.startsWith('__')) return 0;
    checkArguments(type, field.name, args);
    if (type === queryType || type === mutationType) work.charge += databaseCharge(field.name);
    else {
      const nested = nestedWork(type, field.name);
      if (nested) work.charge += COST[nested];
    }
    const returns = getNullableType(field.type);
    if (isListType(returns)) return 1 + listSize(type, field.name, args) * childComplexity;
    if (typeof args.first === 'number') return 1 + args.first * childComplexity;
    return 1 + childComplexity;
  };
}

export interface RequestCost {
  /** What the answer can hold plus what the database must do: the figure the limits compare. */
  cost: number;
  /** The database work alone: the sum of the charges of every field that sends Cypher. */
  work: number;
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
): RequestCost | null {
  const work = { charge: 0 };
  try {
    const size = getComplexity({
      schema,
      query: document,
      operationName: operationName ?? undefined,
      variables,
      estimators: [estimator(schema, work)],
      maxQueryNodes: QUERY_LIMITS.maxCost,
    });
    return { cost: size + work.charge, work: work.charge };
  } catch (error) {
    if (error instanceof GraphQLError && error.extensions.code === 'BAD_USER_INPUT') throw error;
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
