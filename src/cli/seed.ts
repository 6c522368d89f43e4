import path from 'node:path';
import { loadConfig, type Neo4jConnection } from '../config/env';
import { createDriver } from '../db/driver';
import { Executor } from '../db/executor';
import { applyGraphSchema } from '../db/graph-schema';
import { startInstance } from '../local-neo4j/control';
import { boltUri, devInstance } from '../local-neo4j/instances';
import { formatChange } from '../db/change-log';
import { ImportFailedError } from '../local-neo4j/import-database';
import { bulkLoad, DatabaseNotEmptyError, formatBulkSummary } from '../seeding/bulk/bulk-load';
import { SeedValidationError } from '../seeding/dataset';
import { exportGraph } from '../seeding/export';
import { PhaseTimes } from '../seeding/phase-times';
import { DISCARD_FLAG, UnexportedChangesError } from '../seeding/reset-guard';
import { DEFAULT_SEED_DIR, formatSummary, formatVerifiedQuotes, loadDataset, seedGraph } from '../seeding/seed-graph';
import { runCli } from './run-cli';

const USAGE = `usage: npm run seed -- [--dry-run] [--reset [${DISCARD_FLAG}]] [--check] [--export] [--bulk] [--profile] [--dir <folder>]
  --check     validate the dataset and every quote against its paper's text; needs no database
  --dry-run   print what would change and the curator changes not yet exported, write nothing
  --reset     delete every node first, then load the dataset; refuses while the graph holds changes the files do not
  ${DISCARD_FLAG}  with --reset: load anyway, discarding those changes
  --export    write the graph back into the dataset's files, changing only the entries that differ
  --bulk      fill an empty database through neo4j-admin's offline import (the local Neo4j only; stops and
              restarts it); refuses a database that holds any node
  --profile   with a load or --check: print how long each phase took (reading, validation, quotes, writing, commit)
  --dir       the dataset folder (default: seed/)`;

runCli(async (args) => {
  const known = new Set([
    '--dry-run',
    '--reset',
    DISCARD_FLAG,
    '--check',
    '--export',
    '--bulk',
    '--profile',
    '--dir',
    '--help',
  ]);
  const bulk = args.includes('--bulk');
  const dirIndex = args.indexOf('--dir');
  const dirValue = dirIndex >= 0 ? args[dirIndex + 1] : undefined;
  const unknown = args.filter((a, i) => !known.has(a) && !(i === dirIndex + 1 && dirIndex >= 0));
  const problem =
    unknown.length > 0
      ? `unknown option ${unknown[0]}`
      : dirIndex >= 0 && (!dirValue || dirValue.startsWith('--'))
        ? '--dir needs a folder'
        : args.includes(DISCARD_FLAG) && !args.includes('--reset')
          ? `${DISCARD_FLAG} goes with --reset`
          : args.includes('--export') && (args.includes('--reset') || args.includes('--dry-run'))
            ? '--export writes files only; it does not go with --reset or --dry-run'
            : args.includes('--export') && args.includes('--profile')
              ? '--profile times a load or --check, not --export'
              : bulk && ['--dry-run', '--reset', '--check', '--export'].some((a) => args.includes(a))
                ? '--bulk fills an empty database; it does not go with --dry-run, --reset, --check or --export'
                : null;
  if (problem || args.includes('--help')) {
    console.error(problem ? `${problem}\n${USAGE}` : USAGE);
    return problem ? 2 : 0;
  }
  const dir = dirValue ? path.resolve(dirValue) : DEFAULT_SEED_DIR;
  const log = (line: string) => console.log(line);
  const phases = args.includes('--profile') ? new PhaseTimes() : undefined;
  try {
    if (args.includes('--check')) {
      const dataset = loadDataset(dir, { phases });
      log(`${dir}: ${dataset.nodes.length} nodes and ${dataset.relationships.length} relationships, all valid.`);
      log(formatVerifiedQuotes(dataset));
      if (phases) log(phases.format());
      return 0;
    }
    const config = loadConfig();
    if (bulk) {
      if (config.external) {
        console.error('--bulk runs neo4j-admin on the local Neo4j; with NEO4J_URI set, load with `npm run seed`.');
        return 2;
      }
      log(formatBulkSummary(await bulkLoad(devInstance(), dir, { database: config.database, log, phases })));
      if (phases) log(phases.format());
      return 0;
    }
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
      if (args.includes('--export')) {
        const exported = await exportGraph(executor, dir);
        log(`Curator changes since the last export: ${exported.changes.length}`);
        exported.changes.forEach((change) => log(`  ${formatChange(change)}`));
        exported.files.forEach(({ file, counts }) =>
          log(`  wrote ${file}: ${counts.added} added, ${counts.changed} changed, ${counts.removed} removed`),
        );
        log(exported.files.length === 0 ? `${dir} already holds the graph; no file changed.` : `Exported to ${dir}.`);
        return 0;
      }
      if (!args.includes('--dry-run')) await applyGraphSchema(executor);
      phases?.lap('starting Neo4j, constraints and indexes');
      const summary = await seedGraph(executor, dir, {
        dryRun: args.includes('--dry-run'),
        reset: args.includes('--reset'),
        graphChanges: args.includes(DISCARD_FLAG) ? 'discard' : 'refuse',
        log,
        phases,
      });
      if (summary.dryRun) {
        summary.changes.forEach((line) => log(`  ${line}`));
        log(`Curator changes not yet exported: ${summary.unexported.length}`);
        summary.unexported.forEach((change) => log(`  ${formatChange(change)}`));
      }
      log(formatSummary(summary));
      if (phases) log(phases.format());
    } finally {
      await driver.close();
    }
    return 0;
  } catch (error) {
    if (error instanceof DatabaseNotEmptyError || error instanceof ImportFailedError) {
      console.error(`${error.code}: ${error.message}`);
      return 1;
    }
    if (error instanceof SeedValidationError || error instanceof UnexportedChangesError) {
      console.error(`${error.message}\nNothing was written.`);
      return 1;
    }
    throw error;
  }
});
