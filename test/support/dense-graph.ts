import { seedGraph } from '../../src/seeding/seed-graph';
import { loadCuratedGraph } from './curated-graph';
import { writeDataset } from './seed-fixture';
import { startServerProcess, type ServerProcess } from './server-process';
import { openTestDb, type TestDb } from './test-db';

/**
 * `count` cities (`<prefix>-0` …) that all propose to cooperate with each other, and `<prefix>-target`, reached only
 * by an ACTIVE fact from `<prefix>-0`: a search for PROPOSED paths to the target explores every path of up to six hops.
 */
export function denseDataset(prefix: string, count: number) {
  const paper = { kind: 'Document', id: `${prefix}-paper`, name: 'Paper', type: 'KONZEPT', title: 'Synthetic' };
  const ids = Array.from({ length: count }, (_, i) => `${prefix}-${i}`);
  const cities = [...ids, `${prefix}-target`].map((id) => ({ kind: 'City', id, name: id, state: 'Hessen' }));
  const relationships = ids.flatMap((from, i) =>
    ids.slice(i + 1).map((to) => ({ from, type: 'COOPERATES_WITH', to, source: paper.id, status: 'PROPOSED' })),
  );
  relationships.push({
    from: `${prefix}-0`,
    type: 'COOPERATES_WITH',
    to: `${prefix}-target`,
    source: paper.id,
    status: 'ACTIVE',
  });
  return { 'nodes.yaml': { nodes: [paper, ...cities] }, 'facts.yaml': { relationships } };
}

export interface DenseServer {
  db: TestDb;
  server: ServerProcess;
}

/**
 * Registers hooks that load the curated dataset with a dense graph beside it and start the real server in a process
 * of its own (heap capped at `heapMb`), for the enclosing describe block.
 */
export function useDenseServer(prefix: string, count: number, env: Record<string, string>, heapMb: number) {
  const state = {} as DenseServer;
  beforeAll(async () => {
    state.db = openTestDb();
    await loadCuratedGraph(state.db);
    await seedGraph(state.db.executor, writeDataset(denseDataset(prefix, count)), { reset: false });
    state.server = await startServerProcess(env, heapMb);
  });
  afterAll(async () => {
    await state.server?.stop();
    await state.db?.close();
  });
  return state;
}
