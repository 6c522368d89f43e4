/**
 * A Markdown table, its columns padded as Prettier pads them, so that a generated table in docs/ stays as it is
 * written when the docs are formatted.
 */
export function markdownTable(header: string[], rows: string[][]): string {
  const widths = header.map((cell, i) => Math.max(3, cell.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => `| ${cells.map((cell, i) => cell.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

/** Where a generated table sits in a Markdown file, between these two comments. */
export const regionMarkers = (name: string) => ({
  start: `<!-- generated: ${name} (npm run schema:emit) -->`,
  end: `<!-- end of generated: ${name} -->`,
});

/** The file with the region `name` replaced by `content`; throws when the file has no such region. */
export function replaceRegion(file: string, name: string, content: string): string {
  const { start, end } = regionMarkers(name);
  const from = file.indexOf(start);
  const to = file.indexOf(end);
  if (from < 0 || to < from) throw new Error(`no generated region "${name}" (${start} … ${end})`);
  return `${file.slice(0, from + start.length)}\n\n${content}\n\n${file.slice(to)}`;
}
