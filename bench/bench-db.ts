import type { Driver } from 'neo4j-driver';
import type { Neo4jConnection } from '../src/config/env';
import { createDriver } from '../src/db/driver';
import { Executor } from '../src/db/executor';
import { resetInstance, startInstance, stopInstance } from '../src/local-neo4j/control';
import { benchInstance, boltUri, browserUrl } from '../src/local-neo4j/instances';

export interface BenchDb {
  connection: Neo4jConnection;
  browserUrl: string;
  driver: Driver;
  /** Seeding transactions have no time limit; this one's request timeout only bounds the floor's reads. */
  executor: Executor;
  close(): Promise<void>;
}

const instance = benchInstance();

/**
 * Starts the bench instance on an empty store. Each size loads into a fresh database, as a first deployment would,
 * so one size's leftovers (store files, ids, caches) do not colour the next one's numbers.
 */
export async function startFreshBenchDb(log: (line: string) => void): Promise<BenchDb> {
  await resetInstance(instance, log);
  await startInstance(instance, log);
  const connection = { uri: boltUri(instance), username: 'neo4j', password: instance.password, database: 'neo4j' };
  const driver = createDriver(connection);
  return {
    connection,
    browserUrl: browserUrl(instance),
    driver,
    executor: new Executor(driver, { database: connection.database, timeoutMs: 60_000 }),
    close: () => driver.close(),
  };
}

export function stopBenchDb(log: (line: string) => void): Promise<void> {
  return stopInstance(instance, log);
}

/** The server's version, for the results. */
export async function neo4jVersion(executor: Executor): Promise<string> {
  const [row] = await executor.read<{ version: string; edition: string }>({
    name: 'bench-version',
    cypher: 'CALL dbms.components() YIELD versions, edition RETURN versions[0] AS version, edition',
  });
  return row ? `${row.version} ${row.edition}` : 'unknown';
}
