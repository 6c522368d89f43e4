import 'reflect-metadata';
import { stopBenchDb } from './bench-db';
import type { LoadPlan } from './latency';
import { saveResults, sizeSection, RESULTS_FILE } from './report';
import { benchmarkSize, type SizeOptions } from './size-benchmark';
import { DEFAULT_SEED, SIZE_NAMES, SIZES, type SizeName } from './sizes';

const USAGE = `usage: npm run bench -- [--size S|M|L|R ...] [--quick] [--keep] [--seed <n>]
  --size    a size to run, repeatable or comma-separated (default: S and M)
            S ~1k nodes, M ~20k nodes / 100k relationships, L ~100k nodes / 1M relationships,
            R the curated dataset with the municipality register (nothing generated)
  --quick   few requests per measurement, results printed, not saved (the CI smoke check)
  --keep    leave the bench Neo4j running afterwards, with the last size loaded
  --seed    the generator's seed (default ${DEFAULT_SEED})`;

/** Requests per measurement: enough for a stable p99 in a full run, a few seconds per query in --quick. */
const PLANS: Record<'full' | 'quick', SizeOptions['plans']> = {
  full: {
    1: { connections: 1, requests: 300, maxSeconds: 30, warmupSeconds: 5, rounds: 5 },
    16: { connections: 16, requests: 1_000, maxSeconds: 30, warmupSeconds: 3, rounds: 5 },
  },
  quick: {
    1: { connections: 1, requests: 20, maxSeconds: 5, warmupSeconds: 1, rounds: 2 },
    16: { connections: 16, requests: 64, maxSeconds: 5, warmupSeconds: 1, rounds: 2 },
  },
} satisfies Record<string, Record<number, LoadPlan>>;

interface Args {
  sizes: SizeName[];
  quick: boolean;
  keep: boolean;
  seed: number;
}

function parseArgs(argv: string[]): Args | string {
  const args: Args = { sizes: [], quick: false, keep: false, seed: DEFAULT_SEED };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--quick') args.quick = true;
    else if (arg === '--keep') args.keep = true;
    else if (arg === '--size') {
      for (const size of (argv[++i] ?? '').split(',')) {
        if (!SIZE_NAMES.includes(size as SizeName)) return `--size must be one of ${SIZE_NAMES.join(', ')}`;
        args.sizes.push(size as SizeName);
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
