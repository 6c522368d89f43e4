import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { testNeo4jEnv } from './test-db';

const ROOT = path.resolve(__dirname, '..', '..');
const REGISTER_TS = path.join(ROOT, 'bench', 'register-ts.js');
const SERVER = path.join(ROOT, 'src', 'cli', 'server.ts');

/** The real server (`src/cli/server.ts`) in a process of its own, whose heap is capped, against the test Neo4j. */
export interface ServerProcess {
  url: string;
  pid: number;
  /** Every line it has written to stdout and stderr so far. */
  lines: string[];
  alive(): boolean;
  /** Resident memory in MB, from /proc. */
  residentMb(): number;
  /** Waits until a line matches, looking again on each new line; fails when the process ends first. */
  waitForLine(matches: (line: string) => boolean): Promise<string>;
  stop(): Promise<void>;
}

/**
 * Starts the server with `--max-old-space-size=heapMb`: a request that made it hold more would end the process,
 * so a process still up after a test proves that its heap stayed within that bound.
 */
export async function startServerProcess(env: Record<string, string>, heapMb: number): Promise<ServerProcess> {
  const child: ChildProcess = spawn(process.execPath, [`--max-old-space-size=${heapMb}`, '-r', REGISTER_TS, SERVER], {
    cwd: ROOT,
    env: {
      ...testNeo4jEnv(),
      HOST: '127.0.0.1',
      PORT: '0',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  const listeners = new Set<() => void>();
  let exited = false;
  const collect = (stream: NodeJS.ReadableStream) => {
    let rest = '';
    stream.on('data', (chunk: Buffer) => {
      const parts = (rest + chunk.toString()).split('\n');
      rest = parts.pop()!;
      lines.push(...parts);
      for (const listener of listeners) listener();
    });
  };
  collect(child.stdout!);
  collect(child.stderr!);
  child.once('exit', () => {
    exited = true;
    for (const listener of listeners) listener();
  });

  const waitForLine = (matches: (line: string) => boolean) =>
    new Promise<string>((resolve, reject) => {
      const look = () => {
        const found = lines.find(matches);
        if (found !== undefined) {
          listeners.delete(look);
          resolve(found);
        } else if (exited) {
          listeners.delete(look);
          reject(new Error(`the server process ended:\n${lines.slice(-20).join('\n')}`));
        }
      };
      listeners.add(look);
      look();
    });

  const ready = await waitForLine((line) => line.includes('GraphQL API ready at'));
  const url = /(http:\/\/[^\s/]+)\/graphql/.exec(ready)![1]!;
  return {
    url,
    pid: child.pid!,
    lines,
    alive: () => !exited,
    residentMb: () => {
      const status = fs.readFileSync(`/proc/${child.pid}/status`, 'utf8');
      return Math.round(Number(/VmRSS:\s+(\d+)/.exec(status)![1]) / 1024);
    },
    waitForLine,
    stop: () =>
      new Promise<void>((resolve) => {
        if (exited) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
