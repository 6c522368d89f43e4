import fs from 'node:fs';
import path from 'node:path';

export interface SyncResult {
  written: string[];
  deleted: string[];
  unchanged: number;
}

function filesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.(ya?ml|txt)$/.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

/**
 * Makes `folder` (inside `datasetDir`) hold exactly `files`: writes what differs, deletes what is no longer
 * rendered, and leaves the rest untouched, so a run with nothing new writes nothing.
 */
export function syncFolder(datasetDir: string, folder: string, files: Map<string, string>): SyncResult {
  const result: SyncResult = { written: [], deleted: [], unchanged: 0 };
  const wanted = new Set([...files.keys()].map((file) => path.join(datasetDir, file)));
  for (const existing of filesUnder(path.join(datasetDir, folder))) {
    if (wanted.has(existing)) continue;
    fs.rmSync(existing);
    result.deleted.push(path.relative(datasetDir, existing).split(path.sep).join('/'));
  }
  for (const [file, content] of [...files].sort(([a], [b]) => a.localeCompare(b))) {
    const full = path.join(datasetDir, file);
    if (fs.existsSync(full) && fs.readFileSync(full, 'utf8') === content) {
      result.unchanged += 1;
      continue;
    }
    fs.mkdirSync(path.dirname(full), { recursive: true });
    fs.writeFileSync(full, content);
    result.written.push(file);
  }
  result.deleted.sort();
  return result;
}
