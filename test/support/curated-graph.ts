import { applyGraphSchema } from '../../src/db/graph-schema';
import { DEFAULT_SEED_DIR, seedGraph } from '../../src/seeding/seed-graph';
import { startTestApp, type TestApp, type TestAppOptions } from './test-app';
import { openTestDb, type TestDb } from './test-db';

/**
 * Replaces the test graph with the curated dataset, for tests that check its facts through the API. The register's
 * 11,000 municipalities are left out: the tests that need them load them once (test/integration/register.test.ts).
 */
export async function loadCuratedGraph(db: TestDb): Promise<void> {
  await applyGraphSchema(db.executor);
  await seedGraph(db.executor, DEFAULT_SEED_DIR, { reset: true, register: false });
}

export interface CuratedApp {
  db: TestDb;
  app: TestApp;
}

/** Registers hooks that load the curated dataset and start the server for the enclosing describe block. */
export function useCuratedApp(options: TestAppOptions = {}): CuratedApp {
  const state = {} as CuratedApp;
  beforeAll(async () => {
    state.db = openTestDb();
    await loadCuratedGraph(state.db);
    state.app = await startTestApp({}, options);
  });
  afterAll(async () => {
    await state.app?.close();
    await state.db?.close();
  });
  return state;
}
