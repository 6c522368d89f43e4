import type { Driver } from 'neo4j-driver';
import { performance } from 'node:perf_hooks';
import type { Chunk } from './latency';
import type { Stage } from './trace';

/** One request's Cypher through the driver: each stage's queries together, each in its own read transaction. */
async function replay(driver: Driver, database: string, stages: Stage[]): Promise<void> {
  for (const stage of stages) {
    await Promise.all(
      stage.map(async (query) => {
        const session = driver.session({ database, defaultAccessMode: 'READ' });
        try {
          await session.executeRead((tx) => tx.run(query.cypher, query.params ?? {}));
        } finally {
          await session.close();
        }
      }),
    );
  }
}

/** The floor: the server's Cypher for one request, replayed by `connections` workers, timed like the server. */
export function floorChunk(driver: Driver, database: string, stages: Stage[], connections: number): Chunk {
  return async (amount, maxSeconds) => {
    const start = performance.now();
    const deadline = start + maxSeconds * 1000;
    const latencies: number[] = [];
    let last = start;
    let started = 0;
    const worker = async () => {
      // Like the HTTP side, the time limit applies once a request has completed.
      while (started < amount && (performance.now() < deadline || latencies.length === 0)) {
        started += 1;
        const sent = performance.now();
        await replay(driver, database, stages);
        last = performance.now();
        latencies.push(last - sent);
      }
    };
    await Promise.all(Array.from({ length: connections }, worker));
    return { latencies, seconds: (last - start) / 1000 };
  };
}
