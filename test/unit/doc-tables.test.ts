import fs from 'node:fs';
import path from 'node:path';
import { DOC_TABLES, withCurrentTables } from '../../src/cli/doc-tables';
import { LIMIT_TABLE } from '../../src/config/limits';
import { CONFIG_VARIABLES } from '../../src/config/variables';
import { ERROR_CODES } from '../../src/errors/codes';
import { renderErrorTable } from '../../src/errors/error-doc';

const root = path.resolve(__dirname, '..', '..');

describe('the generated tables in docs/', () => {
  it.each([...new Set(DOC_TABLES.map((table) => table.file))])(
    'when %s is read, then its generated tables are exactly what the code renders',
    (file) => {
      const committed = fs.readFileSync(path.join(root, file), 'utf8');
      const current = withCurrentTables(file, committed);
      if (current !== committed) {
        throw new Error(`${file} has stale generated tables: run \`npm run schema:emit\`; do not edit them by hand`);
      }
    },
  );

  it('when a limit changes, then the rendered docs differ from the committed ones', () => {
    const file = 'docs/reliability.md';
    const committed = fs.readFileSync(path.join(root, file), 'utf8');
    const row = LIMIT_TABLE.maxAliases;
    const before = row.value;
    row.value = before + 1;
    try {
      expect(withCurrentTables(file, committed)).not.toBe(committed);
    } finally {
      row.value = before;
    }
  });

  it('when the error table is rendered, then every code appears with its status', () => {
    const table = renderErrorTable();
    for (const [code, { status }] of Object.entries(ERROR_CODES)) {
      expect(table).toMatch(new RegExp(`\\| \`${code}\` +\\| ${status} `));
    }
  });

  it('when the configuration table is read, then it names every variable the server reads', () => {
    const docs = fs.readFileSync(path.join(root, 'docs/operations.md'), 'utf8');
    for (const name of CONFIG_VARIABLES) expect(docs).toContain(`\`${name}\``);
  });
});
