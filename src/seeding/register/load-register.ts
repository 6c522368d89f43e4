import fs from 'node:fs';
import path from 'node:path';
import { CORE_SCHEMA, load } from 'js-yaml';
import { SeedValidationError, type SeedIssue } from '../dataset';
import { REGISTER_FOLDER, type RawFile } from '../load-files';
import { parseRegister, type RecordType } from './parse-register';
import { registerEntries, type RegisterNode } from './register-entries';

const SOURCE_FILE = 'source.yaml';

export interface Register {
  /** The register's nodes and PART_OF links as a dataset file, for validation like any other. */
  file: RawFile;
  /** The id of the Document every register fact cites. */
  source: string;
  counts: Record<RecordType, number>;
  populationByLand: Map<string, number>;
}

/** The register's CSV in `dir`/register, or null when the dataset has none. */
export function registerCsv(dir: string): string | null {
  const folder = path.join(dir, REGISTER_FOLDER);
  if (!fs.existsSync(folder)) return null;
  const csvs = fs.readdirSync(folder).filter((name) => name.endsWith('.csv'));
  if (csvs.length !== 1)
    throw new SeedValidationError([
      { file: REGISTER_FOLDER, entry: 'folder', message: `must hold exactly one CSV file, holds ${csvs.length}` },
    ]);
  return path.join(folder, csvs[0]!);
}

function readSource(dir: string): RegisterNode {
  const file = `${REGISTER_FOLDER}/${SOURCE_FILE}`;
  const doc = load(fs.readFileSync(path.join(dir, file), 'utf8'), { schema: CORE_SCHEMA }) as {
    nodes?: RegisterNode[];
  };
  const source = doc?.nodes?.[0];
  if (doc?.nodes?.length !== 1 || typeof source?.id !== 'string')
    throw new SeedValidationError([{ file, entry: 'file', message: 'must hold exactly one node: the Document' }]);
  return source;
}

/**
 * Reads the register of the dataset in `dir` and checks it before anything else sees it: a row that does not parse,
 * a repeated or dangling key or a population that does not add up is reported with its line number.
 */
export function loadRegister(dir: string): Register | null {
  const csv = registerCsv(dir);
  if (!csv) return null;
  const file = `${REGISTER_FOLDER}/${path.basename(csv)}`;
  const parsed = parseRegister(fs.readFileSync(csv, 'utf8'));
  const entries = registerEntries(parsed.rows);
  const issues: SeedIssue[] = [...parsed.issues, ...entries.issues]
    .sort((a, b) => a.line - b.line)
    .map((issue) => ({ file, entry: `line ${issue.line}`, message: issue.message }));
  if (issues.length > 0) throw new SeedValidationError(issues);
  const document = readSource(dir);
  return {
    file: {
      file,
      nodes: [document, ...entries.nodes],
      relationships: entries.partOf.map(({ from, to }) => ({ from, type: 'PART_OF', to, source: document.id })),
    },
    source: document.id,
    counts: entries.counts,
    populationByLand: entries.populationByLand,
  };
}
