import type { Driver } from 'neo4j-driver';
import type { Neo4jConnection } from '../../src/config/env';
import { createDriver } from '../../src/db/driver';
import { Executor } from '../../src/db/executor';

/** The test Neo4j that global-setup made sure of. */
export function testConnection(): Neo4jConnection {
  const uri = process.env.TEST_NEO4J_URI;
  const password = process.env.TEST_NEO4J_PASSWORD;
  if (!uri || !password)
    throw new Error('TEST_NEO4J_URI and TEST_NEO4J_PASSWORD are not set; run the tests through jest');
  return { uri, username: process.env.TEST_NEO4J_USERNAME ?? 'neo4j', password, database: 'neo4j' };
}

/** The environment of a child process (the server, the seeder) that connects to the test Neo4j. */
export function testNeo4jEnv(): NodeJS.ProcessEnv {
  const connection = testConnection();
  return {
    ...process.env,
    NEO4J_URI: connection.uri,
    NEO4J_USERNAME: connection.username,
    NEO4J_PASSWORD: connection.password,
  };
}

export interface TestDb {
  driver: Driver;
  executor: Executor;
  close(): Promise<void>;
}

export function openTestDb(): TestDb {
  const driver = createDriver(testConnection());
  const executor = new Executor(driver, { database: 'neo4j', timeoutMs: 30_000 });
  return { driver, executor, close: () => driver.close() };
}

/** An id no other test uses, so that each test owns its data. */
export function uniqueId(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}
