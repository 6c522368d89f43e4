import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { benchInstance } from '../src/local-neo4j/instances';

export interface Machine {
  date: string;
  cpu: string;
  cpus: number;
  memoryGiB: number;
  os: string;
  node: string;
  neo4j: string;
  neo4jMemory: string;
  packages: Record<string, string>;
}

const PACKAGES = [
  'type-graphql',
  '@apollo/server',
  'graphql',
  'neo4j-driver',
  'dataloader',
  'js-yaml',
  '@neo4j/graphql',
  'autocannon',
];

function installedVersion(name: string): string {
  const file = path.join(__dirname, '..', 'node_modules', name, 'package.json');
  return (JSON.parse(fs.readFileSync(file, 'utf8')) as { version: string }).version;
}

export function describeMachine(neo4jVersion: string): Machine {
  const instance = benchInstance();
  return {
    date: new Date().toISOString(),
    cpu: os.cpus()[0]?.model.trim() ?? 'unknown',
    cpus: os.availableParallelism(),
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    neo4j: neo4jVersion,
    neo4jMemory: `heap ${instance.heap}, page cache ${instance.pageCache}`,
    packages: Object.fromEntries(PACKAGES.map((name) => [name, installedVersion(name)])),
  };
}

/** The 1-minute load average: other work on the machine shows up in every latency. */
export function loadAverage(): number {
  return Math.round(os.loadavg()[0]! * 100) / 100;
}
