/** A record type of the Destatis register (Satzart). */
export type RecordType = 10 | 20 | 30 | 40 | 50 | 60;

export const RECORD_TYPES: Record<RecordType, string> = {
  10: 'Land',
  20: 'Regierungsbezirk',
  30: 'Region',
  40: 'Kreis',
  50: 'Gemeindeverband',
  60: 'Gemeinde',
};

/** One row of the register, with its key parts and figures as numbers. */
export interface RegisterRow {
  line: number;
  recordType: RecordType;
  textCode: string;
  land: string;
  rb: string;
  kreis: string;
  vb: string;
  gemeinde: string;
  name: string;
  area?: number;
  population?: number;
  male?: number;
  female?: number;
  density?: number;
  postcode?: string;
  longitude?: number;
  latitude?: number;
  urbanisation?: string;
}

export interface RegisterIssue {
  line: number;
  message: string;
}

const COLUMNS = [
  'satzart',
  'textkennzeichen',
  'land',
  'rb',
  'kreis',
  'vb',
  'gemeinde',
  'gemeindename',
  'flaeche',
  'bevoelkerung',
  'maennlich',
  'weiblich',
  'jekm2',
  'postleitzahl',
  'laengengrad',
  'breitengrad',
  'schluessel',
  'bezeichnung',
  'verstaedterungschluessel',
  'verstaedterungbezeichnung',
] as const;

type Column = (typeof COLUMNS)[number];

/** How many digits each key part has, and from which record type on it must be there. */
const KEY_PARTS: { column: Column; digits: number; from: RecordType }[] = [
  { column: 'land', digits: 2, from: 10 },
  { column: 'rb', digits: 1, from: 20 },
  { column: 'kreis', digits: 2, from: 40 },
  { column: 'vb', digits: 4, from: 50 },
  { column: 'gemeinde', digits: 3, from: 60 },
];

const DIGITS = /^\d+$/;

/** Splits one CSV line into fields: comma-separated, fields with commas in double quotes, "" for a quote. */
function splitCsvLine(line: string): string[] | null {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const char = line[i];
    if (quoted) {
      if (char === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      fields.push(field);
      field = '';
    } else field += char;
  }
  if (quoted) return null;
  fields.push(field);
  return fields;
}

/** A figure as Destatis prints it: spaces between thousands, a decimal comma or point; undefined when empty. */
export function parseFigure(text: string): number | undefined | null {
  const compact = text.replace(/\s+/g, '');
  if (compact === '') return undefined;
  if (!/^-?\d+(?:[.,]\d+)?$/.test(compact)) return null;
  return Number(compact.replace(',', '.'));
}

/**
 * Reads the register as Destatis publishes it (the CSV of "Auszug GV"): record types 10 to 60, their key parts and
 * figures. Every row that does not parse is reported with its line number; the rows that do are returned.
 */
export function parseRegister(text: string): { rows: RegisterRow[]; issues: RegisterIssue[] } {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const issues: RegisterIssue[] = [];
  const header = splitCsvLine(lines[0] ?? '');
  const index = new Map(header?.map((name, i) => [name.trim(), i]));
  const missing = COLUMNS.filter((column) => !index.has(column));
  if (missing.length > 0) return { rows: [], issues: [{ line: 1, message: `missing columns: ${missing.join(', ')}` }] };
  const rows: RegisterRow[] = [];
  for (let i = 1; i < lines.length; i++) {
    const line = i + 1;
    if (lines[i]!.trim() === '') continue;
    const fields = splitCsvLine(lines[i]!);
    if (!fields || fields.length !== header!.length) {
      issues.push({
        line,
        message: `has ${fields ? fields.length : 'unbalanced quotes and so no'} fields, expected ${header!.length}`,
      });
      continue;
    }
    const get = (column: Column) => fields[index.get(column)!]!.trim();
    const row = parseRow(get, line, issues);
    if (row) rows.push(row);
  }
  return { rows, issues };
}

function parseRow(get: (column: Column) => string, line: number, issues: RegisterIssue[]): RegisterRow | null {
  const problems: string[] = [];
  const recordType = Number(get('satzart'));
  if (!(recordType in RECORD_TYPES)) {
    issues.push({ line, message: `unknown record type (satzart) "${get('satzart')}"` });
    return null;
  }
  for (const { column, digits, from } of KEY_PARTS) {
    const value = get(column);
    // A Region (30) writes its one-digit number in the Kreis column.
    const wanted = recordType === 30 && column === 'kreis' ? 1 : digits;
    const needed = recordType >= from || (recordType === 30 && column === 'kreis');
    if (needed && !(value.length === wanted && DIGITS.test(value)))
      problems.push(`key part ${column} must be ${wanted} digits, got "${value}"`);
    if (!needed && value !== '') problems.push(`key part ${column} must be empty for record type ${recordType}`);
  }
  const name = get('gemeindename');
  if (name === '') problems.push('has no name');
  const figure = (column: Column, integer: boolean): number | undefined => {
    const value = parseFigure(get(column));
    if (value === null || (integer && value !== undefined && !Number.isInteger(value)))
      problems.push(`${column} is not a ${integer ? 'whole ' : ''}number: "${get(column)}"`);
    return value ?? undefined;
  };
  const row: RegisterRow = {
    line,
    recordType: recordType as RecordType,
    textCode: get('textkennzeichen'),
    land: get('land'),
    rb: get('rb'),
    kreis: get('kreis'),
    vb: get('vb'),
    gemeinde: get('gemeinde'),
    name,
    area: figure('flaeche', false),
    population: figure('bevoelkerung', true),
    male: figure('maennlich', true),
    female: figure('weiblich', true),
    density: figure('jekm2', true),
    longitude: figure('laengengrad', false),
    latitude: figure('breitengrad', false),
    postcode: get('postleitzahl') || undefined,
    urbanisation: get('verstaedterungschluessel') || undefined,
  };
  if (recordType === 60 && get('bevoelkerung') === '') problems.push('a Gemeinde must have its population');
  if (problems.length > 0) {
    issues.push({ line, message: problems.join('; ') });
    return null;
  }
  return row;
}
