import { LIMITS } from '../config/limits';

/** What went wrong, or was worth noting, with one URL. */
export interface Problem {
  kind: ProblemKind;
  url: string;
  message: string;
}

export type ProblemKind =
  | 'page' // a list page that could not be fetched
  | 'object' // an object that is invalid or could not be fetched
  | 'version' // an OParl 1.0 object, read as 1.1
  | 'file' // a file whose text could not be had
  | 'mapping' // something the model cannot hold, left out
  | 'body'; // a Body that could not be imported

/** The longest URL a problem keeps, in characters: a server's URL of any length makes no longer report. */
const MAX_URL = 300;

/**
 * The problems of a run, in the order met; none of them stops the run. The first LIMITS.importProblems are kept,
 * the others only counted, so that a server that makes every object a problem does not make the report unbounded.
 */
export class ImportReport {
  readonly problems: Problem[] = [];
  /** Problems met beyond those kept. */
  dropped = 0;
  private readonly counts = new Map<ProblemKind, number>();

  add(kind: ProblemKind, url: string, message: string): void {
    this.counts.set(kind, (this.counts.get(kind) ?? 0) + 1);
    if (this.problems.length >= LIMITS.importProblems) {
      this.dropped += 1;
      return;
    }
    this.problems.push({ kind, url: url.length > MAX_URL ? `${url.slice(0, MAX_URL)}…` : url, message });
  }

  count(kind: ProblemKind): number {
    return this.counts.get(kind) ?? 0;
  }
}
