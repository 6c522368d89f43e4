import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { POM_FILE, SERVER_HOME } from './paths';

export class ProvisionError extends Error {}

const MISSING_TOOLS_HELP =
  'The local Neo4j needs Java 17 (or newer) and Maven on PATH. Install them (e.g. `apt-get install openjdk-17-jdk-headless maven`), ' +
  'or run Neo4j yourself (`docker compose up neo4j`) and set NEO4J_URI, NEO4J_USERNAME and NEO4J_PASSWORD.';

function hasCommand(command: string, args: string[]): boolean {
  const result = spawnSync(command, args, { stdio: 'ignore' });
  return !result.error && result.status === 0;
}

/** Fails with one clear message when java or mvn is missing. */
export function checkTools(needMaven: boolean): void {
  const missing = [];
  if (!hasCommand('java', ['-version'])) missing.push('java');
  if (needMaven && !hasCommand('mvn', ['-v'])) missing.push('mvn');
  if (missing.length > 0) throw new ProvisionError(`${missing.join(' and ')} not found. ${MISSING_TOOLS_HELP}`);
}

function pomDigest(): string {
  return createHash('sha256').update(fs.readFileSync(POM_FILE)).digest('hex');
}

const markerFile = path.join(SERVER_HOME, '.provisioned');

export function isProvisioned(): boolean {
  return fs.existsSync(markerFile) && fs.readFileSync(markerFile, 'utf8').trim() === pomDigest();
}

/** Assembles the Neo4j server's jars from Maven Central into .neo4j/server/lib, once per version of neo4j/pom.xml. */
export function provision(log: (line: string) => void): void {
  if (isProvisioned()) {
    checkTools(false);
    return;
  }
  checkTools(true);
  log('Provisioning Neo4j from Maven Central (first run only; later runs reuse ~/.m2)...');
  fs.rmSync(SERVER_HOME, { recursive: true, force: true });
  fs.mkdirSync(SERVER_HOME, { recursive: true });
  const result = spawnSync(
    'mvn',
    ['-B', '-q', '-Dstyle.color=never', '-f', POM_FILE, `-Dneo4j.home=${SERVER_HOME}`, 'package'],
    {
      stdio: ['ignore', 'inherit', 'inherit'],
    },
  );
  if (result.status !== 0) {
    throw new ProvisionError(`Maven could not assemble Neo4j (exit ${result.status}); see its output above.`);
  }
  fs.writeFileSync(markerFile, pomDigest() + '\n');
  log(`Neo4j assembled in ${SERVER_HOME}.`);
}
