import type { LoadResult } from './latency';
import { CONCURRENCY, type QueryResult, type SizeResult } from './size-benchmark';
import type { SizeName } from './sizes';
import { fixed, int } from './markdown';

/** The targets of the benchmark, and the size each is judged at. */
export const TARGETS = {
  ratio: 1.3,
  ratioSizes: ['L', 'R'] as SizeName[],
  /** At L, concurrency 1, p50, in ms. */
  precedentsAtL: 40,
  entityAtL: 20,
  nestedAtL: 25,
  /** Our nested query's p50 over @neo4j/graphql's, at L, both concurrencies. */
  nestedVsPeerAtL: 0.6,
  pathsP95AtL: 100,
  seedingPerSecondAtL: 30_000,
  bulkPerSecondAtL: 150_000,
  /** Size R: the curated dataset with the register into an empty graph, and again with nothing changed. */
  registerLoadSeconds: 4,
  registerRerunSeconds: 2,
  /** At R, warm, concurrency 1, p50, in ms. */
  similarAtR: 100,
  newerAtR: 50,
  coldStartMs: 500,
  rssAtLBytes: 400 * 2 ** 20,
};

/** The newer analyses, judged at R against `newerAtR` (similarCities against its own target). */
export const NEWER_QUERIES = ['changes', 'asOfRelationships', 'explainedPaths', 'searchCity', 'searchHomonym'];

export interface Verdict {
  measured: string;
  met: boolean;
}

interface Target {
  size: SizeName;
  text: string;
  judge(result: SizeResult): Verdict | null;
}

const query = (result: SizeResult, name: string): QueryResult | undefined =>
  result.queries.find((q) => q.name === name);
const p50At1 = (result: SizeResult, name: string): LoadResult | undefined => query(result, name)?.server[0];

function ratioTarget(size: SizeName): Target {
  return {
    size,
    text: `Server / floor p50 ≤ ${TARGETS.ratio} for every query, at concurrency 1 and 16`,
    judge: (result) => {
      const ratios = result.queries.flatMap((q) =>
        q.server.map((s, i) => ({ q: q.name, c: s.connections, r: s.p50 / q.floor[i]!.p50 })),
      );
      const worst = ratios.reduce((a, b) => (b.r > a.r ? b : a));
      return {
        measured: `worst ${fixed(worst.r, 2)} (${worst.q}, concurrency ${worst.c})`,
        met: worst.r <= TARGETS.ratio,
      };
    },
  };
}

function p50Target(size: SizeName, name: string, limit: number, what = name): Target {
  return {
    size,
    text: `${what} p50 ≤ ${limit} ms at concurrency 1`,
    judge: (result) => {
      const measured = p50At1(result, name);
      return measured ? { measured: `${fixed(measured.p50)} ms`, met: measured.p50 <= limit } : null;
    },
  };
}

const TARGET_LIST: Target[] = [
  ...TARGETS.ratioSizes.map(ratioTarget),
  p50Target('L', 'precedents', TARGETS.precedentsAtL),
  p50Target('L', 'entity', TARGETS.entityAtL, 'entity with relationships'),
  p50Target('L', 'nested', TARGETS.nestedAtL),
  {
    size: 'L',
    text: `Nested query ≤ ${TARGETS.nestedVsPeerAtL}× @neo4j/graphql's p50, at concurrency 1 and 16`,
    judge: (result) => {
      const ratios = result.nested.ours.map((o, i) => o.p50 / result.nested.peer[i]!.p50);
      return {
        measured: ratios.map((r, i) => `${fixed(r, 2)} at concurrency ${CONCURRENCY[i]}`).join(', '),
        met: ratios.every((r) => r <= TARGETS.nestedVsPeerAtL),
      };
    },
  },
  {
    size: 'L',
    text: `cooperationPaths p95 ≤ ${TARGETS.pathsP95AtL} ms`,
    judge: (result) => {
      const paths = query(result, 'cooperationPaths')!;
      return {
        measured: paths.server.map((s) => `${fixed(s.p95)} ms at concurrency ${s.connections}`).join(', '),
        met: paths.server[0]!.p95 <= TARGETS.pathsP95AtL,
      };
    },
  },
  {
    size: 'L',
    text: `Seeding (npm run seed) ≥ ${int(TARGETS.seedingPerSecondAtL)} relationships/s`,
    judge: (result) => ({
      measured: int(result.seeding.relationshipsPerSecond),
      met: result.seeding.relationshipsPerSecond >= TARGETS.seedingPerSecondAtL,
    }),
  },
  {
    size: 'L',
    text: `Bulk import ≥ ${int(TARGETS.bulkPerSecondAtL)} relationships/s`,
    judge: (result) => {
      const rate = bulkRate(result);
      return rate === undefined ? null : { measured: int(rate), met: rate >= TARGETS.bulkPerSecondAtL };
    },
  },
  {
    size: 'L',
    text: `Server RSS < ${TARGETS.rssAtLBytes / 2 ** 20} MiB at concurrency 16`,
    judge: (result) => {
      const max = maxRssAt16(result);
      return max === undefined ? null : { measured: `${fixed(max / 2 ** 20, 0)} MiB`, met: max < TARGETS.rssAtLBytes };
    },
  },
  {
    size: 'R',
    text: `Empty graph load ≤ ${TARGETS.registerLoadSeconds} s`,
    judge: (result) => ({
      measured: `${fixed(result.seeding.seconds)} s`,
      met: result.seeding.seconds <= TARGETS.registerLoadSeconds,
    }),
  },
  {
    size: 'R',
    text: `Unchanged re-run ≤ ${TARGETS.registerRerunSeconds} s`,
    judge: (result) =>
      result.seeding.rerunSeconds === undefined
        ? null
        : {
            measured: `${fixed(result.seeding.rerunSeconds)} s`,
            met: result.seeding.rerunSeconds <= TARGETS.registerRerunSeconds,
          },
  },
  p50Target('R', 'similarCities', TARGETS.similarAtR, 'similarCities (Koblenz)'),
  ...NEWER_QUERIES.map((name) => p50Target('R', name, TARGETS.newerAtR)),
  {
    size: 'R',
    text: `No cold start: the first call of every example ≤ ${TARGETS.coldStartMs} ms after a fresh start`,
    judge: (result) => {
      const calls = result.coldStart?.calls;
      if (!calls) return null;
      const failed = calls.filter((call) => call.error);
      const worst = calls.reduce((a, b) => (b.ms > a.ms ? b : a));
      return {
        measured:
          `worst ${fixed(worst.ms, 0)} ms (${worst.operation}) of ${calls.length}` +
          (failed.length ? `; failed: ${failed.map((call) => call.operation).join(', ')}` : ''),
        met: worst.ms <= TARGETS.coldStartMs && failed.length === 0,
      };
    },
  },
];

/** The bulk import's rate, where the seeding results hold one. */
export function bulkRate(result: SizeResult): number | undefined {
  const bulk = (result.seeding as { bulk?: { relationshipsPerSecond?: number } }).bulk;
  return bulk?.relationshipsPerSecond;
}

/** The server's highest resident memory during any query at concurrency 16. */
export function maxRssAt16(result: SizeResult): number | undefined {
  const values = result.queries.flatMap((q) => (q.rssBytes ? [q.rssBytes] : []));
  return values.length ? Math.max(...values) : undefined;
}

/** Every target with its verdict; a size without saved results, or a value not measured, says so. */
export function targetRows(results: SizeResult[]): string[][] {
  return TARGET_LIST.map((target) => {
    const result = results.find((r) => r.size.name === target.size);
    const verdict = result ? target.judge(result) : null;
    if (!verdict) return [target.size, target.text, result ? 'not measured' : 'size not run', '—'];
    return [target.size, target.text, verdict.measured, verdict.met ? 'met' : '**missed**'];
  });
}
