export interface LoadPlan {
  connections: number;
  /** Requests to time per side, after the warm-up. */
  requests: number;
  /** Stop a side earlier when its requests take longer than this, so that a slow query cannot stall the run. */
  maxSeconds: number;
  /** Untimed requests first, for this long: the JIT compilers, plan caches and connection pools warm up. */
  warmupSeconds: number;
  /** The sides take turns this many times, so that a change in background load hits both alike. */
  rounds: number;
}

export interface LoadResult {
  connections: number;
  requests: number;
  seconds: number;
  throughput: number;
  p50: number;
  p95: number;
  p99: number;
  mean: number;
}

export interface ChunkResult {
  latencies: number[];
  /** From the first request sent to the last answer received. */
  seconds: number;
}

/** Sends up to `requests` requests over `connections` concurrent clients, for at most `maxSeconds`. */
export type Chunk = (requests: number, maxSeconds: number) => Promise<ChunkResult>;

/** The nearest-rank percentile of sorted latencies. */
function percentile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? Number.NaN;
}

/** Every side is summarised by the same code, so their percentiles compare like with like. */
function summarise(latencies: number[], connections: number, seconds: number): LoadResult {
  if (latencies.length === 0) throw new Error('no request completed');
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    connections,
    requests: sorted.length,
    seconds,
    throughput: sorted.length / seconds,
    p50: percentile(sorted, 0.5),
    p95: percentile(sorted, 0.95),
    p99: percentile(sorted, 0.99),
    mean: sorted.reduce((sum, ms) => sum + ms, 0) / sorted.length,
  };
}

/**
 * Measures the sides (the server and its floor, or two servers) with the same plan: each warms up, then they take
 * turns in `plan.rounds` chunks. On a shared machine the background load drifts; measured one after the other,
 * the sides would see different machines.
 */
export async function measureInTurns(sides: Chunk[], plan: LoadPlan): Promise<LoadResult[]> {
  for (const side of sides) await side(Number.MAX_SAFE_INTEGER, plan.warmupSeconds);
  const latencies = sides.map((): number[] => []);
  const seconds = sides.map(() => 0);
  const perRound = Math.ceil(plan.requests / plan.rounds);
  for (let round = 0; round < plan.rounds; round++) {
    for (const [i, side] of sides.entries()) {
      const chunk = await side(perRound, plan.maxSeconds / plan.rounds);
      latencies[i]!.push(...chunk.latencies);
      seconds[i]! += chunk.seconds;
    }
  }
  return sides.map((_, i) => summarise(latencies[i]!, plan.connections, seconds[i]!));
}
