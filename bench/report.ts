import fs from 'node:fs';
import path from 'node:path';
import prettier from 'prettier';
import type { LoadResult } from './latency';
import { coldStartSection, instancesSection, scaleSection } from './report-scale';
import { targetRows } from './report-targets';
import { CONCURRENCY, type SizeResult } from './size-benchmark';
import { SIZE_NAMES } from './sizes';
import { fixed, int, table } from './markdown';

export const RESULTS_DIR = path.join(__dirname, 'results');
export const RESULTS_FILE = path.join(__dirname, 'results.md');

/** Requests per second: whole numbers, but a tenth for the slowest queries. */
const rate = (value: number) => (value < 10 ? fixed(value) : int(value));
const latencies = (r: LoadResult) => `${fixed(r.p50)} / ${fixed(r.p95)} / ${fixed(r.p99)}`;

function datasetSection(result: SizeResult): string {
  const { dataset } = result;
  const kinds = Object.entries(dataset.nodesByKind)
    .map(([kind, count]) => `${kind} ${int(count)}`)
    .join(', ');
  const types = Object.entries(dataset.relationshipsByType)
    .sort((a, b) => b[1] - a[1])
    .map(([type, count]) => `${type} ${int(count)}`)
    .join(', ');
  const hubs = dataset.hubs.map((h) => `${h.id} ${int(h.degree)}`).join(', ');
  const targets = Object.entries(dataset.targets)
    .map(([id, degree]) => `${id} ${int(degree)}`)
    .join(', ');
  return [
    result.size.register
      ? `Dataset: the project's own, the curated files with the municipality register: ${int(dataset.nodes)} nodes, ` +
        `${int(dataset.relationships)} relationships in ${int(dataset.files)} files.`
      : `Dataset: ${int(dataset.nodes)} nodes, ${int(dataset.relationships)} relationships in ${int(dataset.files)} YAML ` +
        `files (seed ${result.seed}), generated in ${fixed(result.generation.seconds)} s and written in ` +
        `${fixed(result.generation.writeSeconds)} s.`,
    '',
    `- Nodes: ${kinds}.`,
    `- Relationships: ${types}.`,
    `- Degree: p50 ${dataset.degree.p50}, p90 ${dataset.degree.p90}, p99 ${dataset.degree.p99}, max ${int(dataset.degree.max)}. Hubs: ${hubs}.`,
    `- Degree of the queried ids: ${targets}.`,
  ].join('\n');
}

/** "planAndWrite" as "plan and write", for the columns of fields the report has no name of its own for. */
const words = (key: string) => key.replace(/([A-Z])/g, ' $1').toLowerCase();

const KNOWN_SEEDING = new Set([
  'nodes',
  'relationships',
  'seconds',
  'relationshipsPerSecond',
  'rerunSeconds',
  'phases',
]);

/**
 * Further results of the seeding benchmark (another path's rate, its time), rendered as they come: a number is a
 * column of its own, an object's numbers one column each. Seconds and rates are told by their names.
 */
function extraSeedingColumns(seeding: object): [string, string][] {
  const value = (key: string, n: number) =>
    /seconds$/i.test(key) ? `${fixed(n)} s` : /PerSecond$/.test(key) ? int(n) : fixed(n, Number.isInteger(n) ? 0 : 1);
  return Object.entries(seeding).flatMap(([key, field]): [string, string][] => {
    if (KNOWN_SEEDING.has(key)) return [];
    if (typeof field === 'number') return [[words(key), value(key, field)]];
    if (field && typeof field === 'object') {
      return Object.entries(field as Record<string, unknown>).flatMap(([inner, n]): [string, string][] =>
        typeof n === 'number' ? [[`${words(key)}: ${words(inner)}`, value(inner, n)]] : [],
      );
    }
    return [];
  });
}

function seedingSection(result: SizeResult): string {
  const s = result.seeding;
  const phases = Object.entries(s.phases as Record<string, number>);
  const extra = extraSeedingColumns(s);
  return table(
    [
      'Relationships',
      'Nodes',
      'Total',
      'Relationships/s',
      ...phases.map(([phase]) => words(phase)),
      'Re-run unchanged',
      ...extra.map(([name]) => name),
    ],
    [
      [
        int(s.relationships),
        int(s.nodes),
        `${fixed(s.seconds)} s`,
        `**${int(s.relationshipsPerSecond)}**`,
        ...phases.map(([, seconds]) => `${fixed(seconds)} s`),
        s.rerunSeconds === undefined ? 'not measured' : `${fixed(s.rerunSeconds)} s`,
        ...extra.map(([, text]) => text),
      ],
    ],
  );
}

/** The bulk load's rate, where it was measured (not with --quick). */
function bulkLine(result: SizeResult): string[] {
  const { bulk } = result.seeding;
  if (!bulk) return [];
  return [
    `Bulk load (\`npm run seed -- --bulk\`: neo4j-admin into an empty database, from reading the files to the database online with its constraints and indexes): ` +
      `${int(bulk.relationships)} relationships in ${fixed(bulk.seconds)} s, **${int(bulk.relationshipsPerSecond)} relationships/s**.`,
  ];
}

function queriesSection(result: SizeResult): string {
  const rows = result.queries.flatMap((q) =>
    q.server.map((server, i) => {
      const floor = q.floor[i]!;
      return [
        `${q.name}`,
        `${q.stages} / ${q.statements}`,
        String(server.connections),
        latencies(server),
        rate(server.throughput),
        latencies(floor),
        rate(floor.throughput),
        `**${fixed(server.p50 / floor.p50, 2)}**`,
        server.connections > 1 && q.rssBytes ? int(q.rssBytes / 2 ** 20) : '',
      ];
    }),
  );
  const queries = table(
    [
      'Query',
      'Round trips / statements',
      'Concurrency',
      'Server p50 / p95 / p99 ms',
      'Server req/s',
      'Floor p50 / p95 / p99 ms',
      'Floor req/s',
      'Server / floor p50',
      'Server RSS max MiB',
    ],
    rows,
  );
  const skipped = result.queries.filter((q) => q.skipped).map((q) => `${q.name}: ${q.skipped}.`);
  const rss = result.rssBytes
    ? [
        `The server's resident memory (VmRSS of its process), at most ${int(result.rssBytes / 2 ** 20)} MiB over the run.`,
      ]
    : [];
  return [queries, ...skipped, ...rss].join('\n\n');
}

function nestedSection(result: SizeResult): string {
  const { nested } = result;
  const rows = CONCURRENCY.map((connections, i) => {
    const ours = nested.ours[i]!;
    const peer = nested.peer[i]!;
    return [
      String(connections),
      latencies(ours),
      rate(ours.throughput),
      latencies(peer),
      rate(peer.throughput),
      `**${fixed(ours.p50 / peer.p50, 2)}**`,
    ];
  });
  return [
    `Koblenz with ${int(nested.relationships)} relationships and ${int(nested.sources)} source papers.`,
    '',
    table(
      [
        'Concurrency',
        'Ours p50 / p95 / p99 ms',
        'Ours req/s',
        '@neo4j/graphql p50 / p95 / p99 ms',
        '@neo4j/graphql req/s',
        'Ours / @neo4j/graphql p50',
      ],
      rows,
    ),
  ].join('\n');
}

/** One size's results as Markdown. */
export function sizeSection(result: SizeResult): string {
  return [
    `## Size ${result.size.name}`,
    `Measured ${result.machine.date.slice(0, 16).replace('T', ' ')} UTC${result.quick ? ' (--quick)' : ''}; ` +
      `load average ${result.loadAverage.start} before, ${result.loadAverage.end} after.`,
    datasetSection(result),
    '### Seeding',
    seedingSection(result),
    ...bulkLine(result),
    '### Queries over HTTP (server) and the same Cypher through neo4j-driver (floor)',
    queriesSection(result),
    '### Nested query: ours and @neo4j/graphql',
    nestedSection(result),
    ...coldStartSection(result),
    ...instancesSection(result),
  ].join('\n\n');
}

function targetsSection(results: SizeResult[]): string {
  return table(['Size', 'Target', 'Measured', 'Verdict'], targetRows(results));
}

function machineSection(result: SizeResult): string {
  const m = result.machine;
  const packages = Object.entries(m.packages)
    .map(([name, version]) => `${name} ${version}`)
    .join(', ');
  return [
    `- Machine: ${m.cpus} × ${m.cpu}, ${m.memoryGiB} GiB, ${m.os}`,
    `- Node ${m.node}; Neo4j ${m.neo4j} (bench instance: ${m.neo4jMemory})`,
    `- Packages: ${packages}`,
  ].join('\n');
}

/** The whole results file, from every size's saved results. */
export async function renderResults(results: SizeResult[]): Promise<string> {
  const latest = results.reduce((a, b) => (b.machine.date > a.machine.date ? b : a));
  const text = [
    '# Benchmark results',
    'Written by `npm run bench` (sizes S and M) and `npm run bench -- --size L`; see bench/README.md. ' +
      'Latencies are in milliseconds, measured by the client: autocannon over loopback HTTP for the servers, ' +
      'the same timer around neo4j-driver calls for the floor. Every run loads a freshly generated graph into a ' +
      'fresh bench instance first.',
    machineSection(latest),
    '## Targets',
    targetsSection(results),
    '## How cost grows with size',
    scaleSection(results),
    ...results.map(sizeSection),
  ].join('\n\n');
  const config = (await prettier.resolveConfig(RESULTS_FILE)) ?? {};
  return prettier.format(text, { ...config, parser: 'markdown' });
}

/** Saves one size's raw results and rewrites results.md from all saved sizes. */
export async function saveResults(result: SizeResult): Promise<void> {
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  fs.writeFileSync(path.join(RESULTS_DIR, `${result.size.name}.json`), JSON.stringify(result, null, 2) + '\n');
  const saved = SIZE_NAMES.map((name) => path.join(RESULTS_DIR, `${name}.json`))
    .filter((file) => fs.existsSync(file))
    .map((file) => JSON.parse(fs.readFileSync(file, 'utf8')) as SizeResult);
  fs.writeFileSync(RESULTS_FILE, await renderResults(saved));
}
