import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { TextOutcome } from './file-text';

export type ListName = 'organization' | 'meeting' | 'paper';

/** Where the walk of one external list stands. */
export interface ListCheckpoint {
  /** The `modified_since` of the next run: the newest `modified` of a completed walk. */
  since?: string;
  /** The page to go on with: set while a walk is unfinished (interrupted, failed or stopped by --limit). */
  resumeUrl?: string;
  /** How many items of the resumeUrl page were taken already. */
  resumeOffset?: number;
  /** The newest `modified` seen in the walk under way. */
  highWater?: string;
}

export interface Checkpoint {
  system: string;
  body: string;
  lists: Partial<Record<ListName, ListCheckpoint>>;
}

/** A paper as mirrored, with the text of its main file as read when the file last changed. */
export interface MirroredPaper {
  paper: unknown;
  text?: { fileKey: string; outcome: TextOutcome };
}

const hash = (text: string) => createHash('sha1').update(text).digest('hex');

function writeAtomically(file: string, content: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, content);
  fs.renameSync(temporary, file);
}

/**
 * The importer's memory of one endpoint (a System and one of its Bodies): the checkpoint of each list, and a
 * mirror of the objects fetched so far, one JSON file each, from which every run renders the whole output.
 */
export class StateStore {
  readonly dir: string;

  constructor(stateRoot: string, system: string, body: string) {
    const host = new URL(system).host.replace(/[^a-z0-9.-]/gi, '_');
    this.dir = path.join(stateRoot, `${host}-${hash(`${system}\n${body}`).slice(0, 12)}`);
  }

  checkpoint(system: string, body: string): Checkpoint {
    const file = path.join(this.dir, 'checkpoint.json');
    if (!fs.existsSync(file)) return { system, body, lists: {} };
    return JSON.parse(fs.readFileSync(file, 'utf8')) as Checkpoint;
  }

  saveCheckpoint(checkpoint: Checkpoint): void {
    writeAtomically(path.join(this.dir, 'checkpoint.json'), `${JSON.stringify(checkpoint, null, 2)}\n`);
  }

  private file(list: ListName, id: string): string {
    return path.join(this.dir, list, `${hash(id)}.json`);
  }

  get<T>(list: ListName, id: string): T | undefined {
    const file = this.file(list, id);
    return fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as T) : undefined;
  }

  put(list: ListName, id: string, value: unknown): void {
    writeAtomically(this.file(list, id), JSON.stringify(value));
  }

  /** Forgets an object; says whether it was there. */
  remove(list: ListName, id: string): boolean {
    const file = this.file(list, id);
    if (!fs.existsSync(file)) return false;
    fs.rmSync(file);
    return true;
  }

  /** Every mirrored object of a list. */
  all<T>(list: ListName): T[] {
    const dir = path.join(this.dir, list);
    if (!fs.existsSync(dir)) return [];
    return fs
      .readdirSync(dir)
      .filter((name) => name.endsWith('.json'))
      .sort()
      .map((name) => JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8')) as T);
  }
}
