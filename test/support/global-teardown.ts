import fs from 'node:fs';
import { stopInstance } from '../../src/local-neo4j/control';
import { testInstance } from '../../src/local-neo4j/instances';
import { START_STATUS_ENV, STARTED_MARKER, type StartingNeo4j } from './global-setup';

/** Stops the test instance if the tests started it, unless KEEP_TEST_NEO4J=1 keeps it for the next run. */
export default async function globalTeardown(): Promise<void> {
  await (globalThis as StartingNeo4j).testNeo4jStart;
  const statusFile = process.env[START_STATUS_ENV];
  if (statusFile) fs.rmSync(statusFile, { force: true });
  if (!fs.existsSync(STARTED_MARKER) || process.env.KEEP_TEST_NEO4J === '1') return;
  fs.rmSync(STARTED_MARKER);
  await stopInstance(testInstance(), (line) => console.log(line));
}
