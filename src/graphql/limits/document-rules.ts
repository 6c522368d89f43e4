import {
  GraphQLError,
  Kind,
  type ASTNode,
  type FragmentDefinitionNode,
  type SelectionSetNode,
  type ValidationRule,
} from 'graphql';
import { limitExceeded, QUERY_LIMITS } from './query-limits';

/** The deepest field nesting below a selection set, following fragment spreads (each fragment once per path). */
function depthOf(
  selectionSet: SelectionSetNode | undefined,
  fragments: Record<string, FragmentDefinitionNode>,
  seen: Set<string>,
): number {
  let deepest = 0;
  for (const selection of selectionSet?.selections ?? []) {
    if (selection.kind === Kind.FIELD) {
      // Introspection is as deep as the schema's type references, and its size is the schema's own: not limited.
      if (selection.name.value.startsWith('__')) continue;
      deepest = Math.max(deepest, selection.selectionSet ? 1 + depthOf(selection.selectionSet, fragments, seen) : 1);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      deepest = Math.max(deepest, depthOf(selection.selectionSet, fragments, seen));
    } else if (!seen.has(selection.name.value)) {
      const fragment = fragments[selection.name.value];
      seen.add(selection.name.value);
      deepest = Math.max(deepest, depthOf(fragment?.selectionSet, fragments, seen));
      seen.delete(selection.name.value);
    }
  }
  return deepest;
}

/** Refuses operations nested deeper than QUERY_LIMITS.maxDepth. */
export const maxDepthRule: ValidationRule = (context) => {
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const definition of context.getDocument().definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
  }
  return {
    OperationDefinition(operation) {
      const depth = depthOf(operation.selectionSet, fragments, new Set());
      if (depth > QUERY_LIMITS.maxDepth) {
        context.reportError(limitExceeded('depth', QUERY_LIMITS.maxDepth, depth, 'The query is nested too deeply'));
      }
    },
  };
};

/** Counts nodes of the document that match, over the whole document. */
function countRule(
  limit: 'aliases' | 'directives',
  maximum: number,
  counts: (node: ASTNode) => boolean,
  message: string,
): ValidationRule {
  return (context) => {
    let count = 0;
    return {
      enter(node) {
        if (counts(node)) count += 1;
      },
      Document: {
        leave() {
          if (count > maximum) context.reportError(limitExceeded(limit, maximum, count, message));
        },
      },
    };
  };
}

export const maxAliasesRule = countRule(
  'aliases',
  QUERY_LIMITS.maxAliases,
  (node) => node.kind === Kind.FIELD && node.alias !== undefined,
  'The query uses too many aliases',
);

export const maxDirectivesRule = countRule(
  'directives',
  QUERY_LIMITS.maxDirectives,
  (node) => node.kind === Kind.DIRECTIVE,
  'The query uses too many directives',
);

const isIntrospection = (name: string) => name === '__schema' || name === '__type';

/** Introspection fields below a selection set, a fragment counted each time it is spread. */
function introspectionsIn(
  selectionSet: SelectionSetNode | undefined,
  fragments: Record<string, FragmentDefinitionNode>,
  seen: Set<string>,
): number {
  let count = 0;
  for (const selection of selectionSet?.selections ?? []) {
    if (selection.kind === Kind.FIELD) {
      count += isIntrospection(selection.name.value) ? 1 : introspectionsIn(selection.selectionSet, fragments, seen);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      count += introspectionsIn(selection.selectionSet, fragments, seen);
    } else if (!seen.has(selection.name.value)) {
      seen.add(selection.name.value);
      count += introspectionsIn(fragments[selection.name.value]?.selectionSet, fragments, seen);
      seen.delete(selection.name.value);
    }
    if (count > QUERY_LIMITS.maxIntrospections) return count;
  }
  return count;
}

/**
 * Refuses more than QUERY_LIMITS.maxIntrospections introspection fields in one operation: the schema's answer is
 * large and built without the database, so one per request (GraphiQL's own query) is what a client needs.
 */
export const maxIntrospectionRule: ValidationRule = (context) => {
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const definition of context.getDocument().definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
  }
  return {
    OperationDefinition(operation) {
      const count = introspectionsIn(operation.selectionSet, fragments, new Set());
      if (count > QUERY_LIMITS.maxIntrospections) {
        context.reportError(
          limitExceeded('introspection', QUERY_LIMITS.maxIntrospections, count, 'The query introspects too often'),
        );
      }
    },
  };
};

/** Refuses an operation type the schema has no root for, e.g. a subscription, before it reaches execution. */
export const knownOperationTypeRule: ValidationRule = (context) => ({
  OperationDefinition(operation) {
    const schema = context.getSchema();
    const root =
      operation.operation === 'query'
        ? schema.getQueryType()
        : operation.operation === 'mutation'
          ? schema.getMutationType()
          : schema.getSubscriptionType();
    if (!root) {
      context.reportError(
        new GraphQLError(`This API has no ${operation.operation} operations; send a query or a mutation.`, {
          nodes: operation,
        }),
      );
    }
  },
});

/** Every document rule, in the order they run after graphql-js's own. */
export const DOCUMENT_RULES = [
  knownOperationTypeRule,
  maxDepthRule,
  maxAliasesRule,
  maxDirectivesRule,
  maxIntrospectionRule,
];
