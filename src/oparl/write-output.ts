import fs from 'node:fs';
import path from 'node:path';

export interface SyncResult {
  written: string[];
  deleted: string[];
  unchanged: number;
}

/** The files the import renders: its YAML and its texts. Anything else in its folder is carried over as it is. */
const RENDERED = /\.(ya?ml|txt)$/;

/**
 * Where a folder's next version is assembled, and where its previous version waits while the two are swapped:
 * hidden siblings (`.koeln.partial`, `.koeln.previous`), which the dataset's loader does not read.
 */
export const stagingFolders = (final: string) => {
  const parent = path.dirname(final);
  const name = path.basename(final);
  return { partial: path.join(parent, `.${name}.partial`), previous: path.join(parent, `.${name}.previous`) };
};

function filesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));
}

/**
 * Puts right what a run killed while writing left behind: a half-written next version is removed; a previous version
 * whose successor never got into place is put back.
 */
export function recoverFolder(final: string): void {
  const { partial, previous } = stagingFolders(final);
  fs.rmSync(partial, { recursive: true, force: true });
  if (!fs.existsSync(previous)) return;
  if (fs.existsSync(final)) fs.rmSync(previous, { recursive: true, force: true });
  else fs.renameSync(previous, final);
}

/**
 * Makes `folder` (inside `datasetDir`) hold exactly `files`, all at once: the new version is written in full to a
 * hidden sibling folder and renamed into place only when complete, so that a run killed at any moment leaves the
 * folder as it was before, or as it is after. A run with nothing new writes nothing.
 */
export function syncFolder(datasetDir: string, folder: string, files: Map<string, string>): SyncResult {
  const final = path.join(datasetDir, folder);
  recoverFolder(final);
  const prefix = `${folder}/`;
  const wanted = new Map<string, string>();
  for (const [file, content] of files) {
    if (!file.startsWith(prefix)) throw new Error(`${file} is not inside ${folder}`);
    wanted.set(file.slice(prefix.length), content);
  }
  const existing = filesUnder(final);
  const result: SyncResult = { written: [], deleted: [], unchanged: 0 };
  for (const file of existing) {
    if (RENDERED.test(file) && !wanted.has(file)) result.deleted.push(`${prefix}${file}`);
  }
  for (const [file, content] of wanted) {
    const full = path.join(final, file);
    if (fs.existsSync(full) && fs.readFileSync(full, 'utf8') === content) result.unchanged += 1;
    else result.written.push(`${prefix}${file}`);
  }
  result.written.sort();
  result.deleted.sort();
  if (result.written.length === 0 && result.deleted.length === 0) return result;

  const { partial, previous } = stagingFolders(final);
  for (const file of existing.filter((f) => !RENDERED.test(f))) {
    fs.mkdirSync(path.dirname(path.join(partial, file)), { recursive: true });
    fs.copyFileSync(path.join(final, file), path.join(partial, file));
  }
  for (const [file, content] of [...wanted].sort(([a], [b]) => a.localeCompare(b))) {
    fs.mkdirSync(path.dirname(path.join(partial, file)), { recursive: true });
    fs.writeFileSync(path.join(partial, file), content);
  }
  fs.mkdirSync(partial, { recursive: true });
  if (fs.existsSync(final)) fs.renameSync(final, previous);
  fs.renameSync(partial, final);
  fs.rmSync(previous, { recursive: true, force: true });
  return result;
}
