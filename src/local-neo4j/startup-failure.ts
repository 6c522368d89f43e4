import fs from 'node:fs';

/**
 * Why Neo4j stopped while starting, from its log: the innermost cause of the last failure ("Caused by: …"), else the
 * last ERROR line; null when the log names neither.
 */
export function startupFailure(logText: string): string | null {
  const lines = logText
    .split('\n')
    .map((line) => line.trim())
    .reverse();
  const cause = lines.find((line) => line.startsWith('Caused by:'));
  if (cause) return cause.replace(/^Caused by:\s*(\S+Exception:\s*)?/, '');
  const error = lines.find((line) => / ERROR /.test(line));
  return error ? error.replace(/^.* ERROR\s+/, '') : null;
}

/** Why Neo4j did not start, from its log (or the launcher's `output`), and what to do about it. */
export function startFailedMessage(logFile: string, output = ''): string {
  const log = fs.existsSync(logFile) ? fs.readFileSync(logFile, 'utf8') : '';
  const reason = (startupFailure(log) ?? startupFailure(output))?.replace(/\.$/, '');
  return (
    `Neo4j did not start${reason ? `: ${reason}` : ''}. See ${logFile}. ` +
    'If its data is damaged (a first start that was interrupted can leave it so), ' +
    '`npm run db:reset -- --yes` deletes it and starts over.'
  );
}
