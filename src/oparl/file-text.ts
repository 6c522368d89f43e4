import { LIMITS } from '../config/limits';
import { FetchError, type OparlClient } from './http-client';
import type { OparlFile } from './oparl-types';
import { extractPdfText, tidyText } from './pdf-text';

/** The text of a paper's file, or why there is none; `cut` when it was longer than a paper's text may be. */
export type TextOutcome =
  { text: string; from: 'File.text' | 'text/plain' | 'PDF'; cut?: true } | { text: null; reason: string };

/** A text as the import keeps it: at most LIMITS.paperTextBytes bytes of UTF-8, cut at a character, as seed --check takes it. */
function kept(text: string, from: 'File.text' | 'text/plain' | 'PDF'): TextOutcome {
  if (Buffer.byteLength(text) <= LIMITS.paperTextBytes) return { text, from };
  const head = Buffer.from(text)
    .subarray(0, LIMITS.paperTextBytes - 1)
    .toString('utf8')
    .replace(/\ufffd+$/, '');
  return { text: `${head.trimEnd()}\n`, from, cut: true };
}

const isPdf = (mime: string, bytes: Buffer) => /pdf/i.test(mime) || bytes.subarray(0, 5).toString('latin1') === '%PDF-';

/** Takes `File.text` when the server gives it, else downloads the file and reads plain text or a PDF's text layer. */
export async function fileText(client: OparlClient, file: OparlFile): Promise<TextOutcome> {
  if (file.text && file.text.trim() !== '') return kept(tidyText(file.text), 'File.text');
  const url = file.accessUrl;
  let fetched;
  try {
    fetched = await client.get(url);
  } catch (error) {
    if (error instanceof FetchError) return { text: null, reason: `file could not be fetched (${error.message})` };
    throw error;
  }
  const mime = (file.mimeType ?? fetched.contentType).toLowerCase();
  if (mime.startsWith('text/plain')) {
    const text = tidyText(fetched.bytes.toString('utf8'));
    return text ? kept(text, 'text/plain') : { text: null, reason: 'the text file is empty' };
  }
  if (!isPdf(mime, fetched.bytes)) return { text: null, reason: `no text can be read from a file of type ${mime}` };
  try {
    const text = await extractPdfText(new Uint8Array(fetched.bytes));
    return text ? kept(text, 'PDF') : { text: null, reason: 'the PDF has no text layer (a scan?)' };
  } catch (error) {
    return { text: null, reason: `the PDF text could not be extracted: ${(error as Error).message}` };
  }
}
