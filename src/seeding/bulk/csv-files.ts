import fs from 'node:fs';
import path from 'node:path';
import { toNeo4jProperties } from '../../db/convert';
import type { ImportInput } from '../../local-neo4j/import-database';
import {
  ENTITY_LABEL,
  NODE_KIND_NAMES,
  nodePropertySpecs,
  RELATIONSHIP_PROPERTIES,
  RELATIONSHIP_TYPE_NAMES,
  storedPropertyNames,
  type NodeKind,
  type PropertySpec,
} from '../../model';
import type { Dataset, SeedNode, SeedRelationship } from '../dataset';

/** The CSV files, and the nodes whose lists are empty: the importer cannot write an empty list, the load sets them after. */
export interface CsvOutput {
  input: ImportInput;
  /** By property name, the ids of the nodes that hold an empty list there. */
  emptyLists: Map<string, string[]>;
}

/**
 * Characters a list's items are joined by, the first that no item holds: control characters, which no curated text
 * is expected to hold, so that the first is nearly always the one.
 */
const DELIMITER_CANDIDATES = ['\u001f', '\u001e', '\u001d', '\u001c', '\u0007', '\u0006'];

/** Rows written to a file at once: a million relationships never become one string. */
const ROWS_PER_WRITE = 5_000;

/** The importer's type of a property column: the type the transactional load stores the value as. */
function columnType(spec: PropertySpec['spec']): string {
  switch (spec.type) {
    case 'string[]':
      return 'string[]';
    case 'date':
      return 'date';
    case 'number':
      return spec.integer ? 'long' : 'double';
    default:
      return 'string';
  }
}

interface Column {
  key: string;
  header: string;
}

/** A property table's columns: each stored property, a precision (beside its date) as a text. */
function propertyColumns(specs: Record<string, PropertySpec>, skip: string[] = []): Column[] {
  return storedPropertyNames(specs)
    .filter((key) => !skip.includes(key))
    .map((key) => ({ key, header: `${key}:${key in specs ? columnType(specs[key]!.spec) : 'string'}` }));
}

function chooseDelimiter(dataset: Dataset): string {
  const used = new Set<string>();
  const scan = (properties: Record<string, unknown>) => {
    for (const key in properties) {
      const value = properties[key];
      if (!Array.isArray(value)) continue;
      for (const item of value as string[]) {
        for (const candidate of DELIMITER_CANDIDATES) if (item.includes(candidate)) used.add(candidate);
      }
    }
  };
  dataset.nodes.forEach((node) => scan(node.properties));
  dataset.relationships.forEach((relationship) => scan(relationship.properties));
  const free = DELIMITER_CANDIDATES.find((candidate) => !used.has(candidate));
  if (free === undefined) throw new Error('Every list delimiter the bulk load may use occurs in a list item');
  return free;
}

/** Writes one CSV file: the header line, then the rows a few thousand at a time. */
function writeCsv<T>(file: string, header: string[], items: T[], row: (item: T) => string): void {
  const fd = fs.openSync(file, 'w');
  try {
    fs.writeSync(fd, `${header.join(',')}\n`);
    for (let i = 0; i < items.length; i += ROWS_PER_WRITE) {
      const lines = items.slice(i, i + ROWS_PER_WRITE).map(row);
      fs.writeSync(fd, `${lines.join('\n')}\n`);
    }
  } finally {
    fs.closeSync(fd);
  }
}

/** Renders values as CSV fields, noting whether any text holds a line break. */
class Cells {
  multiline = false;
  constructor(private readonly arrayDelimiter: string) {}

  private text(value: string): string {
    if (!this.multiline && /[\r\n]/.test(value)) this.multiline = true;
    return value.replace(/"/g, '""');
  }

  /** A value as stored by the transactional load, as a field: an absent value is an empty, unquoted field. */
  cell(value: unknown): string {
    if (value === null || value === undefined) return '';
    if (typeof value === 'string') return `"${this.text(value)}"`;
    if (Array.isArray(value)) return `"${value.map((item) => this.text(String(item))).join(this.arrayDelimiter)}"`;
    // Numbers, Neo4j integers and dates: their text is what the importer parses back into the same value.
    return String(value);
  }

  row(values: unknown[]): string {
    return values.map((value) => this.cell(value)).join(',');
  }
}

/** A file name of the node kinds' and the relationships' files, in `dir`. */
const fileOf = (dir: string, name: string) => path.join(dir, `${name}.csv`);

/**
 * Writes the dataset as the importer's CSV files into `dir`: one file per node kind (its kind and the Entity label,
 * then the kind's properties) and one of the relationships (ends, type, then every relationship property). Each
 * value is written as the type the transactional load stores: dates as dates with their precision beside them,
 * whole numbers as integers, other numbers as floats, lists as lists (an empty one left to be set after the import).
 */
export function writeCsvFiles(dataset: Dataset, dir: string): CsvOutput {
  const arrayDelimiter = chooseDelimiter(dataset);
  const cells = new Cells(arrayDelimiter);
  const byKind = new Map<NodeKind, SeedNode[]>();
  for (const node of dataset.nodes) {
    const list = byKind.get(node.kind) ?? [];
    if (list.length === 0) byKind.set(node.kind, list);
    list.push(node);
  }
  const nodes: string[] = [];
  const emptyLists = new Map<string, string[]>();
  const noteEmptyLists = (node: SeedNode) => {
    for (const key in node.properties) {
      const value = node.properties[key];
      if (Array.isArray(value) && value.length === 0) {
        const ids = emptyLists.get(key) ?? [];
        if (ids.length === 0) emptyLists.set(key, ids);
        ids.push(node.id);
      }
    }
  };
  for (const kind of NODE_KIND_NAMES) {
    const kindNodes = byKind.get(kind);
    if (!kindNodes) continue;
    const specs = nodePropertySpecs(kind);
    const columns = propertyColumns(specs, ['id']);
    const label = `${ENTITY_LABEL}${arrayDelimiter}${kind}`;
    const file = fileOf(dir, `nodes-${kind}`);
    writeCsv(file, ['id:ID', ':LABEL', ...columns.map((c) => c.header)], kindNodes, (node) => {
      const props = toNeo4jProperties(specs, node.properties);
      noteEmptyLists(node);
      return `${cells.cell(node.id)},${label},${cells.row(columns.map((c) => props[c.key]))}`;
    });
    nodes.push(file);
  }
  const columns = propertyColumns(RELATIONSHIP_PROPERTIES);
  const types: ReadonlySet<string> = new Set(RELATIONSHIP_TYPE_NAMES);
  const relationships = fileOf(dir, 'relationships');
  writeCsv(
    relationships,
    [':START_ID', ':END_ID', ':TYPE', ...columns.map((c) => c.header)],
    dataset.relationships,
    (r: SeedRelationship) => {
      if (!types.has(r.type)) throw new Error(`Not a relationship type of the model: ${JSON.stringify(r.type)}`);
      const props = toNeo4jProperties(RELATIONSHIP_PROPERTIES, r.properties);
      return `${cells.cell(r.from)},${cells.cell(r.to)},${r.type},${cells.row(columns.map((c) => props[c.key]))}`;
    },
  );
  return {
    input: { nodes, relationships: [relationships], arrayDelimiter, multiline: cells.multiline },
    emptyLists,
  };
}
