import fs from 'node:fs';
import path from 'node:path';
import { runningPid, startInstance } from '../../src/local-neo4j/control';
import { boltUri, testInstance } from '../../src/local-neo4j/instances';
import { probeBolt } from '../../src/local-neo4j/bolt-probe';

export const STARTED_MARKER = path.join(testInstance().dir, 'started-by-tests');

/**
 * Uses TEST_NEO4J_URI when given; otherwise this checkout's own test instance, on ports no other checkout uses. A
 * running instance is reused only when it is provably this checkout's: its pid file, in this checkout's data
 * directory, names a live Neo4j process. Anything else answering on those ports is refused, never used.
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
  await startInstance(instance, (line) => console.log(line));
  if (!ours) fs.writeFileSync(STARTED_MARKER, String(Date.now()));
}
