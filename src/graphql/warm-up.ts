import type { ApolloServer } from '@apollo/server';
import { Kind, parse, type OperationDefinitionNode } from 'graphql';
import type { GraphContext } from './context';

export interface WarmUpResult {
  operations: number;
  failed: string[];
}

/** The named queries of a document, mutations left out: warming up must not change the graph. */
export function queryOperations(document: string): string[] {
  return parse(document)
    .definitions.filter(
      (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION && d.operation === 'query' && !!d.name,
    )
    .map((d) => d.name!.value);
}

/**
 * Runs every query of the document once, one after another, each in a context of its own: Neo4j plans and caches
 * their Cypher, and the server compiles its own paths, so the first requests after a start find both warm. An
 * operation that fails is named in the result; warming up never fails the start.
 */
export async function warmUp(
  apollo: ApolloServer<GraphContext>,
  document: string,
  contextFor: () => GraphContext,
): Promise<WarmUpResult> {
  const failed: string[] = [];
  const operations = queryOperations(document);
  for (const operationName of operations) {
    const response = await apollo
      .executeOperation({ query: document, operationName }, { contextValue: contextFor() })
      .catch(() => null);
    const ok = response?.body.kind === 'single' && !response.body.singleResult.errors;
    if (!ok) failed.push(operationName);
  }
  return { operations: operations.length, failed };
}
