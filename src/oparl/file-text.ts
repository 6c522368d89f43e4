import { FetchError, type OparlClient } from './http-client';
import type { OparlFile } from './oparl-types';
import { extractPdfText, tidyText } from './pdf-text';

/** The text of a paper's file, or why there is none. */
export type TextOutcome = { text: string; from: 'File.text' | 'text/plain' | 'PDF' } | { text: null; reason: string };

const isPdf = (mime: string, bytes: Buffer) => /pdf/i.test(mime) || bytes.subarray(0, 5).toString('latin1') === '%PDF-';

/** Takes `File.text` when the server gives it, else downloads the file and reads plain text or a PDF's text layer. */
export async function fileText(client: OparlClient, file: OparlFile): Promise<TextOutcome> {
  if (file.text && file.text.trim() !== '') return { text: tidyText(file.text), from: 'File.text' };
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
    return text ? { text, from: 'text/plain' } : { text: null, reason: 'the text file is empty' };
  }
  if (!isPdf(mime, fetched.bytes)) return { text: null, reason: `no text can be read from a file of type ${mime}` };
  try {
    const text = await extractPdfText(new Uint8Array(fetched.bytes));
    return text ? { text, from: 'PDF' } : { text: null, reason: 'the PDF has no text layer (a scan?)' };
  } catch (error) {
    return { text: null, reason: `the PDF text could not be extracted: ${(error as Error).message}` };
  }
}
