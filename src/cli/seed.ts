import path from 'node:path';
import { loadConfig, type Neo4jConnection } from '../config/env';
import { createDriver } from '../db/driver';
import { Executor } from '../db/executor';
import { applyGraphSchema } from '../db/graph-schema';
import { startInstance } from '../local-neo4j/control';
import { boltUri, devInstance } from '../local-neo4j/instances';
import { SeedValidationError } from '../seeding/dataset';
import { DEFAULT_SEED_DIR, formatSummary, formatVerifiedQuotes, loadDataset, seedGraph } from '../seeding/seed-graph';
import { runCli } from './run-cli';

const USAGE = `usage: npm run seed -- [--dry-run] [--reset] [--check] [--dir <folder>]
  --check     validate the dataset and every quote against its paper's text; needs no database
  --dry-run   print what would change, write nothing
  --reset     delete every node first, then load the dataset
  --dir       the dataset folder (default: seed/)`;

runCli(async (args) => {
  const known = new Set(['--dry-run', '--reset', '--check', '--dir', '--help']);
  const dirIndex = args.indexOf('--dir');
  const dirValue = dirIndex >= 0 ? args[dirIndex + 1] : undefined;
  const unknown = args.filter((a, i) => !known.has(a) && !(i === dirIndex + 1 && dirIndex >= 0));
  const problem =
    unknown.length > 0
      ? `unknown option ${unknown[0]}`
      : dirIndex >= 0 && (!dirValue || dirValue.startsWith('--'))
        ? '--dir needs a folder'
        : null;
  if (problem || args.includes('--help')) {
    console.error(problem ? `${problem}\n${USAGE}` : USAGE);
    return problem ? 2 : 0;
  }
  const dir = dirValue ? path.resolve(dirValue) : DEFAULT_SEED_DIR;
  const log = (line: string) => console.log(line);
  try {
    if (args.includes('--check')) {
      const dataset = loadDataset(dir);
      log(`${dir}: ${dataset.nodes.length} nodes and ${dataset.relationships.length} relationships, all valid.`);
      log(formatVerifiedQuotes(dataset));
      return 0;
    }
    const config = loadConfig();
    let connection: Neo4jConnection;
    if (config.external) {
      connection = config.external;
    } else {
      const instance = devInstance();
      await startInstance(instance, log);
      connection = {
        uri: boltUri(instance),
        username: 'neo4j',
        password: instance.password,
        database: config.database,
      };
    }
    const driver = createDriver(connection);
    try {
      const executor = new Executor(driver, { database: connection.database, timeoutMs: config.requestTimeoutMs });
      if (!args.includes('--dry-run')) await applyGraphSchema(executor);
      const summary = await seedGraph(executor, dir, {
        dryRun: args.includes('--dry-run'),
        reset: args.includes('--reset'),
        log,
      });
      if (summary.dryRun) summary.changes.forEach((line) => log(`  ${line}`));
      log(formatSummary(summary));
    } finally {
      await driver.close();
    }
    return 0;
  } catch (error) {
    if (error instanceof SeedValidationError) {
      console.error(`${error.message}\nNothing was written.`);
      return 1;
    }
    throw error;
  }
});
