import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/config/project-paths';

/**
 * An example answer shown in the docs: a ```json block after a marker `<!-- answer: <selector> -->`, where
 * the selector names the part of the response it shows (`data.precedents`, `data.cooperationPaths[0]`,
 * `extensions`, `.` for the whole response), then `from <Operation>` for an operation of schema/examples.graphql or
 * `of <query>` for a query written in the marker; without either the question is the ```graphql block before it.
 */
export interface DocAnswer {
  file: string;
  /** The 1-based line of the marker. */
  line: number;
  selector: string;
  query: string;
  operationName: string | null;
  /** The JSON block's lines (0-based, the fences excluded): [start, end). */
  body: [number, number];
  shown: unknown;
}

/** The files whose example answers are checked: the front page and every guide. */
export function docFiles(): string[] {
  const docs = fs
    .readdirSync(path.join(PROJECT_ROOT, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .map((name) => `docs/${name}`);
  return ['README.md', ...docs.sort()];
}

const MARKER = /^<!-- answer: (\S+)(?: from (\w+)| of (.+))? -->$/;
const EXAMPLES = 'schema/examples.graphql';

/** The ```lang block that opens at or after `from`: its body's lines [start, end). */
function blockAt(lines: string[], from: number, lang: string): [number, number] | null {
  if (lines[from] !== '```' + lang) return null;
  const end = lines.indexOf('```', from + 1);
  return end < 0 ? null : [from + 1, end];
}

/** Every ```json block of `file`, by the line its fence opens on, and the marked answers among them. */
export function readDocAnswers(file: string): { jsonBlocks: number[]; answers: DocAnswer[] } {
  const lines = fs.readFileSync(path.join(PROJECT_ROOT, file), 'utf8').split('\n');
  const jsonBlocks = lines.flatMap((line, i) => (line === '```json' ? [i] : []));
  const answers: DocAnswer[] = [];
  lines.forEach((line, i) => {
    const marker = MARKER.exec(line);
    if (!marker) return;
    const [, selector, operationName, inline] = marker;
    let fence = i + 1;
    while (lines[fence] === '') fence += 1;
    const body = blockAt(lines, fence, 'json');
    if (!body) throw new Error(`${file}:${i + 1}: an answer marker must stand before a \`\`\`json block`);
    let query: string;
    if (operationName) {
      query = fs.readFileSync(path.join(PROJECT_ROOT, EXAMPLES), 'utf8');
    } else if (inline) {
      query = inline;
    } else {
      const open = lines.slice(0, i).lastIndexOf('```graphql');
      const question = open < 0 ? null : blockAt(lines, open, 'graphql');
      if (!question) throw new Error(`${file}:${i + 1}: no \`\`\`graphql block before the answer marker`);
      query = lines.slice(...question).join('\n');
    }
    answers.push({
      file,
      line: i + 1,
      selector: selector!,
      query,
      operationName: operationName ?? null,
      body,
      shown: JSON.parse(lines.slice(...body).join('\n')),
    });
  });
  return { jsonBlocks, answers };
}

/** The part of a response a selector names: "data.cooperationPaths[0]" → response.data.cooperationPaths[0]. */
export function select(response: unknown, selector: string): unknown {
  if (selector === '.') return response;
  return selector
    .split(/\.|(?=\[)/)
    .filter(Boolean)
    .reduce<unknown>((value, key) => {
      const index = /^\[(\d+)\]$/.exec(key);
      if (value === null || typeof value !== 'object') return undefined;
      return index ? (value as unknown[])[Number(index[1])] : (value as Record<string, unknown>)[key];
    }, response);
}

/**
 * Writes `answers` into their files as the API gave them, two spaces an indent; `npm run docs:answers` then lets
 * Prettier lay them out as it lays out the docs.
 */
export function rewriteDocAnswers(updates: { answer: DocAnswer; value: unknown }[]): void {
  const byFile = new Map<string, { answer: DocAnswer; value: unknown }[]>();
  for (const update of updates) byFile.set(update.answer.file, [...(byFile.get(update.answer.file) ?? []), update]);
  for (const [file, fileUpdates] of byFile) {
    const full = path.join(PROJECT_ROOT, file);
    const lines = fs.readFileSync(full, 'utf8').split('\n');
    // From the last block up, so that the earlier blocks' line numbers still hold.
    for (const { answer, value } of [...fileUpdates].sort((a, b) => b.answer.line - a.answer.line)) {
      lines.splice(answer.body[0], answer.body[1] - answer.body[0], ...JSON.stringify(value, null, 2).split('\n'));
    }
    fs.writeFileSync(full, lines.join('\n'));
  }
}
