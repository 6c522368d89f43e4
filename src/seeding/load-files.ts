import fs from 'node:fs';
import path from 'node:path';
import { CORE_SCHEMA, load, type LoadOptions, type State } from 'js-yaml';
import { LIMITS } from '../config/limits';
import { isHiddenName, listTextFiles } from '../provenance/paper-texts';
import { SeedValidationError, type SeedIssue } from './dataset';

export interface RawFile {
  /** Path relative to the dataset folder, with forward slashes. */
  file: string;
  nodes: unknown[];
  relationships: unknown[];
  /** The line (1-based) each entry of `nodes` and `relationships` starts on. */
  lines?: { nodes: number[]; relationships: number[] };
}

/** The folder that OParl imports write to: their files are generated, the others curated by hand. */
export const IMPORT_FOLDER = 'oparl';

/** Whether a dataset file (relative path) was written by an import rather than by a curator. */
export const isImported = (file: string): boolean => file.split('/')[0] === IMPORT_FOLDER;

/** The largest seed file read, in bytes: a curated file holds a paper's facts, not a book. */
export const MAX_SEED_FILE_BYTES = LIMITS.seedFileBytes;

/** How deep a seed file's YAML may nest: an entry is a mapping of texts and lists of texts. */
const MAX_YAML_DEPTH = 8;

/** A seed file that reuses a list or mapping through a YAML alias ("*a"), which could multiply it without bound. */
class AliasRefused extends Error {
  constructor(readonly line: number) {
    super('uses a YAML alias ("*name") for a list or mapping; write the entries out instead');
  }
}

/**
 * Parses a seed file: aliases of lists and mappings are refused, nesting is bounded, and the line each entry of the
 * top-level lists starts on is kept for messages.
 */
function parseSeedYaml(text: string): { doc: unknown; lines: { nodes: number[]; relationships: number[] } } {
  const seen = new WeakSet<object>();
  const openLines: number[] = [];
  const entryLines: { value: object; line: number }[] = [];
  // js-yaml 4.3 honours maxDepth and counts a node's depth in its state; its type declarations predate both.
  const options = {
    schema: CORE_SCHEMA,
    maxDepth: MAX_YAML_DEPTH,
    listener(event: 'open' | 'close', state: State & { depth: number }) {
      if (event === 'open') {
        openLines[state.depth] = state.line + 1;
        return;
      }
      const value: unknown = state.result;
      if (typeof value !== 'object' || value === null) return;
      if (seen.has(value)) throw new AliasRefused(state.line + 1);
      seen.add(value);
      if (state.depth === 3) entryLines.push({ value, line: openLines[state.depth] ?? 0 });
    },
  };
  const doc = load(text, options as LoadOptions);
  const lineOf = new Map(entryLines.map(({ value, line }) => [value, line]));
  const linesOf = (list: unknown) => (Array.isArray(list) ? list.map((entry) => lineOf.get(entry as object) ?? 0) : []);
  const record = typeof doc === 'object' && doc !== null ? (doc as Record<string, unknown>) : {};
  return { doc, lines: { nodes: linesOf(record.nodes), relationships: linesOf(record.relationships) } };
}

/** The folder of the register: its CSV and source file are read by the register's loader, not as curated YAML. */
export const REGISTER_FOLDER = 'register';

/** The folder of the list sources' facts (written by `npm run lists`), which name the register's units. */
export const LISTS_FOLDER = 'lists';

/** Whether a path below the dataset folder is hidden (a part of it starts with "."): not part of the dataset. */
const isHidden = (relative: string) => relative.split(path.sep).some(isHiddenName);

function yamlFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.ya?ml$/.test(entry.name))
    .filter((entry) => path.relative(dir, entry.parentPath).split(path.sep)[0] !== REGISTER_FOLDER)
    .filter((entry) => !isHidden(path.relative(dir, path.join(entry.parentPath, entry.name))))
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
    const size = fs.statSync(fullPath).size;
    if (size > MAX_SEED_FILE_BYTES) {
      issues.push({
        file,
        entry: 'file',
        message: `is ${size} bytes, more than the ${MAX_SEED_FILE_BYTES} a seed file may have`,
      });
      continue;
    }
    let parsed: ReturnType<typeof parseSeedYaml>;
    try {
      parsed = parseSeedYaml(fs.readFileSync(fullPath, 'utf8'));
    } catch (error) {
      if (error instanceof AliasRefused) {
        issues.push({ file, line: error.line, entry: 'file', message: error.message });
        continue;
      }
      const reason = error instanceof Error ? error.message.split('\n')[0]!.slice(0, 200) : 'unreadable';
      const line = (error as { mark?: { line?: number } }).mark?.line;
      issues.push({
        file,
        ...(line === undefined ? {} : { line: line + 1 }),
        entry: 'file',
        message: `is not valid YAML: ${reason}`,
      });
      continue;
    }
    const { doc, lines } = parsed;
    if (doc === null || doc === undefined) continue;
    if (typeof doc !== 'object' || Array.isArray(doc)) {
      issues.push({ file, entry: 'file', message: 'must be a mapping with "nodes" and/or "relationships" lists' });
      continue;
    }
    // A section whose entries were all removed (`nodes:` and nothing under it) is an empty list, as an export leaves it.
    const { nodes: rawNodes, relationships: rawRelationships, ...rest } = doc as Record<string, unknown>;
    const nodes = rawNodes ?? [];
    const relationships = rawRelationships ?? [];
    for (const key of Object.keys(rest)) {
      issues.push({ file, entry: 'file', field: key, message: 'is not allowed; use "nodes" and "relationships"' });
    }
    for (const [key, list] of [
      ['nodes', nodes],
      ['relationships', relationships],
    ] as const) {
      if (!Array.isArray(list)) issues.push({ file, entry: 'file', field: key, message: 'must be a list' });
    }
    if (Array.isArray(nodes) && Array.isArray(relationships)) files.push({ file, nodes, relationships, lines });
  }
  if (issues.length > 0) throw new SeedValidationError(issues);
  return files;
}

/** The papers' extracted texts below `dir`, keyed by the path a Document's `file` names them with. */
export function loadPaperTexts(dir: string): Map<string, string> {
  const texts = new Map<string, string>();
  const issues: SeedIssue[] = [];
  for (const [name, file] of listTextFiles(dir)) {
    const size = fs.statSync(file).size;
    if (size > LIMITS.paperTextBytes) {
      const message = `is ${size} bytes, more than the ${LIMITS.paperTextBytes} a paper's text may have`;
      issues.push({ file: path.relative(dir, file).split(path.sep).join('/'), entry: 'file', message });
    } else texts.set(name, fs.readFileSync(file, 'utf8'));
  }
  if (issues.length > 0) throw new SeedValidationError(issues);
  return texts;
}
