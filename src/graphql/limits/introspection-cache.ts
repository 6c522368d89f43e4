import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import { Kind, type FormattedExecutionResult, type OperationDefinitionNode } from 'graphql';
import type { GraphContext } from '../context';

/** How many distinct introspection requests (document, variables, operation) keep their answer. */
const CACHED_ANSWERS = 16;

/** Whether every field the operation asks at its root is introspection: its answer is the schema's own, fixed. */
function introspectsOnly(operation: OperationDefinitionNode): boolean {
  return operation.selectionSet.selections.every(
    (selection) => selection.kind === Kind.FIELD && selection.name.value.startsWith('__'),
  );
}

/**
 * Answers an introspection request from the answer the same request got before, instead of building the schema's
 * description again: it is built without the database, on the event loop, and forty clients introspecting at once
 * would otherwise hold every other request back for as long as forty such answers take. The schema does not change
 * while the server runs; the cache holds a few answers, the oldest leaving first.
 */
export function introspectionCachePlugin(): ApolloServerPlugin<GraphContext> {
  const answers = new Map<string, FormattedExecutionResult>();
  return {
    async requestDidStart() {
      let key: string | null = null;
      return {
        async responseForOperation({ request, operation }) {
          if (!introspectsOnly(operation) || request.query === undefined) return null;
          key = JSON.stringify([request.query, request.operationName ?? null, request.variables ?? null]);
          const cached = answers.get(key);
          // A copy, so that what later plugins add to this answer stays out of the cache.
          return cached
            ? { body: { kind: 'single', singleResult: { ...cached } }, http: { headers: new HeaderMap() } }
            : null;
        },
        async willSendResponse({ response }) {
          if (key === null || answers.has(key) || response.body.kind !== 'single') return;
          if (response.body.singleResult.errors?.length) return;
          if (answers.size >= CACHED_ANSWERS) answers.delete(answers.keys().next().value!);
          answers.set(key, { ...response.body.singleResult });
        },
      };
    },
  };
}
