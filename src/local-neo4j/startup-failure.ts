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
