import { markdownTable } from '../config/doc-table';
import { ERROR_CODES } from './codes';

/** The error-code table of docs/reliability.md, from the one list of codes. */
export const renderErrorTable = (): string =>
  markdownTable(
    ['Code', 'HTTP status', 'Meaning'],
    Object.entries(ERROR_CODES).map(([code, { status, meaning }]) => [`\`${code}\``, String(status), meaning]),
  );
