import type { ServerResponse } from 'node:http';
import type { PaperTexts } from '../services/passage.service';
import { echo } from '../errors/codes';
import { sendError, sendText } from './send';

const PAPER_PATH = /^\/papers\/([a-z0-9]+(?:-[a-z0-9]+)*)\.txt$/;
const OFFSET = /^\d{1,9}$/;

/** Whether `pathname` is where a paper's text is served. */
export const isPaperTextPath = (pathname: string): boolean => PAPER_PATH.test(pathname);

/** Marks the start and the end of a passage in a served text. */
export const PASSAGE_MARKS = { open: '[[[', close: ']]]' } as const;

/**
 * Serves GET /papers/<document id>.txt, the paper's extracted text as text/plain; with `?from=&to=` (character
 * offsets, as a fact's passage gives them) the passage is marked with [[[ and ]]]. Returns whether it handled `url`.
 */
export function handlePaperText(url: URL, res: ServerResponse, texts: PaperTexts): boolean {
  const match = PAPER_PATH.exec(url.pathname);
  if (!match) return false;
  const text = texts.text(match[1]!);
  if (text === null) {
    sendError(res, 'NOT_FOUND', `The dataset holds no text of the paper "${echo(match[1]!)}".`);
    return true;
  }
  const from = url.searchParams.get('from');
  const to = url.searchParams.get('to');
  if (from === null && to === null) {
    sendText(res, 200, 'text/plain; charset=utf-8', text);
    return true;
  }
  const [start, end] = [Number(from), Number(to)];
  if (!OFFSET.test(from ?? '') || !OFFSET.test(to ?? '') || start >= end || end > text.length) {
    sendError(res, 'BAD_USER_INPUT', `"from" and "to" must be offsets with from < to <= ${text.length}`);
    return true;
  }
  const marked = `${text.slice(0, start)}${PASSAGE_MARKS.open}${text.slice(start, end)}${PASSAGE_MARKS.close}${text.slice(end)}`;
  sendText(res, 200, 'text/plain; charset=utf-8', marked);
  return true;
}
