import type { GraphQLSchema } from 'graphql';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createSchema } from '../src/graphql/schema';
import { DEFAULT_SEED_DIR, loadDataset } from '../src/seeding/seed-graph';
import { neo4jVersion, startFreshBenchDb, type BenchDb } from './bench-db';
import { writeDatasetFiles } from './dataset-files';
import { datasetStats, loadedDatasetStats, type DatasetStats } from './dataset-stats';
import { floorChunk } from './floor';
import { DatasetGenerator } from './generate-dataset';
import { httpChunk, postGraphQL } from './http-load';
import { measureInTurns, type LoadPlan, type LoadResult } from './latency';
import { describeMachine, loadAverage, type Machine } from './machine';
import { countNeoCity, neo4jGraphQLCityQuery, type NeoCity } from './neo4j-graphql-schema';
import { countOurCity, NESTED_QUERY, QUERIES, type BenchQuery, type OurCity } from './queries';
import { measureColdStart, type ColdStartResult } from './cold-start';
import { measureInstances, type InstancesResult } from './instances';
import { sampleRss } from './memory';
import { benchmarkBulkLoad, benchmarkSeeding, type SeedResult } from './seed-benchmark';
import { startServer, type ServerHandle } from './servers';
import type { SizeSpec } from './sizes';
import { traceStages } from './trace';

export const CONCURRENCY = [1, 16] as const;

/**
 * A query slower than this at concurrency 1 is not run at 16: on two cores, sixteen of them at once would only
 * queue for minutes and run into the server's request timeout.
 */
const SLOW_MS = 1_000;

export interface QueryResult {
  name: string;
  description: string;
  /** Round trips to Neo4j per request, and the statements sent in them. */
  stages: number;
  statements: number;
  /** The size of the answer's data as JSON, to tell a query that grows with its answer from one that grows faster. */
  answerBytes?: number;
  /** By concurrency, as far as measured. */
  server: LoadResult[];
  floor: LoadResult[];
  /** Why the higher concurrency was left out. */
  skipped?: string;
  /** The server process's highest resident memory while the query ran at concurrency 16, in bytes. */
  rssBytes?: number;
}

export interface SizeResult {
  size: SizeSpec;
  seed: number;
  quick: boolean;
  machine: Machine;
  loadAverage: { start: number; end: number };
  generation: { seconds: number; writeSeconds: number };
  dataset: DatasetStats;
  seeding: SeedResult;
  queries: QueryResult[];
  nested: { relationships: number; sources: number; ours: LoadResult[]; peer: LoadResult[] };
  /** The first call of every example after a fresh start (absent from results saved before it was measured). */
  coldStart?: ColdStartResult;
  /** The server's highest resident memory over the whole run, in bytes. */
  rssBytes?: number;
  /** With --instances: throughput against one API instance and spread over several. */
  instances?: InstancesResult[];
}

export interface SizeOptions {
  seed: number;
  /** Requests per measurement, by concurrency. */
  plans: Record<(typeof CONCURRENCY)[number], LoadPlan>;
  quick: boolean;
  /** API instances for the throughput comparison; 1 leaves it out. */
  instances: number;
  log: (line: string) => void;
}

const ms = (value: number) => `${value.toFixed(1)} ms`;
const line = (r: LoadResult) =>
  `p50 ${ms(r.p50)}, p95 ${ms(r.p95)}, p99 ${ms(r.p99)}, ${r.throughput.toFixed(r.throughput < 10 ? 1 : 0)} req/s (${r.requests} requests)`;

const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MiB`;

const TARGET_IDS = ['koblenz', 'trier', 'cdo', 'ozg'];

function generate(size: SizeSpec, seed: number, log: (line: string) => void) {
  log(`Generating size ${size.name} (${size.nodes} nodes, ${size.relationships} relationships, seed ${seed})...`);
  const curated = loadDataset(DEFAULT_SEED_DIR, { register: false });
  const start = performance.now();
  const generated = new DatasetGenerator(size, curated, seed).generate();
  const dataset = datasetStats(generated, curated, TARGET_IDS);
  const generatedAt = performance.now();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `kommunen-graph-bench-${size.name}-`));
  writeDatasetFiles(dir, generated);
  const seconds = (generatedAt - start) / 1000;
  const writeSeconds = (performance.now() - generatedAt) / 1000;
  log(`  ${dataset.nodes} nodes, ${dataset.relationships} relationships in ${dataset.files} files (${dir})`);
  log(`  generated in ${seconds.toFixed(1)} s, written in ${writeSeconds.toFixed(1)} s`);
  return { dir, dataset, generation: { seconds, writeSeconds } };
}

/** Size R: a copy of the project's dataset folder, register included, loaded as `npm run seed` loads it. */
function copyProjectDataset(size: SizeSpec, log: (line: string) => void) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `kommunen-graph-bench-${size.name}-`));
  fs.cpSync(DEFAULT_SEED_DIR, dir, { recursive: true });
  const files = fs.readdirSync(dir, { recursive: true }).filter((file) => /\.(ya?ml|csv)$/.test(String(file))).length;
  const dataset = loadedDatasetStats(loadDataset(dir), files, TARGET_IDS);
  log(
    `Size ${size.name}: the curated dataset with the register, ${dataset.nodes} nodes, ${dataset.relationships} relationships (${dir})`,
  );
  return { dir, dataset, generation: { seconds: 0, writeSeconds: 0 } };
}

async function measureQuery(
  query: BenchQuery,
  server: ServerHandle,
  db: BenchDb,
  schema: GraphQLSchema,
  options: SizeOptions,
): Promise<QueryResult> {
  const { log } = options;
  const answerBytes = Buffer.byteLength(JSON.stringify(await postGraphQL(server.url, query.request)));
  const browserLink = { browserUrl: db.browserUrl, boltUrl: db.connection.uri, database: db.connection.database };
  const stages = await traceStages(schema, db.driver, browserLink, query.request);
  const statements = stages.reduce((sum, stage) => sum + stage.length, 0);
  log(`  ${query.name}: ${query.description} (${stages.length} round trips, ${statements} statements)`);
  const result: QueryResult = { ...query, stages: stages.length, statements, answerBytes, server: [], floor: [] };
  for (const connections of CONCURRENCY) {
    const single = result.server[0];
    if (connections > 1 && single && single.p50 > SLOW_MS) {
      result.skipped = `not run at concurrency ${connections}: one request takes ${(single.p50 / 1000).toFixed(1)} s`;
      log(`    ${result.skipped}`);
      break;
    }
    const rss = connections > 1 ? sampleRss(server.pid) : null;
    const [http, floor] = await measureInTurns(
      [
        httpChunk(server.url, query.request, connections),
        floorChunk(db.driver, db.connection.database, stages, connections),
      ],
      options.plans[connections],
    );
    const rssBytes = rss?.stop();
    if (rssBytes) result.rssBytes = rssBytes;
    log(`    c=${connections} server ${line(http!)}${rssBytes ? `, RSS max ${mib(rssBytes)}` : ''}`);
    log(`    c=${connections} floor  ${line(floor!)}  ratio p50 ${(http!.p50 / floor!.p50).toFixed(2)}`);
    result.server.push(http!);
    result.floor.push(floor!);
  }
  return result;
}

async function measureNested(ours: ServerHandle, peer: ServerHandle, options: SizeOptions) {
  const { log } = options;
  const peerRequest = { query: neo4jGraphQLCityQuery(), variables: NESTED_QUERY.request.variables };
  const ourCounts = countOurCity(await postGraphQL<OurCity>(ours.url, NESTED_QUERY.request));
  const [city] = (await postGraphQL<{ cities: NeoCity[] }>(peer.url, peerRequest)).cities;
  const peerCounts = countNeoCity(city!);
  if (ourCounts.relationships !== peerCounts.relationships || ourCounts.sources !== peerCounts.sources) {
    throw new Error(
      `the peer serves other data: ours ${JSON.stringify(ourCounts)}, peer ${JSON.stringify(peerCounts)}`,
    );
  }
  log(`  nested vs @neo4j/graphql: ${ourCounts.relationships} relationships, ${ourCounts.sources} papers each`);
  const result = { ...ourCounts, ours: [] as LoadResult[], peer: [] as LoadResult[] };
  for (const connections of CONCURRENCY) {
    const [our, theirs] = await measureInTurns(
      [httpChunk(ours.url, NESTED_QUERY.request, connections), httpChunk(peer.url, peerRequest, connections)],
      options.plans[connections],
    );
    log(`    c=${connections} ours ${line(our!)}`);
    log(`    c=${connections} peer ${line(theirs!)}  ours/peer p50 ${(our!.p50 / theirs!.p50).toFixed(2)}`);
    result.ours.push(our!);
    result.peer.push(theirs!);
  }
  return result;
}

/**
 * Every query through both servers for a while before any is timed: a freshly started Neo4j runs interpreted until
 * its JIT compiler has seen enough of the read path, and the first query measured would otherwise pay for that.
 */
async function warmUp(ours: ServerHandle, peer: ServerHandle, seconds: number, log: (line: string) => void) {
  log(`Warming up for ${seconds} s...`);
  const peerRequest = { query: neo4jGraphQLCityQuery(), variables: NESTED_QUERY.request.variables };
  const chunks = [
    ...[...QUERIES, NESTED_QUERY].map((query) => httpChunk(ours.url, query.request, 4)),
    httpChunk(peer.url, peerRequest, 4),
  ];
  for (const chunk of chunks) await chunk(Number.MAX_SAFE_INTEGER, seconds / chunks.length);
}

/** Generates, seeds and measures one size against a fresh bench instance. */
export async function benchmarkSize(size: SizeSpec, options: SizeOptions): Promise<SizeResult> {
  const { log } = options;
  const loadAtStart = loadAverage();
  const { dir, dataset, generation } = size.register
    ? copyProjectDataset(size, log)
    : generate(size, options.seed, log);
  let bulk: SeedResult['bulk'];
  if (!options.quick) {
    log(`Bulk-loading size ${size.name} into an empty database (neo4j-admin)...`);
    bulk = await benchmarkBulkLoad(dir, log);
    log(
      `  ${bulk.relationships} relationships in ${bulk.seconds.toFixed(1)} s: ${bulk.relationshipsPerSecond.toFixed(0)} relationships/s`,
    );
  }
  const db = await startFreshBenchDb(log);
  const servers: ServerHandle[] = [];
  try {
    log(`Seeding size ${size.name} into the empty graph (one transaction), then again unchanged...`);
    const seeding = { ...(await benchmarkSeeding(db.executor, dir, log)), ...(bulk ? { bulk } : {}) };
    log(
      `  ${seeding.relationships} relationships in ${seeding.seconds.toFixed(1)} s: ` +
        `${seeding.relationshipsPerSecond.toFixed(0)} relationships/s; unchanged re-run ${seeding.rerunSeconds!.toFixed(1)} s`,
    );
    fs.rmSync(dir, { recursive: true, force: true });
    // The examples ask about the register's places, which only the project's own dataset has.
    let coldStart: ColdStartResult | undefined;
    if (size.register) {
      log('First calls of the examples after a fresh start of the server (with its warm-up)...');
      coldStart = await measureColdStart(db, log);
    }
    log('Starting the server and @neo4j/graphql...');
    const ours = await startServer('kommunen-graph', db.connection, db.browserUrl);
    servers.push(ours);
    const wholeRun = sampleRss(ours.pid, 200);
    const peer = await startServer('neo4j-graphql', db.connection, db.browserUrl);
    servers.push(peer);
    await warmUp(ours, peer, options.quick ? 2 : 20, log);
    log(`Measuring queries at size ${size.name}...`);
    const schema = await createSchema();
    const queries: QueryResult[] = [];
    for (const query of [...QUERIES, NESTED_QUERY]) queries.push(await measureQuery(query, ours, db, schema, options));
    const nested = await measureNested(ours, peer, options);
    const instances =
      options.instances > 1
        ? await measureInstances(ours, options.instances, db, [...QUERIES, NESTED_QUERY], options.plans[16], log)
        : undefined;
    const rssBytes = wholeRun.stop() ?? undefined;
    log(`Server RSS max over the run: ${rssBytes ? mib(rssBytes) : 'not readable'}`);
    return {
      size,
      seed: options.seed,
      quick: options.quick,
      machine: describeMachine(await neo4jVersion(db.executor)),
      loadAverage: { start: loadAtStart, end: loadAverage() },
      generation,
      dataset,
      seeding,
      queries,
      nested,
      coldStart,
      rssBytes,
      instances,
    };
  } finally {
    await Promise.all(servers.map((server) => server.stop()));
    await db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
