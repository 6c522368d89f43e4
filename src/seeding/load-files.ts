import fs from 'node:fs';
import path from 'node:path';
import { CORE_SCHEMA, load } from 'js-yaml';
import { listTextFiles } from '../provenance/paper-texts';
import { SeedValidationError, type SeedIssue } from './dataset';

export interface RawFile {
  /** Path relative to the dataset folder, with forward slashes. */
  file: string;
  nodes: unknown[];
  relationships: unknown[];
}

/** The folder of the register: its CSV and source file are read by the register's loader, not as curated YAML. */
export const REGISTER_FOLDER = 'register';

/** The folder of the list sources' facts (written by `npm run lists`), which name the register's units. */
export const LISTS_FOLDER = 'lists';

function yamlFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.ya?ml$/.test(entry.name))
    .filter((entry) => path.relative(dir, entry.parentPath).split(path.sep)[0] !== REGISTER_FOLDER)
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

/** Reads every YAML file under `dir`. Unparsable files and wrong top-level shapes are reported together. */
export function loadFiles(dir: string): RawFile[] {
  if (!fs.existsSync(dir)) throw new SeedValidationError([{ file: dir, entry: 'folder', message: 'does not exist' }]);
  const issues: SeedIssue[] = [];
  const files: RawFile[] = [];
  for (const fullPath of yamlFiles(dir)) {
    const file = path.relative(dir, fullPath).split(path.sep).join('/');
    let doc: unknown;
    try {
      doc = load(fs.readFileSync(fullPath, 'utf8'), { schema: CORE_SCHEMA });
    } catch (error) {
      const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
      issues.push({ file, entry: 'file', message: `is not valid YAML: ${reason}` });
      continue;
    }
    if (doc === null || doc === undefined) continue;
    if (typeof doc !== 'object' || Array.isArray(doc)) {
      issues.push({ file, entry: 'file', message: 'must be a mapping with "nodes" and/or "relationships" lists' });
      continue;
    }
    const { nodes = [], relationships = [], ...rest } = doc as Record<string, unknown>;
    for (const key of Object.keys(rest)) {
      issues.push({ file, entry: 'file', field: key, message: 'is not allowed; use "nodes" and "relationships"' });
    }
    for (const [key, list] of [
      ['nodes', nodes],
      ['relationships', relationships],
    ] as const) {
      if (!Array.isArray(list)) issues.push({ file, entry: 'file', field: key, message: 'must be a list' });
    }
    if (Array.isArray(nodes) && Array.isArray(relationships)) files.push({ file, nodes, relationships });
  }
  if (issues.length > 0) throw new SeedValidationError(issues);
  return files;
}

/** The papers' extracted texts below `dir`, keyed by the path a Document's `file` names them with. */
export function loadPaperTexts(dir: string): Map<string, string> {
  const texts = new Map<string, string>();
  for (const [name, file] of listTextFiles(dir)) texts.set(name, fs.readFileSync(file, 'utf8'));
  return texts;
}
