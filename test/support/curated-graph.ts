import { applyGraphSchema } from '../../src/db/graph-schema';
import { DEFAULT_SEED_DIR, seedGraph } from '../../src/seeding/seed-graph';
import type { TestDb } from './test-db';

/** Replaces the test graph with the curated dataset, for tests that check its facts through the API. */
export async function loadCuratedGraph(db: TestDb): Promise<void> {
  await applyGraphSchema(db.executor);
  await seedGraph(db.executor, DEFAULT_SEED_DIR, { reset: true });
}
