import fs from 'node:fs';
import path from 'node:path';

const SRC = path.join(__dirname, '..', '..', 'src');
const MAX_LINES = 300;

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

/** The folder of src/ a file, or a folder imported by its index, belongs to ('.' for the files at its top). */
const folderOf = (file: string) => {
  const parts = path.relative(SRC, file).split(path.sep);
  const isFolder = fs.existsSync(file) && fs.statSync(file).isDirectory();
  return parts.length > 1 || isFolder ? parts[0]! : '.';
};

/** Which folders of src/ each folder imports from. */
function folderImports(): Map<string, Set<string>> {
  const imports = new Map<string, Set<string>>();
  for (const file of sourceFiles(SRC)) {
    const from = folderOf(file);
    for (const [, target] of fs.readFileSync(file, 'utf8').matchAll(/from '(\.[^']+)'/g)) {
      const to = folderOf(path.resolve(path.dirname(file), target!));
      if (to === from) continue;
      if (!imports.has(from)) imports.set(from, new Set());
      imports.get(from)!.add(to);
    }
  }
  return imports;
}

describe('the shape of src/', () => {
  it('when a folder imports another, then the other never leads back to it: imports point one way', () => {
    const imports = folderImports();
    const reaches = (start: string, goal: string, seen = new Set<string>()): boolean =>
      [...(imports.get(start) ?? [])].some(
        (next) => next === goal || (!seen.has(next) && seen.add(next) && reaches(next, goal, seen)),
      );
    const cycles = [...imports].flatMap(([from, targets]) =>
      [...targets].filter((to) => reaches(to, from)).map((to) => `${from} -> ${to}`),
    );
    expect(cycles).toEqual([]);
    expect(imports.size).toBeGreaterThan(10);
  });

  it('when the model is read, then it imports from no other folder: it is the source the rest derives from', () => {
    expect([...(folderImports().get('model') ?? [])]).toEqual([]);
  });

  it(`when a file of src/ is read, then it has at most ${MAX_LINES} lines`, () => {
    const long = sourceFiles(SRC)
      .map((file) => ({ file: path.relative(SRC, file), lines: fs.readFileSync(file, 'utf8').split('\n').length }))
      .filter(({ lines }) => lines > MAX_LINES);
    expect(long).toEqual([]);
  });
});
