import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

// pdf.js is an ES module; a worker thread loads it with import() whatever the host's module system (CommonJS here,
// Jest's module registry in the tests), and a PDF that makes it hang or crash ends only that worker.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
(async () => {
  const pdfjs = await import(workerData.moduleUrl);
  const task = pdfjs.getDocument({
    data: workerData.data, isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0,
  });
  const doc = await task.promise;
  const pages = [];
  for (let number = 1; number <= doc.numPages; number++) {
    const page = await doc.getPage(number);
    const content = await page.getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\\n' : '') : '')).join(''));
    page.cleanup();
  }
  await doc.destroy();
  return pages.join('\\n');
})().then(
  (text) => parentPort.postMessage({ text }),
  (error) => parentPort.postMessage({ error: (error && error.message) || String(error) }),
);
`;

let moduleUrl: string | undefined;

/** The text layer of a PDF, page after page; rejects when the PDF cannot be read or takes longer than `timeoutMs`. */
export function extractPdfText(data: Uint8Array, timeoutMs = 60_000): Promise<string> {
  moduleUrl ??= pathToFileURL(require.resolve('pdfjs-dist/legacy/build/pdf.mjs')).href;
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { moduleUrl, data } });
    const timer = setTimeout(() => {
      void worker.terminate();
      reject(new Error(`took longer than ${timeoutMs} ms`));
    }, timeoutMs);
    const finish = () => {
      clearTimeout(timer);
      void worker.terminate();
    };
    worker.once('message', (message: { text?: string; error?: string }) => {
      finish();
      if (message.error !== undefined) reject(new Error(message.error));
      else resolve(tidyText(message.text ?? ''));
    });
    worker.once('error', (error) => {
      finish();
      reject(error);
    });
  });
}

/** Trailing blanks off every line, at most one empty line in a row, one newline at the end. */
export function tidyText(text: string): string {
  const lines = text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.trimEnd());
  const tidy = lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return tidy === '' ? '' : `${tidy}\n`;
}
