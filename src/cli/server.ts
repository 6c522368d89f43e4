import 'reflect-metadata';
import fs from 'node:fs';
import { startApp } from '../app';
import { ConfigError, loadConfig, type Neo4jConnection } from '../config/env';
import { EXAMPLES_FILE } from '../http/graphiql';
import { jsonLineLogger } from '../http/request-log';
import { startInstance } from '../local-neo4j/control';
import { boltUri, browserUrl, devInstance } from '../local-neo4j/instances';
import { seedIfEmpty } from '../seeding/seed-graph';

const DEFAULT_BROWSER_URL = 'http://127.0.0.1:7474/browser/';

async function main(): Promise<void> {
  const config = loadConfig();
  const log = (line: string) => console.log(line);
  let connection: Neo4jConnection;
  let localBrowserUrl = DEFAULT_BROWSER_URL;
  if (config.external) {
    connection = config.external;
  } else {
    const instance = devInstance();
    await startInstance(instance, log);
    connection = { uri: boltUri(instance), username: 'neo4j', password: instance.password, database: config.database };
    localBrowserUrl = browserUrl(instance);
  }
  const app = await startApp({
    config,
    connection,
    browserUrl: config.neo4jBrowserUrl ?? localBrowserUrl,
    log: jsonLineLogger,
    reportError: (error) =>
      console.error(JSON.stringify({ level: 'error', msg: 'unexpected error', error: String(error) })),
    prepare: async (executor) => {
      await seedIfEmpty(executor, config.seedDir, log);
    },
    warmUp: {
      document: fs.readFileSync(EXAMPLES_FILE, 'utf8'),
      onWarmUp: ({ operations, failed }) =>
        log(`warmed up with ${operations} example queries` + (failed.length ? `; failed: ${failed.join(', ')}` : '')),
    },
  });
  const shutdown = (signal: string) => {
    log(`${signal} received, shutting down...`);
    app.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', () => shutdown('SIGINT'));
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  log(`GraphQL API ready at ${app.url}/graphql (Neo4j: ${connection.uri})`);
}

main().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  console.error(error instanceof ConfigError ? `configuration error: ${message}` : `error: ${message}`);
  process.exit(1);
});
