import { replaceRegion } from '../config/doc-table';
import { renderCostTable, renderLimitsTable } from '../config/limits';
import { renderConfigTable } from '../config/variables';
import { renderErrorTable } from '../errors/error-doc';

/** The tables in docs/ that restate code, by file and region: `npm run schema:emit` rewrites them. */
export const DOC_TABLES: { file: string; region: string; render: () => string }[] = [
  { file: 'docs/reliability.md', region: 'limits', render: renderLimitsTable },
  { file: 'docs/reliability.md', region: 'cost model', render: renderCostTable },
  { file: 'docs/reliability.md', region: 'error codes', render: renderErrorTable },
  { file: 'docs/operations.md', region: 'configuration', render: renderConfigTable },
];

/** A docs file with each of its generated tables as the code renders it now. */
export function withCurrentTables(file: string, text: string): string {
  return DOC_TABLES.filter((table) => table.file === file).reduce(
    (current, table) => replaceRegion(current, table.region, table.render()),
    text,
  );
}
