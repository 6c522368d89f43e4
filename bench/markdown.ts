/** Number formats and tables shared by the report's sections. */

export const fixed = (value: number, digits = 1) => value.toFixed(digits);

export const int = (value: number) => Math.round(value).toLocaleString('en-US');

export function table(header: string[], rows: string[][]): string {
  return [header, header.map(() => '---'), ...rows].map((row) => `| ${row.join(' | ')} |`).join('\n');
}
