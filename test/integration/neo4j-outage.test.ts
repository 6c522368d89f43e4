import { startApp, type RunningApp } from '../../src/app';
import { loadConfig } from '../../src/config/env';
import { startInstance, stopInstance } from '../../src/local-neo4j/control';
import { boltUri, browserUrl, outageInstance } from '../../src/local-neo4j/instances';
import { silentLogger } from '../../src/http/request-log';
import { seedGraph } from '../../src/seeding/seed-graph';
import { minimalDataset, writeDataset } from '../support/seed-fixture';

/** A Neo4j of its own, so that stopping it disturbs no other test. */
const OUTAGE_INSTANCE = outageInstance();

/**
 * Long enough that a cold instance on a busy machine answers the first query and hands out its first connection
 * (the pool waits half of it); an outage is told apart by its code, not by its time.
 */
const REQUEST_TIMEOUT_MS = 15_000;
/** Queries asked after /ready says 200 again, until one answers. */
const RECOVERY_ATTEMPTS = 5;
const QUERY = '{ node(id: "out-stadt-a") { name relationships { node { id } } } }';
const quiet = () => undefined;

interface Answer {
  status: number;
  ms: number;
  code?: string;
  ok: boolean;
}

describe('when Neo4j goes away', () => {
  let app: RunningApp;
  beforeAll(async () => {
    await startInstance(OUTAGE_INSTANCE, quiet);
    const config = loadConfig({ PORT: '0', REQUEST_TIMEOUT_MS: String(REQUEST_TIMEOUT_MS) });
    app = await startApp({
      config,
      connection: {
        uri: boltUri(OUTAGE_INSTANCE),
        username: 'neo4j',
        password: OUTAGE_INSTANCE.password,
        database: 'neo4j',
      },
      browserUrl: browserUrl(OUTAGE_INSTANCE),
      log: silentLogger,
      reportError: () => undefined,
    });
    await seedGraph(app.executor, writeDataset(minimalDataset('out')), { reset: true });
  }, 300_000);
  afterAll(async () => {
    await app?.close();
    await stopInstance(OUTAGE_INSTANCE, quiet);
  });

  async function ask(): Promise<Answer> {
    const started = Date.now();
    const response = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: QUERY }),
    });
    const body = (await response.json()) as {
      data?: { node?: unknown };
      errors?: { extensions?: { code?: string } }[];
    };
    return {
      status: response.status,
      ms: Date.now() - started,
      code: body.errors?.[0]?.extensions?.code,
      ok: !!body.data?.node,
    };
  }

  const status = async (path: string) => (await fetch(`${app.url}${path}`)).status;

  it('then requests fail fast with SERVICE_UNAVAILABLE, /ready says so, and service returns by itself', async () => {
    // The instance has just started: the first answers wait for its first connections and plans.
    let first = await ask();
    for (let attempt = 1; attempt < 5 && !first.ok; attempt++) first = await ask();
    expect(first).toMatchObject({ status: 200, ok: true });
    expect(await status('/ready')).toBe(200);

    const answers: Answer[] = [];
    let loading = true;
    const load = (async () => {
      while (loading) answers.push(await ask());
    })();
    let down: Answer;
    let recovered: Answer;
    const afterReady: Answer[] = [];
    try {
      await stopInstance(OUTAGE_INSTANCE, quiet);
      down = await ask();
      expect(await status('/health')).toBe(200);
      expect(await status('/ready')).toBe(503);

      await startInstance(OUTAGE_INSTANCE, quiet);
      // Ready means a query answers from the database again.
      for (let poll = 0; poll < 240 && (await status('/ready')) !== 200; poll++) {
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
      // A restarted Neo4j answers its first queries slowly (cold caches, new plans): each may still time out with the
      // outage's code, and within a few attempts one answers.
      recovered = await ask();
      for (let attempt = 1; attempt < RECOVERY_ATTEMPTS && !recovered.ok; attempt++) {
        afterReady.push(recovered);
        recovered = await ask();
      }
    } finally {
      loading = false;
      await load;
    }

    // Whether the driver gives up first (a coded error) or the request timeout does (503), the code is the same.
    expect([200, 503]).toContain(down.status);
    expect(down).toMatchObject({ code: 'SERVICE_UNAVAILABLE', ok: false });
    expect(down.ms).toBeLessThan(REQUEST_TIMEOUT_MS + 1_000);
    expect(recovered).toMatchObject({ status: 200, ok: true });
    for (const answer of afterReady) expect(answer.code).toBe('SERVICE_UNAVAILABLE');
    expect(await status('/ready')).toBe(200);
    expect(answers.length).toBeGreaterThan(0);
    for (const answer of answers) {
      expect(answer.ok || answer.code === 'SERVICE_UNAVAILABLE').toBe(true);
      expect(answer.ms).toBeLessThan(REQUEST_TIMEOUT_MS + 1_000);
    }
    expect(answers.some((a) => a.code === 'SERVICE_UNAVAILABLE')).toBe(true);
  }, 300_000);
});
