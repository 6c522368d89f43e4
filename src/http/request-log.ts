export interface RequestLogEntry {
  method: string;
  path: string;
  status: number;
  durationMs: number;
  operationName?: string | null;
  /** `aborted`: the client went away before the answer was sent. */
  outcome: 'ok' | 'client_error' | 'server_error' | 'timeout' | 'aborted';
}

export type RequestLogger = (entry: RequestLogEntry) => void;

/** Writes one JSON line per request to stdout. It never includes headers, bodies or variables, so no secret can leak. */
export const jsonLineLogger: RequestLogger = (entry) => {
  process.stdout.write(
    JSON.stringify({ time: new Date().toISOString(), level: 'info', msg: 'request', ...entry }) + '\n',
  );
};

export const silentLogger: RequestLogger = () => undefined;

export function outcomeOf(status: number): RequestLogEntry['outcome'] {
  if (status >= 500) return 'server_error';
  if (status >= 400) return 'client_error';
  return 'ok';
}
