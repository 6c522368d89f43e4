import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { launcher, runningPid } from './control';
import type { InstanceSpec } from './instances';

/** CSV files for `neo4j-admin database import full`, each with its header as its first line. */
export interface ImportInput {
  nodes: string[];
  relationships: string[];
  /** The character between a list's items. */
  arrayDelimiter: string;
  /** Whether quoted fields may span lines. */
  multiline: boolean;
}

/** The offline import failed; the database's files are as they were before it. */
export class ImportFailedError extends Error {
  readonly code = 'IMPORT_FAILED';
}

/** The directories a database's store lives in, below the instance's data directory. */
const storeDirs = (instance: InstanceSpec, database: string) =>
  ['databases', 'transactions'].map((sub) => path.join(instance.dir, 'data', sub, database));

/** A character as the importer's options take it, e.g. `U+001F`. */
const unicode = (char: string) => `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** The stages the importer announces ("(1/4) Node import …") and its closing lines, as progress. */
const PROGRESS_LINE =
  /^(\(\d+\/\d+\) .*?)\s+\d{4}-\d{2}-\d{2}|^(IMPORT DONE.*|Imported:|\s+\d+ (nodes|relationships|properties))/;

function progressLines(log: (line: string) => void): (chunk: string) => void {
  let pending = '';
  return (chunk) => {
    const lines = (pending + chunk).split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) {
      const match = PROGRESS_LINE.exec(line);
      if (match) log(`  neo4j-admin: ${(match[1] ?? line).trim()}`);
    }
  };
}

/**
 * What went wrong, from the importer's verbose output: the innermost cause, and the file, line and error it names
 * (e.g. "referring to missing node …"), each bounded; else its closing lines.
 */
function failureText(output: string): string {
  const lines = output.split('\n').map((line) => line.trim());
  const cause = lines.filter((line) => line.startsWith('Caused by:')).pop();
  const detail = lines.filter((line) => /^(data source|original error):/.test(line)).slice(0, 2);
  const chosen = cause
    ? [cause.replace(/^Caused by:\s*(\S+Exception:\s*)?/, ''), ...detail]
    : lines.filter((line) => /IMPORT FAILED|error/i.test(line)).slice(-3);
  return chosen.map((line) => `  ${line.slice(0, 300)}`).join('\n');
}

/**
 * Imports the CSV files into `database` of the stopped instance with Neo4j's offline importer, replacing the
 * database's store. The store is copied aside first: if the import fails, the copy is put back, so that the database
 * is as it was, and ImportFailedError says why.
 */
export async function importDatabase(
  instance: InstanceSpec,
  database: string,
  input: ImportInput,
  log: (line: string) => void,
): Promise<void> {
  if (runningPid(instance) !== null) throw new Error(`Neo4j "${instance.name}" must be stopped for an offline import`);
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'kommunen-graph-import-'));
  const dirs = storeDirs(instance, database);
  const saved = dirs.map((dir, i) => ({ dir, copy: path.join(work, `store-${i}`) }));
  try {
    for (const { dir, copy } of saved) if (fs.existsSync(dir)) fs.cpSync(dir, copy, { recursive: true });
    const reportFile = path.join(work, 'import.report');
    const args = [
      'database',
      'import',
      'full',
      database,
      '--overwrite-destination=true',
      '--id-type=string',
      `--array-delimiter=${unicode(input.arrayDelimiter)}`,
      `--multiline-fields=${input.multiline}`,
      '--bad-tolerance=0',
      '--strict=true',
      '--skip-bad-relationships=false',
      '--skip-duplicate-nodes=false',
      '--verbose',
      `--report-file=${reportFile}`,
      ...input.nodes.map((file) => `--nodes=${file}`),
      ...input.relationships.map((file) => `--relationships=${file}`),
    ];
    const result = await launcher(instance, 'org.neo4j.server.startup.Neo4jAdminCommand', args, progressLines(log));
    if (result.status !== 0) {
      for (const { dir, copy } of saved) {
        fs.rmSync(dir, { recursive: true, force: true });
        if (fs.existsSync(copy)) fs.cpSync(copy, dir, { recursive: true });
      }
      throw new ImportFailedError(
        `neo4j-admin could not import the files (exit ${result.status}); the database is as it was:\n` +
          failureText(result.output),
      );
    }
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}
