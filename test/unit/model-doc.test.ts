import fs from 'node:fs';
import path from 'node:path';
import { NODE_KIND_NAMES, RELATIONSHIP_TYPE_NAMES, STATUS_NAMES } from '../../src/model';
import { MODEL_DOC_PATH, renderModelDoc } from '../../src/model/model-doc';

const root = path.resolve(__dirname, '..', '..');

/** Where two texts first differ, as "line N: <committed> / <rendered>". */
function firstDifference(committed: string, rendered: string): string {
  const a = committed.split('\n');
  const b = rendered.split('\n');
  const line = a.findIndex((text, i) => text !== b[i]);
  const n = line >= 0 ? line : a.length;
  return `line ${n + 1}:\n  in the file: ${JSON.stringify(a[n] ?? '(end of file)')}\n  rendered:    ${JSON.stringify(b[n] ?? '(end of file)')}`;
}

describe('the model document', () => {
  const rendered = renderModelDoc();

  it('when schema/model.md is read, then it is exactly what src/model renders', () => {
    const file = path.join(root, MODEL_DOC_PATH);
    const advice = `run \`npm run schema:emit\` to regenerate ${MODEL_DOC_PATH}; do not edit it by hand`;
    if (!fs.existsSync(file)) throw new Error(`${MODEL_DOC_PATH} is missing: ${advice}.`);
    const committed = fs.readFileSync(file, 'utf8');
    if (committed !== rendered) {
      throw new Error(
        `${MODEL_DOC_PATH} is out of date with src/model: ${advice}.\nFirst difference at ${firstDifference(committed, rendered)}`,
      );
    }
  });

  it('when rendered, then it says it is generated and must not be edited by hand', () => {
    const [heading, , notice] = rendered.split('\n');
    expect(heading).toMatch(/^# /);
    expect(notice).toContain('npm run schema:emit');
    expect(notice).toContain('must not be edited by hand');
  });

  it('when rendered, then every node kind has its own section', () => {
    for (const kind of NODE_KIND_NAMES) expect(rendered).toContain(`\n### ${kind}\n`);
  });

  it('when rendered, then every relationship type and every status has a row of its table', () => {
    for (const type of RELATIONSHIP_TYPE_NAMES) expect(rendered).toMatch(new RegExp(`\\n\\| \`${type}\` +\\|`));
    for (const status of STATUS_NAMES) expect(rendered).toMatch(new RegExp(`\\n\\| \`${status}\` +\\|`));
  });
});
