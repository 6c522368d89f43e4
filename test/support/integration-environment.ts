import fs from 'node:fs';
import { TestEnvironment } from 'jest-environment-node';
import { testInstance } from '../../src/local-neo4j/instances';
import { acquireLock } from './suite-lock';
import { START_STATUS_ENV } from './global-setup';

/** Bounds the wait for global-setup's start: the start itself gives up after 120 s and says so in the file. */
const START_POLLS = 3_000;
const START_POLL_MS = 100;

async function neo4jStarted(file: string): Promise<void> {
  for (let poll = 0; poll < START_POLLS; poll++) {
    if (fs.existsSync(file)) {
      const status = fs.readFileSync(file, 'utf8');
      if (status === 'ready') return;
      throw new Error(status);
    }
    await new Promise((resolve) => setTimeout(resolve, START_POLL_MS));
  }
  throw new Error(`The test Neo4j did not start: ${file} was never written`);
}

/**
 * Node's environment for the integration suites, which share one test Neo4j: a suite runs only while it holds this
 * checkout's lock, from before its first line to after its last afterAll, so that integration suites run one at a
 * time while unit suites run beside them in other workers. Each waits for the test Neo4j that global-setup starts.
 */
export default class IntegrationEnvironment extends TestEnvironment {
  private release?: () => Promise<void>;

  override async setup(): Promise<void> {
    await super.setup();
    this.release = await acquireLock(testInstance().dir);
    const statusFile = process.env[START_STATUS_ENV];
    try {
      if (statusFile) await neo4jStarted(statusFile);
    } catch (error) {
      await this.release();
      throw error;
    }
  }

  override async teardown(): Promise<void> {
    await this.release?.();
    await super.teardown();
  }
}
