import 'reflect-metadata';
import { stopBenchDb } from './bench-db';
import type { LoadPlan } from './latency';
import { saveResults, sizeSection, RESULTS_FILE } from './report';
import { benchmarkSize, type SizeOptions } from './size-benchmark';
import { DEFAULT_SEED, SIZE_NAMES, SIZES, type SizeName } from './sizes';

/** More API instances than this would only compete for the same cores. */
const MAX_INSTANCES = 4;

const USAGE = `usage: npm run bench -- [--size S|M|L|XL|R ...] [--quick] [--keep] [--instances <n>] [--seed <n>]
  --size       a size to run, repeatable or comma-separated (default: S and M)
               S ~1k nodes, M ~20k nodes / 100k relationships, L ~100k nodes / 1M relationships,
               XL ~500k nodes / 5M relationships, R the curated dataset with the municipality register
  --quick      few requests per measurement, results printed, not saved (the CI smoke check)
  --keep       leave the bench Neo4j running afterwards, with the last size loaded
  --instances  also measure throughput at concurrency 16 spread over this many API instances (2 to ${MAX_INSTANCES})
  --seed       the generator's seed (default ${DEFAULT_SEED})`;

/** Requests per measurement: enough for a stable p99 in a full run, a few seconds per query in --quick. */
const PLANS: Record<'full' | 'quick', SizeOptions['plans']> = {
  full: {
    1: { connections: 1, requests: 300, maxSeconds: 30, warmupSeconds: 5, rounds: 5 },
    16: { connections: 16, requests: 1_000, maxSeconds: 30, warmupSeconds: 3, rounds: 5 },
  },
  // Twice as many queries as the first smoke check had, in the same time: fewer requests, shorter warm-ups, one round.
  quick: {
    1: { connections: 1, requests: 10, maxSeconds: 3, warmupSeconds: 0.5, rounds: 1 },
    16: { connections: 16, requests: 32, maxSeconds: 3, warmupSeconds: 0.5, rounds: 1 },
  },
} satisfies Record<string, Record<number, LoadPlan>>;

interface Args {
  sizes: SizeName[];
  quick: boolean;
  keep: boolean;
  instances: number;
  seed: number;
}

function parseArgs(argv: string[]): Args | string {
  const args: Args = { sizes: [], quick: false, keep: false, instances: 1, seed: DEFAULT_SEED };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--quick') args.quick = true;
    else if (arg === '--keep') args.keep = true;
    else if (arg === '--size') {
      for (const size of (argv[++i] ?? '').split(',')) {
        if (!SIZE_NAMES.includes(size as SizeName)) return `--size must be one of ${SIZE_NAMES.join(', ')}`;
        args.sizes.push(size as SizeName);
      }
    } else if (arg === '--instances') {
      args.instances = Number(argv[++i]);
      if (!Number.isInteger(args.instances) || args.instances < 2 || args.instances > MAX_INSTANCES) {
        return `--instances needs a whole number from 2 to ${MAX_INSTANCES}`;
      }
    } else if (arg === '--seed') {
      args.seed = Number(argv[++i]);
      if (!Number.isInteger(args.seed)) return '--seed needs a whole number';
    } else return `unknown option ${arg}`;
  }
  if (args.sizes.length === 0) args.sizes = ['S', 'M'];
  return args;
}

async function main(argv: string[]): Promise<number> {
  if (argv.includes('--help')) {
    console.log(USAGE);
    return 0;
  }
  const args = parseArgs(argv);
  if (typeof args === 'string') {
    console.error(`${args}\n${USAGE}`);
    return 2;
  }
  const started = Date.now();
  const log = (line: string) => console.log(`[${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${line}`);
  try {
    for (const name of args.sizes) {
      const result = await benchmarkSize(SIZES[name], {
        seed: args.seed,
        plans: PLANS[args.quick ? 'quick' : 'full'],
        quick: args.quick,
        instances: args.instances,
        log,
      });
      if (args.quick) {
        console.log(`\n${sizeSection(result)}\n`);
      } else {
        await saveResults(result);
        log(`Size ${name} done; ${RESULTS_FILE} updated.`);
      }
    }
    return 0;
  } finally {
    if (!args.keep) await stopBenchDb(log);
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exit(1);
  },
);
