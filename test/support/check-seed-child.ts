import { SeedValidationError } from '../../src/seeding/dataset';
import { loadDataset } from '../../src/seeding/seed-graph';

/**
 * Run as a child process: checks the dataset in argv[2] as `seed --check` does and prints one JSON line with the
 * outcome, how long the check took and how far it raised the process's peak memory above where it started.
 */
const rssBefore = process.memoryUsage().rss;
const started = performance.now();
let outcome: { accepted: boolean; message: string; lines: (number | undefined)[]; files: string[] };
try {
  loadDataset(process.argv[2]!);
  outcome = { accepted: true, message: '', lines: [], files: [] };
} catch (error) {
  if (!(error instanceof SeedValidationError)) throw error;
  outcome = {
    accepted: false,
    message: error.message,
    lines: error.issues.map((issue) => issue.line),
    files: error.issues.map((issue) => issue.file),
  };
}
const ms = performance.now() - started;
const peakMb = (process.resourceUsage().maxRSS * 1024 - rssBefore) / 1024 / 1024;
process.stdout.write(`${JSON.stringify({ ...outcome, message: outcome.message.slice(0, 20_000), ms, peakMb })}\n`);
