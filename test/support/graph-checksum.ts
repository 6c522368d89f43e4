import { createHash } from 'node:crypto';
import { toPlain } from '../../src/db/read';
import { CHANGE_LABEL } from '../../src/db/change-log';
import type { Executor } from '../../src/db/executor';

export interface GraphFingerprint {
  nodes: number;
  relationships: number;
  checksum: string;
}

/**
 * Counts and a hash of every node's labels and properties and every relationship, independent of storage order. The
 * curators' change log is left out: it records changes to the graph, and is not part of what the graph states.
 */
export async function graphFingerprint(executor: Executor): Promise<GraphFingerprint> {
  const [nodes] = await executor.read<{ items: unknown[] }>({
    name: 'test-fingerprint-nodes',
    cypher: `MATCH (n) WHERE NOT n:${CHANGE_LABEL} WITH n ORDER BY elementId(n) RETURN collect([labels(n), properties(n)]) AS items`,
  });
  const [relationships] = await executor.read<{ items: unknown[] }>({
    name: 'test-fingerprint-relationships',
    cypher:
      'MATCH (a)-[r]->(b) RETURN collect([coalesce(a.id, elementId(a)), type(r), coalesce(b.id, elementId(b)), properties(r)]) AS items',
  });
  const canonical = (items: unknown[]) =>
    items
      .map((item) =>
        JSON.stringify(toPlain(item), (_key, value) =>
          value && typeof value === 'object' && !Array.isArray(value)
            ? Object.fromEntries(Object.entries(value).sort())
            : value,
        ),
      )
      .sort();
  const hash = createHash('sha256');
  for (const line of [...canonical(nodes!.items), '--', ...canonical(relationships!.items)]) hash.update(line + '\n');
  return { nodes: nodes!.items.length, relationships: relationships!.items.length, checksum: hash.digest('hex') };
}
