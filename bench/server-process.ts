import 'reflect-metadata';
import { Neo4jGraphQL } from '@neo4j/graphql';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import fs from 'node:fs';
import { startApp } from '../src/app';
import { loadConfig, type Neo4jConnection } from '../src/config/env';
import { createDriver } from '../src/db/driver';
import { EXAMPLES_FILE } from '../src/config/project-paths';
import { silentLogger } from '../src/http/request-log';
import { neo4jGraphQLTypeDefs } from './neo4j-graphql-schema';

/**
 * One GraphQL server in a process of its own, so that it does not share an event loop with the load generator:
 * "kommunen-graph" is the real server (startApp), "neo4j-graphql" the peer. It reports its URL to the parent and
 * stops on SIGTERM.
 */

export type ServerKind = 'kommunen-graph' | 'neo4j-graphql';

export interface ServerStartMessage {
  url?: string;
  error?: string;
}

/** With `warmUp`, it warms up with schema/examples.graphql before it answers, as `npm start` does. */
async function startKommunenGraph(connection: Neo4jConnection, browserUrl: string, warmUp: boolean) {
  const app = await startApp({
    config: loadConfig({ PORT: '0', REQUEST_TIMEOUT_MS: '60000' }),
    connection,
    browserUrl,
    log: silentLogger,
    reportError: (error) => console.error(error),
    warmUp: warmUp
      ? {
          document: fs.readFileSync(EXAMPLES_FILE, 'utf8'),
          onWarmUp: ({ failed }) => {
            if (failed.length > 0) console.error(`warm-up failed for ${failed.join(', ')}`);
          },
        }
      : undefined,
  });
  return { url: `${app.url}/graphql`, close: () => app.close() };
}

/** The peer as its documentation sets it up: the generated schema on Apollo Server, the same driver settings. */
async function startNeo4jGraphQL(connection: Neo4jConnection) {
  const driver = createDriver(connection);
  const schema = await new Neo4jGraphQL({ typeDefs: neo4jGraphQLTypeDefs(), driver }).getSchema();
  const server = new ApolloServer({ schema });
  const { url } = await startStandaloneServer(server, { listen: { host: '127.0.0.1', port: 0 } });
  return {
    url,
    close: async () => {
      await server.stop();
      await driver.close();
    },
  };
}

async function main(): Promise<void> {
  const kind = process.argv[2] as ServerKind;
  const connection = JSON.parse(process.env.BENCH_CONNECTION ?? '{}') as Neo4jConnection;
  const server =
    kind === 'kommunen-graph'
      ? await startKommunenGraph(connection, process.env.BENCH_BROWSER_URL ?? '', process.env.BENCH_WARM_UP === '1')
      : await startNeo4jGraphQL(connection);
  process.once('SIGTERM', () => {
    server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  });
  process.send!({ url: server.url } satisfies ServerStartMessage);
}

main().catch((error: unknown) => {
  process.send!({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  process.exit(1);
});
