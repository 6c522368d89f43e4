import { fork } from 'node:child_process';
import path from 'node:path';
import type { Neo4jConnection } from '../src/config/env';
import type { ServerKind, ServerStartMessage } from './server-process';

export interface ServerHandle {
  url: string;
  /** The child process's id, to read its resident memory. */
  pid: number;
  stop(): Promise<void>;
}

export interface StartOptions {
  /** Warm up with the examples before answering, as `npm start` does. */
  warmUp?: boolean;
}

/** Only a net for a child that hangs: a server warming up on a busy machine may take minutes, and is waited for. */
const START_TIMEOUT_MS = 900_000;

/** Forks bench/server-process.ts, loaded the way this process was (through bench/register-ts.js). */
export function startServer(
  kind: ServerKind,
  connection: Neo4jConnection,
  browserUrl: string,
  { warmUp = false }: StartOptions = {},
): Promise<ServerHandle> {
  const child = fork(path.join(__dirname, 'server-process.ts'), [kind], {
    execArgv: ['-r', path.join(__dirname, 'register-ts.js')],
    // NODE_ENV=production as in the Dockerfile: graphql-js skips its development-time checks.
    env: {
      ...process.env,
      NODE_ENV: 'production',
      BENCH_CONNECTION: JSON.stringify(connection),
      BENCH_BROWSER_URL: browserUrl,
      BENCH_WARM_UP: warmUp ? '1' : '',
    },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${kind} did not start within ${START_TIMEOUT_MS / 1000} s`));
    }, START_TIMEOUT_MS);
    child.once('message', (message: ServerStartMessage) => {
      clearTimeout(timer);
      if (message.url) resolve({ url: message.url, pid: child.pid!, stop });
      else reject(new Error(`${kind} did not start: ${message.error}`));
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${kind} exited with code ${code} before it was ready`));
    });
  });
}
