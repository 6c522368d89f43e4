import { spawn } from 'node:child_process';
import path from 'node:path';
import { graphFingerprint } from '../support/graph-checksum';
import { largeDataset, writeDataset } from '../support/seed-fixture';
import { openTestDb, testNeo4jEnv, type TestDb } from '../support/test-db';

const ROOT = path.resolve(__dirname, '..', '..');
// A child process that compiles and loads 8,000 entities: on a busy machine that takes more than jest's default minute.
jest.setTimeout(300_000);

describe('a seeder killed in the middle of a load', () => {
  let db: TestDb;
  beforeAll(() => {
    db = openTestDb();
  });
  afterAll(async () => {
    await db.executor.write({
      name: 'test-cleanup',
      cypher: "MATCH (n:Entity) WHERE n.id STARTS WITH 'kill-' DETACH DELETE n",
    });
    await db.close();
  });

  it('when it is killed after writing batches, then the graph is exactly as it was before', async () => {
    const dir = writeDataset(largeDataset('kill', 8_000));
    const before = await graphFingerprint(db.executor);
    // `npm run seed`'s entry point, run from its sources as the benchmark runs them: no build of the whole project first.
    const seeder = spawn(process.execPath, ['-r', './bench/register-ts.js', 'src/cli/seed.ts', '--dir', dir], {
      cwd: ROOT,
      env: testNeo4jEnv(),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const killedAfterWriting = await new Promise<boolean>((resolve) => {
      seeder.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        if (/wrote \d+\/\d+ relationships/.test(output) && seeder.kill('SIGKILL')) resolve(true);
      });
      seeder.on('exit', () => resolve(false));
    });
    await new Promise((resolve) =>
      seeder.exitCode !== null || seeder.signalCode !== null ? resolve(null) : seeder.on('exit', resolve),
    );
    expect({ killedAfterWriting, signal: seeder.signalCode }).toEqual({ killedAfterWriting: true, signal: 'SIGKILL' });
    expect(await graphFingerprint(db.executor)).toEqual(before);
    // The load's transaction dies with its connection (the server may take a moment to notice): none is left open.
    // Bounded by a count of polls, not a time: the server notices the dead connection at its own pace.
    const openSeedTransactions = async () =>
      (
        await db.executor.read<{ count: number }>({
          name: 'test-open-transactions',
          cypher: "SHOW TRANSACTIONS YIELD metaData WHERE metaData.query = 'seed' RETURN count(*) AS count",
        })
      )[0]!.count;
    let open = await openSeedTransactions();
    for (let poll = 0; poll < 1_000 && open > 0; poll++) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      open = await openSeedTransactions();
    }
    expect(open).toBe(0);
    expect(await graphFingerprint(db.executor)).toEqual(before);
  });
});
