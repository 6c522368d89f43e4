import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { boltUri, browserUrl, type InstanceSpec } from './instances';
import { renderNeo4jConf } from './neo4j-conf';
import { SERVER_HOME } from './paths';
import { probeBolt, waitForBolt } from './bolt-probe';
import { provision } from './provision';
import { startFailedMessage } from './startup-failure';

type Log = (line: string) => void;

const START_TIMEOUT_MS = 120_000;
const STOP_TIMEOUT_MS = 60_000;

const confDir = (instance: InstanceSpec) => path.join(instance.dir, 'conf');
const pidFile = (instance: InstanceSpec) => path.join(instance.dir, 'run', 'neo4j.pid');
const logFile = (instance: InstanceSpec) => path.join(instance.dir, 'logs', 'neo4j.log');

/**
 * Runs Neo4j's own launcher (without blocking the event loop, so a server in this process keeps answering);
 * `onOutput` sees its output as it comes.
 */
export function launcher(
  instance: InstanceSpec,
  mainClass: string,
  args: string[],
  onOutput: (chunk: string) => void = () => undefined,
): Promise<{ status: number | null; output: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env, NEO4J_HOME: SERVER_HOME, NEO4J_CONF: confDir(instance) };
  // JAVA_OPTS would replace every JVM flag taken from neo4j.conf.
  delete env.JAVA_OPTS;
  return new Promise((resolve) => {
    const child = spawn(
      'java',
      ['-cp', path.join(SERVER_HOME, 'lib', '*'), `-Dbasedir=${SERVER_HOME}`, mainClass, ...args],
      {
        env,
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let output = '';
    const take = (chunk: Buffer) => {
      output += chunk.toString();
      onOutput(chunk.toString());
    };
    child.stdout.on('data', take);
    child.stderr.on('data', take);
    child.on('error', (error) => resolve({ status: null, output: error.message }));
    child.on('close', (status) => resolve({ status, output: output.trim() }));
  });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
  // A recycled pid belongs to some other program: only a Neo4j process counts.
  const cmdline = `/proc/${pid}/cmdline`;
  return !fs.existsSync(cmdline) || fs.readFileSync(cmdline, 'utf8').includes('org.neo4j');
}

/** The pid of the instance's server if it is running; a stale pid file is removed. */
export function runningPid(instance: InstanceSpec): number | null {
  const file = pidFile(instance);
  if (!fs.existsSync(file)) return null;
  const pid = Number(fs.readFileSync(file, 'utf8').trim());
  if (Number.isInteger(pid) && pid > 0 && isAlive(pid)) return pid;
  fs.rmSync(file, { force: true });
  return null;
}

function writeConfig(instance: InstanceSpec): void {
  for (const sub of ['conf', 'data', 'logs', 'run', 'import']) {
    fs.mkdirSync(path.join(instance.dir, sub), { recursive: true });
  }
  fs.writeFileSync(path.join(confDir(instance), 'neo4j.conf'), renderNeo4jConf(instance));
}

async function setInitialPassword(instance: InstanceSpec): Promise<void> {
  if (fs.existsSync(path.join(instance.dir, 'data', 'databases', 'system'))) return;
  const result = await launcher(instance, 'org.neo4j.server.startup.Neo4jAdminCommand', [
    'dbms',
    'set-initial-password',
    instance.password,
  ]);
  if (result.status !== 0) throw new Error(`Could not set the initial password:\n${result.output}`);
}

/** Starts the instance in the background, unless it is running already, and waits until Bolt answers. */
export async function startInstance(instance: InstanceSpec, log: Log): Promise<void> {
  provision(log);
  const uri = boltUri(instance);
  const pid = runningPid(instance);
  if (pid === null) {
    writeConfig(instance);
    await setInitialPassword(instance);
    log(`Starting Neo4j "${instance.name}" (data in ${path.join(instance.dir, 'data')})...`);
    const result = await launcher(instance, 'org.neo4j.server.startup.Neo4jCommand', ['start', '--verbose']);
    if (result.status !== 0) throw new Error(startFailedMessage(logFile(instance), result.output));
  } else {
    log(`Neo4j "${instance.name}" is already running (pid ${pid}).`);
  }
  await waitForBolt(
    uri,
    'neo4j',
    instance.password,
    START_TIMEOUT_MS,
    logFile(instance),
    () => runningPid(instance) !== null,
  );
  log(`Neo4j "${instance.name}" is ready.`);
  log(`  Bolt:    ${uri}  (user neo4j)`);
  log(`  Browser: ${browserUrl(instance)}`);
}

/** Waits until the process has ended, so that nothing of it still answers on its ports; false after `timeoutMs`. */
async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (isAlive(pid)) {
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return true;
}

/** Stops the instance's server and waits until its process has ended, after a SIGKILL too. */
export async function stopInstance(instance: InstanceSpec, log: Log): Promise<void> {
  const pid = runningPid(instance);
  if (pid === null) {
    log(`Neo4j "${instance.name}" is not running.`);
    return;
  }
  log(`Stopping Neo4j "${instance.name}" (pid ${pid})...`);
  process.kill(pid, 'SIGTERM');
  if (!(await waitForExit(pid, STOP_TIMEOUT_MS))) {
    log('It did not stop in time; killing it.');
    process.kill(pid, 'SIGKILL');
    if (!(await waitForExit(pid, STOP_TIMEOUT_MS))) throw new Error(`Neo4j (pid ${pid}) did not end after SIGKILL`);
  }
  fs.rmSync(pidFile(instance), { force: true });
  log(`Neo4j "${instance.name}" stopped.`);
}

export interface InstanceStatus {
  running: boolean;
  pid: number | null;
  bolt: 'up' | 'down' | 'unauthorized';
}

export async function instanceStatus(instance: InstanceSpec): Promise<InstanceStatus> {
  const pid = runningPid(instance);
  const bolt = pid === null ? 'down' : await probeBolt(boltUri(instance), 'neo4j', instance.password);
  return { running: pid !== null, pid, bolt };
}

/** Stops the instance and deletes its data and logs. */
export async function resetInstance(instance: InstanceSpec, log: Log): Promise<void> {
  await stopInstance(instance, log);
  for (const sub of ['data', 'logs', 'run']) fs.rmSync(path.join(instance.dir, sub), { recursive: true, force: true });
  log(`Neo4j "${instance.name}": data deleted.`);
}
