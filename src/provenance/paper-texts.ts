import fs from 'node:fs';
import path from 'node:path';
import { ID_PATTERN } from '../model';

/** The curated dataset that ships with the project; its papers' texts are what the API serves. */
export const PROJECT_SEED_DIR = path.resolve(__dirname, '..', '..', 'seed');

/** The folder of the curated papers' extracted texts inside a dataset folder. */
export const PAPERS_FOLDER = 'papers';

/** The path a curated paper's `file` has: its text in the repository. */
export const paperFilePath = (id: string): string => `seed/${PAPERS_FOLDER}/${id}.txt`;

/** Every text file below a dataset folder, by the path a Document's `file` names it with (the folder being seed/). */
export function listTextFiles(seedDir: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (relative: string) => {
    for (const entry of fs.readdirSync(path.join(seedDir, relative), { withFileTypes: true })) {
      const child = relative ? `${relative}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(child);
      else if (entry.isFile() && entry.name.endsWith('.txt')) files.set(`seed/${child}`, path.join(seedDir, child));
    }
  };
  if (fs.existsSync(seedDir)) walk('');
  return [...files.keys()].sort().reduce((sorted, key) => sorted.set(key, files.get(key)!), new Map<string, string>());
}

/** Reads the extracted text of paper `id` (a file `<id>.txt` below the dataset folder); null when there is none. */
export function readPaperText(seedDir: string, id: string): string | null {
  if (!ID_PATTERN.test(id)) return null;
  const file = [...listTextFiles(seedDir).entries()].find(([name]) => name.endsWith(`/${id}.txt`))?.[1];
  return file ? fs.readFileSync(file, 'utf8') : null;
}
