import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.join(__dirname, '..', '..');
const REGISTER_TS = path.join(ROOT, 'bench', 'register-ts.js');
const PEAK_RSS = path.join(__dirname, 'report-peak-rss.ts');
const IMPORT_CLI = path.join(ROOT, 'src', 'cli', 'import-oparl.ts');

export interface ChildRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** Peak resident memory of the whole child, in MB; null when it was killed before it could say. */
  peakMb: number | null;
  ms: number;
}

/**
 * Runs `npm run import:oparl -- <args>` as a child (from the sources), with its temporary folder set to `tmpDir`.
 * The child is killed when `killWhen` first answers true (checked every 20 ms) or after `limitMs`, whichever is
 * first.
 */
export function runImportChild(
  args: string[],
  options: { tmpDir: string; limitMs: number; killWhen?: () => boolean },
): Promise<ChildRun> {
  const started = Date.now();
  const child = spawn(process.execPath, ['-r', REGISTER_TS, '-r', PEAK_RSS, IMPORT_CLI, ...args], {
    cwd: ROOT,
    env: { ...process.env, TMPDIR: options.tmpDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const timer = setTimeout(() => child.kill('SIGKILL'), options.limitMs);
  const watch = setInterval(() => {
    if (options.killWhen?.()) child.kill('SIGKILL');
  }, 20);
  return new Promise((resolve) => {
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      clearInterval(watch);
      const peak = /peak-rss-mb (\d+)/.exec(stderr);
      resolve({ code, signal, stdout, stderr, peakMb: peak ? Number(peak[1]) : null, ms: Date.now() - started });
    });
  });
}

/** Every file and folder below `dir`, relative, sorted: to compare what a command left outside its output. */
export function listTree(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort();
}
