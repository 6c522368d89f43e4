import fs from 'node:fs';
import path from 'node:path';
import { ID_PATTERN } from '../model';

/** The curated dataset that ships with the project; its papers' texts are what the API serves. */
export const PROJECT_SEED_DIR = path.resolve(__dirname, '..', '..', 'seed');

/** The folder of the papers' extracted texts inside a dataset folder; `file` names it as seed/papers/<id>.txt. */
export const PAPERS_FOLDER = 'papers';

/** The path a Document's `file` must have: the text of paper `id` in the repository. */
export const paperFilePath = (id: string): string => `seed/${PAPERS_FOLDER}/${id}.txt`;

/** Reads the extracted text of paper `id` from the dataset folder `seedDir`; null when there is none. */
export function readPaperText(seedDir: string, id: string): string | null {
  if (!ID_PATTERN.test(id)) return null;
  try {
    return fs.readFileSync(path.join(seedDir, PAPERS_FOLDER, `${id}.txt`), 'utf8');
  } catch {
    return null;
  }
}
