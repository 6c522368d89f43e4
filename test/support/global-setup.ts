import fs from 'node:fs';
import path from 'node:path';
import { runningPid, startInstance } from '../../src/local-neo4j/control';
import { boltUri, testInstance } from '../../src/local-neo4j/instances';
import { probeBolt } from '../../src/local-neo4j/bolt-probe';

export const STARTED_MARKER = path.join(testInstance().dir, 'started-by-tests');
/** Names the file in which the start says "ready" or why it failed; integration suites wait for it. */
export const START_STATUS_ENV = 'TEST_NEO4J_START_STATUS';

/** What globalTeardown awaits: the start, which runs on while the first suites run. */
export interface StartingNeo4j {
  testNeo4jStart?: Promise<void>;
}

/**
 * Uses TEST_NEO4J_URI when given; otherwise this checkout's own test instance, on ports no other checkout uses. A
 * running instance is reused only when it is provably this checkout's: its pid file, in this checkout's data
 * directory, names a live Neo4j process. Anything else answering on those ports is refused, never used.
 *
 * The start is not awaited here: unit suites run while Neo4j starts, and each integration suite waits for the status
 * file (test/support/integration-environment.ts).
 */
export default async function globalSetup(): Promise<void> {
  if (process.env.TEST_NEO4J_URI) return;
  const instance = testInstance();
  const uri = boltUri(instance);
  process.env.TEST_NEO4J_URI = uri;
  process.env.TEST_NEO4J_PASSWORD = instance.password;
  const ours = runningPid(instance) !== null;
  if (!ours && (await probeBolt(uri, 'neo4j', instance.password)) !== 'down') {
    throw new Error(
      `Something that is not this checkout's test Neo4j answers on ${uri}. Stop it, or choose other ports with ` +
        'TEST_NEO4J_BOLT_PORT and TEST_NEO4J_HTTP_PORT.',
    );
  }
  if (!ours) fs.rmSync(STARTED_MARKER, { force: true });
  fs.mkdirSync(instance.dir, { recursive: true });
  const statusFile = path.join(instance.dir, `start-status-${process.pid}`);
  fs.rmSync(statusFile, { force: true });
  process.env[START_STATUS_ENV] = statusFile;
  (globalThis as StartingNeo4j).testNeo4jStart = startInstance(instance, (line) => console.log(line)).then(
    () => {
      if (!ours) fs.writeFileSync(STARTED_MARKER, String(Date.now()));
      fs.writeFileSync(statusFile, 'ready');
    },
    (error: Error) => fs.writeFileSync(statusFile, error.message),
  );
}
