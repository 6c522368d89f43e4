import fs from 'node:fs';
import path from 'node:path';
import { startInstance } from '../../src/local-neo4j/control';
import { boltUri, testInstance } from '../../src/local-neo4j/instances';
import { probeBolt } from '../../src/local-neo4j/bolt-probe';

export const STARTED_MARKER = path.join(testInstance().dir, 'started-by-tests');

/** Uses TEST_NEO4J_URI when given; otherwise starts the project's separate test instance if it is not up already. */
export default async function globalSetup(): Promise<void> {
  if (process.env.TEST_NEO4J_URI) return;
  const instance = testInstance();
  process.env.TEST_NEO4J_URI = boltUri(instance);
  process.env.TEST_NEO4J_PASSWORD = instance.password;
  if ((await probeBolt(boltUri(instance), 'neo4j', instance.password)) === 'up') return;
  await startInstance(instance, (line) => console.log(line));
  fs.writeFileSync(STARTED_MARKER, String(Date.now()));
}
