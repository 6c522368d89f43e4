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

/** The problems of a run, in the order met; none of them stops the run. */
export class ImportReport {
  readonly problems: Problem[] = [];

  add(kind: ProblemKind, url: string, message: string): void {
    this.problems.push({ kind, url, message });
  }

  count(kind: ProblemKind): number {
    return this.problems.filter((p) => p.kind === kind).length;
  }
}
