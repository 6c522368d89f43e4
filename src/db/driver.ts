import neo4j, { type Driver } from 'neo4j-driver';
import type { Neo4jConnection } from '../config/env';

export interface DriverOptions {
  /** How long a query may wait for a free connection before it fails. */
  acquisitionTimeoutMs?: number;
}

/** One driver per process. Connection errors surface quickly so that requests fail within their timeout. */
export function createDriver(
  connection: Neo4jConnection,
  { acquisitionTimeoutMs = 5_000 }: DriverOptions = {},
): Driver {
  return neo4j.driver(connection.uri, neo4j.auth.basic(connection.username, connection.password), {
    maxConnectionPoolSize: 50,
    connectionAcquisitionTimeout: acquisitionTimeoutMs,
    connectionTimeout: 3_000,
    maxTransactionRetryTime: 3_000,
    disableLosslessIntegers: true,
    logging: { level: 'error', logger: () => undefined },
  });
}
