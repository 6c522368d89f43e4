import 'reflect-metadata';
import { startApp } from '../app';
import { ConfigError, loadConfig, type Neo4jConnection } from '../config/env';
import { startInstance } from '../local-neo4j/control';
import { boltUri, devInstance } from '../local-neo4j/instances';
import { jsonLineLogger } from '../http/request-log';

async function main(): Promise<void> {
  const config = loadConfig();
  let connection: Neo4jConnection;
  if (config.external) {
    connection = config.external;
  } else {
    const instance = devInstance();
    await startInstance(instance, (line) => console.log(line));
    connection = { uri: boltUri(instance), username: 'neo4j', password: instance.password, database: config.database };
  }
  const app = await startApp({
    config,
    connection,
    log: jsonLineLogger,
    reportError: (error) =>
      console.error(JSON.stringify({ level: 'error', msg: 'unexpected error', error: String(error) })),
  });
  console.log(`GraphQL API ready at ${app.url}/graphql (Neo4j: ${connection.uri})`);
  const shutdown = (signal: string) => {
    console.log(`${signal} received, shutting down...`);
    app.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', () => shutdown('SIGINT'));
  process.once('SIGTERM', () => shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  console.error(error instanceof ConfigError ? `configuration error: ${message}` : `error: ${message}`);
  process.exit(1);
});
