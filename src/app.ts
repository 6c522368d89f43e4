import type { Driver } from 'neo4j-driver';
import type { AddressInfo } from 'node:net';
import type { AppConfig, Neo4jConnection } from './config/env';
import { browserRoutes } from './browser/browser-routes';
import { createDriver } from './db/driver';
import { Executor, type Query } from './db/executor';
import { applyGraphSchema } from './db/graph-schema';
import { createApolloServer } from './graphql/apollo-server';
import { createContext } from './graphql/context';
import { createSchema } from './graphql/schema';
import { warmUp, type WarmUpResult } from './graphql/warm-up';
import { curatorName } from './http/curator-auth';
import { graphiqlAssetRoutes } from './http/graphiql';
import { createHttpServer } from './http/http-server';
import type { RequestLogger } from './http/request-log';
import { PassageService } from './services/passage.service';

export interface RunningApp {
  url: string;
  driver: Driver;
  executor: Executor;
  close(): Promise<void>;
}

export interface AppOptions {
  config: AppConfig;
  connection: Neo4jConnection;
  /** Where Neo4j Browser for this database is, for the links the API hands out. */
  browserUrl: string;
  /** Called for every query sent to Neo4j, e.g. to count them. */
  onQuery?: (query: Query) => void;
  log: RequestLogger;
  reportError: (error: unknown) => void;
  /** Runs once the graph schema is in place and before HTTP opens, e.g. to seed an empty graph. */
  prepare?: (executor: Executor) => Promise<void>;
  /**
   * GraphQL queries run once after `prepare` and before HTTP opens, so that the first requests find Neo4j's plans and
   * the server's own caches warm; `onWarmUp` hears how it went.
   */
  warmUp?: { document: string; onWarmUp: (result: WarmUpResult) => void };
}

/**
 * Waiting for a free connection gives up halfway to the request's deadline, so the answer says why; never sooner
 * than a second, which opening a connection on a busy machine can take.
 */
const acquisitionTimeout = (requestTimeoutMs: number) => Math.max(1_000, Math.ceil(requestTimeoutMs / 2));

/** What setting up the graph (constraints, indexes, a first load) may take per transaction, whatever requests may. */
const SETUP_TIMEOUT_MS = 120_000;

/** How long the readiness probe's query may take. */
const READY_QUERY_TIMEOUT_MS = 2_000;

/**
 * Ready means a read query answers from the database, not merely that Bolt accepts a connection: after a restart,
 * Bolt answers seconds before the database does.
 */
function databaseAnswers(executor: Executor): Promise<boolean> {
  const deadline = Date.now() + READY_QUERY_TIMEOUT_MS;
  const guard = { check: () => undefined, remainingMs: () => deadline - Date.now() };
  return executor
    .forRequest(guard)
    .read({ name: 'ready', cypher: 'MATCH (n) RETURN count(n) > -1 AS ready LIMIT 1' })
    .then(
      () => true,
      () => false,
    );
}

/**
 * Connects to Neo4j, applies the graph schema, runs `prepare` and then serves GraphQL over HTTP on
 * config.host:config.port: nothing is answered, and /ready does not say ready, before the graph is prepared.
 */
export async function startApp({
  config,
  connection,
  browserUrl,
  onQuery,
  log,
  reportError,
  prepare,
  warmUp: warmUpOptions,
}: AppOptions): Promise<RunningApp> {
  const driver = createDriver(connection, { acquisitionTimeoutMs: acquisitionTimeout(config.requestTimeoutMs) });
  try {
    await driver.verifyConnectivity({ database: connection.database });
    const executor = new Executor(driver, {
      database: connection.database,
      timeoutMs: config.requestTimeoutMs,
      onQuery,
    });
    const browserLink = { browserUrl, boltUrl: connection.uri, database: connection.database };
    const passages = new PassageService(config.seedDir);
    const setup = new Executor(driver, { database: connection.database, timeoutMs: SETUP_TIMEOUT_MS, onQuery });
    await applyGraphSchema(setup);
    await prepare?.(setup);
    const apollo = createApolloServer(await createSchema(), reportError);
    await apollo.start();
    if (warmUpOptions) {
      const warmContext = () =>
        createContext(setup, null, browserLink, passages, Date.now() + SETUP_TIMEOUT_MS, SETUP_TIMEOUT_MS);
      warmUpOptions.onWarmUp(await warmUp(apollo, warmUpOptions.document, warmContext));
    }
    const server = createHttpServer({
      apollo,
      contextFor: (req, deadline, ended) =>
        createContext(
          executor,
          curatorName(req, config.curatorTokens),
          browserLink,
          passages,
          deadline,
          config.requestTimeoutMs,
          ended,
        ),
      paperTexts: passages,
      isReady: () => databaseAnswers(executor),
      requestTimeoutMs: config.requestTimeoutMs,
      log,
      staticRoutes: new Map([...browserRoutes(), ...graphiqlAssetRoutes()]),
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(config.port, config.host, resolve);
    });
    const { port } = server.address() as AddressInfo;
    return {
      url: `http://${config.host}:${port}`,
      driver,
      executor,
      async close() {
        server.closeAllConnections();
        await new Promise<void>((resolve) => server.close(() => resolve()));
        await apollo.stop();
        await driver.close();
      },
    };
  } catch (error) {
    await driver.close();
    throw error;
  }
}
