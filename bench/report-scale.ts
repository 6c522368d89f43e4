import { TARGETS } from './report-targets';
import type { SizeResult } from './size-benchmark';
import type { SizeName } from './sizes';
import { fixed, int, table } from './markdown';

const kib = (bytes: number) => (bytes < 10_240 ? fixed(bytes / 1024) : int(bytes / 1024));

/** The generated sizes, smallest first: the same queries on graphs of growing size. */
const SCALE_SIZES: SizeName[] = ['S', 'M', 'L', 'XL'];

/**
 * One row per generated size: the load rate and each query's p50 at concurrency 1, with its answer's size, so that
 * a query whose time grows faster than its answer stands out.
 */
export function scaleSection(results: SizeResult[]): string {
  const names = [...new Set(results.flatMap((r) => r.queries.map((q) => q.name)))];
  const rows = SCALE_SIZES.map((size) => {
    const result = results.find((r) => r.size.name === size);
    if (!result) return [size, 'not run', '', ...names.map(() => '')];
    return [
      size,
      int(result.seeding.relationships),
      int(result.seeding.relationshipsPerSecond),
      ...names.map((name) => {
        const q = result.queries.find((query) => query.name === name);
        const p50 = q?.server[0]?.p50;
        if (p50 === undefined) return '—';
        return q?.answerBytes === undefined ? fixed(p50) : `${fixed(p50)} (${kib(q.answerBytes)} KiB)`;
      }),
    ];
  });
  return [
    "p50 in ms at concurrency 1, and in brackets the size of the query's answer (its data as JSON).",
    table(['Size', 'Relationships', 'Load relationships/s', ...names], rows),
  ].join('\n\n');
}

/** The first call of each example after a fresh start of the server, slowest first. */
export function coldStartSection(result: SizeResult): string[] {
  const cold = result.coldStart;
  if (!cold) return [];
  const calls = [...cold.calls].sort((a, b) => b.ms - a.ms);
  return [
    '### First calls after a fresh start',
    `The server started as \`npm start\` starts it (warming up with schema/examples.graphql) against the loaded ` +
      `graph; /ready said 200 after ${fixed(cold.startSeconds)} s. Then each example once, one after another ` +
      `(target ≤ ${TARGETS.coldStartMs} ms each):`,
    table(
      ['Example', 'First call ms', 'Answer'],
      calls.map((call) => [call.operation, fixed(call.ms, 0), call.error ? `failed (${call.error})` : 'ok']),
    ),
  ];
}

/** Throughput against one API instance and spread over several, on the same Neo4j. */
export function instancesSection(result: SizeResult): string[] {
  const runs = result.instances;
  if (!runs || runs.length === 0) return [];
  const count = runs[0]!.instances;
  return [
    `### ${count} API instances on one Neo4j`,
    `Concurrency ${runs[0]!.connections}, against one instance and spread evenly over ${count}, taking turns.`,
    table(
      ['Query', 'One instance req/s', `${count} instances req/s`, 'Gain', 'One p50 ms', `${count} instances p50 ms`],
      runs.map((run) => [
        run.query,
        int(run.one.throughput),
        int(run.spread.throughput),
        `${fixed(run.spread.throughput / run.one.throughput, 2)}×`,
        fixed(run.one.p50),
        fixed(run.spread.p50),
      ]),
    ),
  ];
}
