import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DEFAULT_SEED_DIR, loadDataset } from '../src/seeding/seed-graph';
import { stopBenchDb } from './bench-db';
import { writeDatasetFiles } from './dataset-files';
import { DatasetGenerator } from './generate-dataset';
import { loadAverage } from './machine';
import { benchmarkBulkLoad } from './seed-benchmark';
import { DEFAULT_SEED, SIZES, type SizeName } from './sizes';

const USAGE = 'usage: npm run bench:bulk -- [--size S|M|L] [--seed <n>]   (default: L)';

/**
 * Times the bulk load alone at one generated size, into the bench instance's emptied database: the rate the
 * benchmark's seeding step reports beside the transactional load, without its query measurements.
 */
async function main(argv: string[]): Promise<number> {
  const sizeIndex = argv.indexOf('--size');
  const seedIndex = argv.indexOf('--seed');
  const name = (sizeIndex >= 0 ? argv[sizeIndex + 1] : 'L') as SizeName;
  const seed = seedIndex >= 0 ? Number(argv[seedIndex + 1]) : DEFAULT_SEED;
  const size = SIZES[name];
  if (!size || size.register || !Number.isInteger(seed) || argv.includes('--help')) {
    console.error(USAGE);
    return 2;
  }
  const log = (line: string) => console.log(line);
  const loadAtStart = loadAverage();
  log(`Generating size ${name} (${size.nodes} nodes, ${size.relationships} relationships, seed ${seed})...`);
  const curated = loadDataset(DEFAULT_SEED_DIR, { register: false });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `kommunen-graph-bulk-${name}-`));
  try {
    writeDatasetFiles(dir, new DatasetGenerator(size, curated, seed).generate());
    const result = await benchmarkBulkLoad(dir, log);
    log(`Where the time went (clock):`);
    for (const [phase, seconds] of Object.entries(result.phases)) log(`  ${phase.padEnd(40)} ${seconds.toFixed(2)} s`);
    log(
      `Bulk load at ${name}: ${result.relationships} relationships in ${result.seconds.toFixed(1)} s, ` +
        `${Math.round(result.relationshipsPerSecond)} relationships/s; load average ${loadAtStart} before, ${loadAverage()} after.`,
    );
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
    await stopBenchDb(log);
  }
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    console.error(`error: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
