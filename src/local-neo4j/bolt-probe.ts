import neo4j from 'neo4j-driver';
import { startFailedMessage } from './startup-failure';

export type ProbeResult = 'up' | 'down' | 'unauthorized';

/** Asks a Neo4j server at `uri` to run `RETURN 1`, once. */
export async function probeBolt(uri: string, username: string, password: string): Promise<ProbeResult> {
  const driver = neo4j.driver(uri, neo4j.auth.basic(username, password), {
    connectionTimeout: 2000,
    maxConnectionPoolSize: 1,
    logging: { level: 'error', logger: () => undefined },
  });
  try {
    await driver.executeQuery('RETURN 1');
    return 'up';
  } catch (error) {
    const code = (error as { code?: string }).code ?? '';
    return code.startsWith('Neo.ClientError.Security') ? 'unauthorized' : 'down';
  } finally {
    await driver.close();
  }
}

/**
 * Polls until Bolt answers, or fails with a message naming the log file: after `timeoutMs`, or at once when the
 * server's process has ended (`isRunning`), with the reason from its log.
 */
export async function waitForBolt(
  uri: string,
  username: string,
  password: string,
  timeoutMs: number,
  logFile: string,
  isRunning: () => boolean,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const result = await probeBolt(uri, username, password);
    if (result === 'up') return;
    if (!isRunning()) throw new Error(startFailedMessage(logFile));
    if (result === 'unauthorized') {
      throw new Error(
        `Neo4j at ${uri} rejected the configured password. Reset its data with \`npm run db:reset -- --yes\`.`,
      );
    }
    if (Date.now() > deadline) {
      throw new Error(`Neo4j did not answer on ${uri} within ${Math.round(timeoutMs / 1000)} s. See ${logFile}.`);
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}
