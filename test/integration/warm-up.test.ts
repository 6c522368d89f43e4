import fs from 'node:fs';
import type { WarmUpResult } from '../../src/graphql/warm-up';
import { queryOperations } from '../../src/graphql/warm-up';
import { EXAMPLES_FILE } from '../../src/http/graphiql';
import { useCuratedApp } from '../support/curated-graph';
import { LIST_EXAMPLES } from '../support/examples';

const EXAMPLES = fs.readFileSync(EXAMPLES_FILE, 'utf8');

describe('warming up before the server listens', () => {
  const sent: string[] = [];
  let warmedUp: WarmUpResult | null = null;
  let sentBeforeListening: Set<string> = new Set();
  const curated = useCuratedApp({
    onQuery: (query) => sent.push(query.name),
    warmUp: {
      document: EXAMPLES,
      onWarmUp: (result) => {
        warmedUp = result;
        sentBeforeListening = new Set(sent);
      },
    },
  });

  it('when the server starts with the examples, then it has run every example query, and only those on the list sources fail without them', () => {
    // The curated graph has neither the register nor the list sources: those examples answer NOT_FOUND.
    expect(warmedUp).toEqual({ operations: queryOperations(EXAMPLES).length, failed: LIST_EXAMPLES });
    expect(LIST_EXAMPLES.length).toBeGreaterThan(0);
    expect(warmedUp!.operations).toBeGreaterThan(10);
  });

  it('when an example is asked after the start, then every statement it sends was already sent while warming up', async () => {
    for (const operationName of queryOperations(EXAMPLES)) {
      sent.length = 0;
      const response = await fetch(`${curated.app.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: EXAMPLES, operationName }),
      });
      expect(response.status).toBe(200);
      const missing = sent.filter((name) => !sentBeforeListening.has(name));
      expect({ operationName, missing }).toEqual({ operationName, missing: [] });
    }
  });

  it('when a document holds a mutation, then warming up leaves it out', () => {
    expect(queryOperations('query A { stats { nodes } } mutation B { unlink(id: "x") }')).toEqual(['A']);
  });
});
