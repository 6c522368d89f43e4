import fs from 'node:fs';
import path from 'node:path';
import { ID_PATTERN } from '../model';

/** The folder of the curated papers' extracted texts inside a dataset folder. */
export const PAPERS_FOLDER = 'papers';

/** The path a curated paper's `file` has: its text in the repository. */
export const paperFilePath = (id: string): string => `seed/${PAPERS_FOLDER}/${id}.txt`;

/** A hidden file or folder (an import's half-written next version, say) is not part of the dataset. */
export const isHiddenName = (name: string) => name.startsWith('.');

/** Every text file below a dataset folder, by the path a Document's `file` names it with (the folder being seed/). */
export function listTextFiles(seedDir: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (relative: string) => {
    for (const entry of fs.readdirSync(path.join(seedDir, relative), { withFileTypes: true })) {
      if (isHiddenName(entry.name)) continue;
      const child = relative ? `${relative}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(child);
      else if (entry.isFile() && entry.name.endsWith('.txt')) files.set(`seed/${child}`, path.join(seedDir, child));
    }
  };
  if (fs.existsSync(seedDir)) walk('');
  return [...files.keys()].sort().reduce((sorted, key) => sorted.set(key, files.get(key)!), new Map<string, string>());
}

/** The text files below a dataset folder by the paper id they are named after (`<id>.txt`). */
export function paperTextFiles(seedDir: string): Map<string, string> {
  const byId = new Map<string, string>();
  for (const [name, file] of listTextFiles(seedDir)) {
    const id = name.slice(name.lastIndexOf('/') + 1, -'.txt'.length);
    if (ID_PATTERN.test(id) && !byId.has(id)) byId.set(id, file);
  }
  return byId;
}
