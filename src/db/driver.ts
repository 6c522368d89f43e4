import neo4j, { type Driver } from 'neo4j-driver';
import type { Neo4jConnection } from '../config/env';

/** One driver per process. Connection errors surface quickly so that requests fail within their timeout. */
export function createDriver(connection: Neo4jConnection): Driver {
  return neo4j.driver(connection.uri, neo4j.auth.basic(connection.username, connection.password), {
    maxConnectionPoolSize: 50,
    connectionAcquisitionTimeout: 5_000,
    connectionTimeout: 3_000,
    maxTransactionRetryTime: 3_000,
    disableLosslessIntegers: true,
    logging: { level: 'error', logger: () => undefined },
  });
}
