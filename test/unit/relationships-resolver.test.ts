import 'reflect-metadata';
import type { GraphQLResolveInfo } from 'graphql';
import type { GraphContext } from '../../src/graphql/context';
import { NodeFieldsResolver } from '../../src/graphql/resolvers/node-fields.resolver';
import type { NodeView } from '../../src/graphql/types/node.type';

/** A context whose two relationship loads both fail, as they do when the request's deadline passes mid-load. */
function failingContext(): GraphContext {
  const failing = (what: string) => () => ({
    load: () => new Promise((_, reject) => setImmediate(() => reject(new Error(`${what} ended with the request`)))),
  });
  return {
    asOf: async () => null,
    loaders: { relationships: failing('own'), administration: failing('administration') },
  } as unknown as GraphContext;
}

const koblenz = { id: 'koblenz', kind: 'City', name: 'Koblenz' } as unknown as NodeView;

describe('relationships with the administration', () => {
  it('when both loads fail, then the field fails with the first error and no failure goes unhandled', async () => {
    const unhandled: unknown[] = [];
    const record = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', record);
    try {
      const field = new NodeFieldsResolver().relationships(
        koblenz,
        true,
        undefined,
        undefined,
        undefined,
        undefined,
        failingContext(),
        {} as GraphQLResolveInfo,
      );
      await expect(field).rejects.toThrow('own ended with the request');
      // Node reports an unhandled rejection after the microtasks of the turn it happened in: two turns later,
      // every rejection of the field's loads has been seen.
      await new Promise((resolve) => setImmediate(resolve));
      await new Promise((resolve) => setImmediate(resolve));
    } finally {
      process.off('unhandledRejection', record);
    }
    expect(unhandled).toEqual([]);
  });
});
