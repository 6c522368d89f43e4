import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { getIntrospectionQuery } from 'graphql';
import { seedGraph } from '../../src/seeding/seed-graph';
import type { ProbeLine } from '../support/cheap-prober';
import { loadCuratedGraph } from '../support/curated-graph';
import { denseDataset } from '../support/dense-graph';
import { graphFingerprint, type GraphFingerprint } from '../support/graph-checksum';
import { writeDataset } from '../support/seed-fixture';
import { startServerProcess, type ServerProcess } from '../support/server-process';
import { openTestDb, type TestDb } from '../support/test-db';

/** The server's request timeout in this suite: every attacking request must have its answer within it and a second. */
const TIMEOUT_MS = 5_000;
const ANSWER_SLACK_MS = 1_000;
/** The server's heap is capped at this; its resident memory must stay within RESIDENT_MB throughout. */
const HEAP_MB = 512;
const RESIDENT_MB = 600;
/** The cheap query, sent every PROBE_INTERVAL_MS from a process of its own, and what it must meet throughout. */
const CHEAP = '{ node(id: "koblenz") { name } }';
const PROBE_INTERVAL_MS = 250;
const CHEAP_P50_MS = 200;
const CHEAP_MAX_MS = 2_000;
/**
 * Polls of SHOW TRANSACTIONS after each attack, 100 ms apart, until the request's transactions are gone. A terminated
 * transaction ends at Neo4j's next check, which a fuzzy search inside Lucene reaches only when it is done: on a busy
 * machine that takes seconds, so the bound is generous; a transaction left running for good still fails.
 */
const TRANSACTION_POLLS = 150;

const ROOT = path.resolve(__dirname, '..', '..');

jest.setTimeout(120_000);

/**
 * Cities that are all members of the same networks: a similarity scan of one of them compares it with every other,
 * through every network, and a fuzzy search has many names to look through.
 */
function networkDataset(prefix: string, cities: number, networks: number) {
  const paper = { kind: 'Document', id: `${prefix}-paper`, name: 'Paper', type: 'KONZEPT', title: 'Synthetic' };
  const orgs = Array.from({ length: networks }, (_, i) => ({
    kind: 'Organisation',
    id: `${prefix}-net-${i}`,
    name: `Netzwerk Digitale Verwaltung ${i}`,
    type: 'NETWORK',
  }));
  const members = Array.from({ length: cities }, (_, i) => ({
    kind: 'City',
    id: `${prefix}-city-${i}`,
    name: `Digitalstadt ${i}`,
    state: 'Hessen',
  }));
  const relationships = members.flatMap((city) =>
    orgs.map((org) => ({ from: city.id, type: 'MEMBER_OF', to: org.id, source: paper.id })),
  );
  return { 'nodes.yaml': { nodes: [paper, ...orgs, ...members] }, 'facts.yaml': { relationships } };
}

interface Attempt {
  ms: number;
  status: number;
  code: string | null;
}

const aliases = (count: number, field: (i: number) => string) =>
  `{ ${Array.from({ length: count }, (_, i) => `a${i}: ${field(i)}`).join(' ')} }`;

/** Eight words of the longest length a search takes, each one its own fuzzy clause. */
const LONG_WORDS = Array.from({ length: 8 }, (_, i) => `digital${'verwaltung'.repeat(9)}${i}`.slice(0, 100)).join(' ');

const SLOW_PATHS =
  '{ cooperationPaths(from: "fa-5", to: "fa-target", maxHops: 6, first: 20, purpose: ANY, statuses: [PROPOSED]) { length } }';

describe('fair under attack: five attacks on the real server, with a cheap query from another process throughout', () => {
  let db: TestDb;
  let server: ServerProcess;
  let prober: ChildProcess;
  let before: GraphFingerprint;
  const probes: ProbeLine[] = [];
  let residentMax = 0;
  let memoryTimer: NodeJS.Timeout;
  const report: string[] = [];

  beforeAll(async () => {
    db = openTestDb();
    await loadCuratedGraph(db);
    await seedGraph(db.executor, writeDataset({ ...networkDataset('fa', 300, 12) }), { reset: false });
    await seedGraph(db.executor, writeDataset(denseDataset('fa', 40)), { reset: false });
    before = await graphFingerprint(db.executor);
    server = await startServerProcess({ REQUEST_TIMEOUT_MS: String(TIMEOUT_MS) }, HEAP_MB);
    memoryTimer = setInterval(() => (residentMax = Math.max(residentMax, server.residentMb())), 100);
    prober = spawn(
      process.execPath,
      ['-r', path.join(ROOT, 'bench', 'register-ts.js'), path.join(ROOT, 'test', 'support', 'cheap-prober.ts')].concat([
        server.url,
        CHEAP,
        String(PROBE_INTERVAL_MS),
      ]),
      { stdio: ['pipe', 'pipe', 'inherit'] },
    );
    let rest = '';
    prober.stdout!.on('data', (chunk: Buffer) => {
      const parts = (rest + chunk.toString()).split('\n');
      rest = parts.pop()!;
      for (const part of parts) probes.push(JSON.parse(part) as ProbeLine);
    });
    // The first answers, before any attack, show the prober is up.
    while (probes.length < 4) await new Promise((resolve) => setTimeout(resolve, 50));
  });

  afterAll(async () => {
    clearInterval(memoryTimer);
    prober?.stdin?.end();
    prober?.kill();
    await server?.stop();
    await db?.close();
    console.log(report.join('\n'));
  });

  async function post(body: unknown): Promise<Attempt> {
    const started = Date.now();
    try {
      const response = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      const answer = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
      return { ms: Date.now() - started, status: response.status, code: answer.errors?.[0]?.extensions?.code ?? null };
    } catch (error) {
      return { ms: Date.now() - started, status: 0, code: `FAILED: ${String(error)}` };
    }
  }

  /** The names of the server's request transactions open in Neo4j. */
  async function requestTransactions(): Promise<string[]> {
    const rows = await db.executor.read<{ query: string }>({
      name: 'test-request-transactions',
      cypher: 'SHOW TRANSACTIONS YIELD metaData WHERE metaData.request IS NOT NULL RETURN metaData.query AS query',
    });
    return rows.map((row) => row.query);
  }

  /** Polls until none of the server's request transactions is left, at most TRANSACTION_POLLS times. */
  async function transactionsLeft(): Promise<string[]> {
    let open = await requestTransactions();
    for (let poll = 1; poll < TRANSACTION_POLLS && open.length > 0; poll++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      open = await requestTransactions();
    }
    return open;
  }

  /** Runs an attack; checks every answer came in time, no transaction is left and the cheap query kept its bounds. */
  async function attack(name: string, run: () => Promise<Attempt[]>): Promise<Attempt[]> {
    const from = Date.now();
    const attempts = await run();
    const left = await transactionsLeft();
    const during = probes.filter((p) => p.sentAt >= from);
    const codes = [...new Set(attempts.map((a) => a.code ?? 'data'))].join(', ');
    report.push(
      `${name}: ${attempts.length} requests in ${Date.now() - from} ms, slowest ${Math.max(0, ...attempts.map((a) => a.ms))} ms, ` +
        `answers ${codes}; cheap query ${summary(during)}; transactions left ${left.length ? left.join(' ') : 0}; resident max ${residentMax} MB`,
    );
    for (const attempt of attempts) expect(attempt.ms).toBeLessThanOrEqual(TIMEOUT_MS + ANSWER_SLACK_MS);
    for (const attempt of attempts) expect(attempt.code ?? 'data').not.toMatch(/^FAILED|INTERNAL_SERVER_ERROR/);
    expect(left).toEqual([]);
    expect(server.alive()).toBe(true);
    return attempts;
  }

  const burst = (count: number, body: () => unknown) => Promise.all(Array.from({ length: count }, () => post(body())));

  it('when 40 clients each ask 19 similarity scans, or 19 fuzzy searches of long words, then those wait in their lane', async () => {
    const scans = aliases(19, () => 'similarCities(city: "fa-city-0", first: 1) { score }');
    const searches = aliases(19, () => `search(text: "${LONG_WORDS}", first: 1) { score }`);
    const attempts = await attack('1. database work rated cheap', async () => [
      ...(await burst(40, () => ({ query: scans }))),
      ...(await burst(40, () => ({ query: searches }))),
    ]);
    // Each is answered, or refused as the lane's line is full or its deadline came: never with partial data.
    for (const attempt of attempts) expect([null, 'SERVICE_UNAVAILABLE']).toContain(attempt.code);
  });

  it('when 40 clients each ask few enough scans to be cheap, or many aliases of a nested database field, then the shared statement lane bounds them', async () => {
    const fewScans = aliases(4, () => 'similarCities(city: "fa-city-0", first: 1) { score }');
    const nested = `{ node(id: "fa-city-0") ${aliases(20, (i) => `relationships(asOf: "2020-01-${10 + i}") { type }`)} }`;
    await attack('1b. cheap-looking requests and nested fields', async () => [
      ...(await burst(40, () => ({ query: fewScans }))),
      ...(await burst(40, () => ({ query: nested }))),
    ]);
  });

  it('when a negative "first" sits beside 20 full similarity scans, then every request is refused and nothing runs on', async () => {
    const scans = aliases(19, () => 'similarCities(city: "fa-city-0", first: 100) { score }').slice(2, -2);
    const query = `{ ${scans} x: search(text: "x", first: -2147483648) { score } }`;
    const attempts = await attack('2. negative first', () => burst(40, () => ({ query })));
    for (const attempt of attempts) expect(attempt.code).toBe('BAD_USER_INPUT');
  });

  it('when 40 clients introspect at once, or one introspects 21 times through fragments, then each is bounded', async () => {
    const spread = `{ ${Array.from({ length: 21 }, () => '...S').join(' ')} } fragment S on Query { __schema { types { name } } }`;
    const attempts = await attack('3. introspection', async () => [
      ...(await burst(40, () => ({ query: getIntrospectionQuery({ descriptions: true }) }))),
      await post({ query: spread }),
    ]);
    expect(attempts.at(-1)!.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('when 60 clients at 12 per second each drop an expensive request after 50 ms, then their work ends with them', async () => {
    await attack('4. work outlives the client', async () => {
      const dropped: Promise<Attempt>[] = [];
      for (let i = 0; i < 60; i++) {
        const started = Date.now();
        const query = i % 2 ? SLOW_PATHS : aliases(19, () => 'similarCities(city: "fa-city-0", first: 1) { score }');
        dropped.push(
          fetch(`${server.url}/graphql`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ query }),
            signal: AbortSignal.timeout(50),
          }).then(
            (response) => ({ ms: Date.now() - started, status: response.status, code: null }),
            () => ({ ms: Date.now() - started, status: 0, code: 'ABORTED' }),
          ),
        );
        await new Promise((resolve) => setTimeout(resolve, 1000 / 12));
      }
      return Promise.all(dropped);
    });
  });

  it('when 16 clients that never read ask a megabyte id by many aliases, or 10,001 relationship types, then the answers stay small', async () => {
    const id = '\u00ff'.repeat(300_000);
    const body = JSON.stringify({
      query: `query ($id: ID!) ${aliases(20, () => 'node(id: $id) { id }')}`,
      variables: { id },
    });
    const types = Array<string>(10_001).fill('MEMBER_OF');
    await attack('5. answers that amplify', async () => {
      const { hostname, port } = new URL(server.url);
      const sockets = Array.from({ length: 16 }, () => {
        const socket = net.connect(Number(port), hostname);
        socket.on('error', () => undefined);
        socket.write(
          `POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n` +
            `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
        );
        socket.pause();
        return socket;
      });
      const refused = await burst(16, () => ({
        query:
          'query ($types: [RelationshipType!]) { cooperationPaths(from: "fa-1", to: "fa-2", relationshipTypes: $types) { length } }',
        variables: { types },
      }));
      await new Promise((resolve) => setTimeout(resolve, 2_000));
      for (const socket of sockets) socket.destroy();
      for (const attempt of refused) expect(attempt.code).toBe('BAD_USER_INPUT');
      return refused;
    });
  });

  it('when the attacks are over, then the cheap query kept its bounds throughout, memory stayed bounded and the graph is unchanged', async () => {
    const all = probes;
    report.push(`cheap query over the whole suite: ${summary(all)}; server resident memory at most ${residentMax} MB`);
    expect(residentMax).toBeLessThanOrEqual(RESIDENT_MB);
    expect(server.alive()).toBe(true);
    expect(await graphFingerprint(db.executor)).toEqual(before);
    expect(all.filter((p) => p.error !== null)).toEqual([]);
    expect(percentile(all, 0.5)).toBeLessThanOrEqual(CHEAP_P50_MS);
    expect(percentile(all, 1)).toBeLessThanOrEqual(CHEAP_MAX_MS);
  });
});

function percentile(lines: ProbeLine[], share: number): number {
  const sorted = lines.map((line) => line.ms).sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))] ?? 0;
}

function summary(lines: ProbeLine[]): string {
  const errors = lines.filter((line) => line.error !== null).length;
  return `${lines.length} answers, p50 ${percentile(lines, 0.5)} ms, max ${percentile(lines, 1)} ms, ${errors} errors`;
}
