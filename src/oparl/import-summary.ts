import type { ImportResult } from './import-oparl';
import type { ProblemKind } from './import-report';

const HEADINGS: Record<ProblemKind, string> = {
  page: 'list pages not fetched',
  object: 'objects invalid or not fetched',
  version: 'OParl version notes',
  file: 'files without text',
  mapping: 'left out of the model',
  body: 'bodies not imported',
};

/** The end-of-run summary: per Body what was fetched and written, then every problem, grouped by kind. */
export function formatImportSummary(result: ImportResult, maxPerKind = 50): string {
  const lines: string[] = [];
  lines.push(result.interrupted ? 'Import interrupted; the next run resumes where it stopped.' : 'Import done.');
  for (const run of result.bodies) {
    const lists = Object.entries(run.lists)
      .map(([list, end]) => `${list} ${end}`)
      .join(', ');
    lines.push(
      `  ${run.body.name} → ${run.folder}: fetched ${run.fetched.organization} organizations, ` +
        `${run.fetched.meeting} meetings, ${run.fetched.paper} papers; removed as deleted ` +
        `${run.deleted.paper} papers, ${run.deleted.meeting} meetings, ${run.deleted.organization} organizations`,
      `    texts read ${run.texts.read}, without text ${run.texts.missing}; ${run.papers} papers in the output`,
      `    files written ${run.sync.written.length}, deleted ${run.sync.deleted.length}, unchanged ${run.sync.unchanged}`,
      `    lists: ${lists || 'none walked'}`,
    );
    for (const file of run.sync.written) lines.push(`    wrote ${file}`);
    for (const file of run.sync.deleted) lines.push(`    deleted ${file}`);
  }
  lines.push(`  ${result.requests} requests, ${result.retries} retried`);
  const { report } = result;
  const total = report.problems.length + report.dropped;
  const counted =
    total === 1 ? '1 problem, which did not stop the run:' : `${total} problems, none of which stopped the run:`;
  lines.push(total === 0 ? 'No problems.' : counted);
  for (const kind of Object.keys(HEADINGS) as ProblemKind[]) {
    const ofKind = report.problems.filter((p) => p.kind === kind);
    if (report.count(kind) === 0) continue;
    lines.push(`  ${HEADINGS[kind]} (${report.count(kind)}):`);
    for (const p of ofKind.slice(0, maxPerKind)) lines.push(`    ${p.url}: ${p.message}`);
    if (report.count(kind) > maxPerKind) lines.push(`    … and ${report.count(kind) - maxPerKind} more`);
  }
  return lines.join('\n');
}

/** Why an import that ran to its end still failed (no Body imported, or a list that could not be walked), or null. */
export function importFailure(result: ImportResult): string | null {
  if (result.bodies.length === 0) return 'no Body was imported';
  const failed = result.bodies.flatMap((run) =>
    Object.entries(run.lists)
      .filter(([, end]) => end === 'failed')
      .map(([list]) => `${run.city.id}: ${list}`),
  );
  return failed.length > 0 ? `lists that failed (the next run resumes them): ${failed.join(', ')}` : null;
}
