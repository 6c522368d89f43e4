import type { BenchDb } from './bench-db';
import { httpChunk } from './http-load';
import { measureInTurns, type Chunk, type LoadPlan, type LoadResult } from './latency';
import type { BenchQuery } from './queries';
import { startServer, type ServerHandle } from './servers';

export interface InstancesResult {
  query: string;
  /** The same concurrency, against one instance and spread evenly over all of them. */
  connections: number;
  instances: number;
  one: LoadResult;
  spread: LoadResult;
}

/** Several chunks at once, as one side: every instance gets its share of the requests and connections. */
function together(chunks: Chunk[]): Chunk {
  return async (amount, maxSeconds) => {
    const parts = await Promise.all(chunks.map((chunk) => chunk(Math.ceil(amount / chunks.length), maxSeconds)));
    return {
      latencies: parts.flatMap((part) => part.latencies),
      seconds: Math.max(...parts.map((part) => part.seconds)),
    };
  };
}

/**
 * Throughput with more API instances on the one Neo4j: each query at `plan.connections` against the first server,
 * and the same connections spread over `count` servers, taking turns. The further servers are started here and
 * stopped afterwards.
 */
export async function measureInstances(
  first: ServerHandle,
  count: number,
  db: BenchDb,
  queries: BenchQuery[],
  plan: LoadPlan,
  log: (line: string) => void,
): Promise<InstancesResult[]> {
  log(`Throughput with ${count} API instances on one Neo4j, concurrency ${plan.connections}...`);
  const more: ServerHandle[] = [];
  try {
    for (let i = 1; i < count; i++) more.push(await startServer('kommunen-graph', db.connection, db.browserUrl));
    const servers = [first, ...more];
    const share = Math.ceil(plan.connections / count);
    const results: InstancesResult[] = [];
    for (const query of queries) {
      const [one, spread] = await measureInTurns(
        [
          httpChunk(first.url, query.request, plan.connections),
          together(servers.map((server) => httpChunk(server.url, query.request, share))),
        ],
        plan,
      );
      log(
        `  ${query.name}: one instance ${one!.throughput.toFixed(0)} req/s, ${count} instances ` +
          `${spread!.throughput.toFixed(0)} req/s (p50 ${one!.p50.toFixed(1)} / ${spread!.p50.toFixed(1)} ms)`,
      );
      results.push({ query: query.name, connections: plan.connections, instances: count, one: one!, spread: spread! });
    }
    return results;
  } finally {
    await Promise.all(more.map((server) => server.stop()));
  }
}
