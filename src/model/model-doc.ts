import { DATE_PRECISION_RULE, precisionPropertyName } from './dates';
import { ENTITY_LABEL, NODE_KIND_NAMES, NODE_KINDS } from './node-kinds';
import { COMMON_NODE_PROPERTIES, type PropertySpec, type PropertyType } from './properties';
import { RELATIONSHIP_PROPERTIES } from './relationship-properties';
import { RELATIONSHIP_TYPE_NAMES, RELATIONSHIP_TYPES } from './relationship-types';
import { nodePropertySpecs } from './rules';
import { DEFAULT_STATUS, STATUS_NAMES, STATUSES } from './statuses';

/** The path, from the repository root, of the file this module renders. */
export const MODEL_DOC_PATH = 'schema/model.md';

const code = (text: string) => `\`${text}\``;

/** Lists items as "a, b and c". */
function words(items: readonly string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** A cell must not break the table: pipes are escaped, line breaks become spaces. */
const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');

/**
 * A Markdown table with its columns padded to equal width, as Prettier lays tables out,
 * so that formatting the generated file leaves it unchanged.
 */
function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const all = [header, ...rows].map((row) => row.map(cell));
  const width = (text: string) => [...text].length;
  const widths = header.map((_, column) => Math.max(3, ...all.map((row) => width(row[column] ?? ''))));
  const line = (row: readonly string[]) =>
    `| ${row.map((text, column) => text + ' '.repeat(widths[column]! - width(text))).join(' | ')} |`;
  const [head, ...body] = all;
  return [line(head!), `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`, ...body.map(line)].join('\n');
}

function describeType(spec: PropertyType): string {
  switch (spec.type) {
    case 'string':
      if (spec.hint) return `text: ${spec.hint}`;
      return spec.pattern ? `text matching ${code(spec.pattern.source)}` : 'text';
    case 'string[]':
      return 'list of texts';
    case 'url':
      return 'http(s) URL';
    case 'date':
      return `date ${code('YYYY-MM-DD')}, ${code('YYYY-MM')} or ${code('YYYY')}, as precise as the source`;
    case 'number': {
      const kind = spec.integer ? 'whole number' : 'number';
      const range = [spec.min !== undefined ? `≥ ${spec.min}` : '', spec.max !== undefined ? `≤ ${spec.max}` : '']
        .filter(Boolean)
        .join(', ');
      return [kind, spec.unit ? `in ${spec.unit}` : '', range].filter(Boolean).join(' ');
    }
    case 'enum':
      return `one of ${spec.values.map(code).join(', ')}`;
  }
}

function propertyTable(specs: Record<string, PropertySpec>): string {
  return table(
    ['Property', 'Type', 'Required', 'Description'],
    Object.entries(specs).map(([name, spec]) => [
      code(name),
      describeType(spec.spec),
      spec.required ? 'yes' : 'no',
      spec.description,
    ]),
  );
}

const anchor = (kind: string) => `[${kind}](#${kind.toLowerCase()})`;

function nodeKindsSection(): string[] {
  const kinds = NODE_KIND_NAMES.map((kind) => [
    `### ${kind}`,
    NODE_KINDS[kind].description,
    propertyTable(nodePropertySpecs(kind)),
  ]);
  return [
    '## Node kinds',
    `Every node has exactly one kind label, one of ${words(NODE_KIND_NAMES.map(anchor))}, ` +
      `and also the label ${code(ENTITY_LABEL)}, so that ids are unique across the whole graph ` +
      'and full-text search spans all kinds.',
    `Every kind has the common properties ${words(Object.keys(COMMON_NODE_PROPERTIES).map(code))}; ` +
      'the tables below list them together with the properties of the kind. ' +
      'A property that is not listed for a kind is not allowed on it.',
    ...kinds.flat(),
  ];
}

function relationshipSection(): string[] {
  const rows = RELATIONSHIP_TYPE_NAMES.map((type) => {
    const spec = RELATIONSHIP_TYPES[type];
    return [
      code(type),
      spec.from.join(', '),
      spec.to.join(', '),
      `${spec.reading.de} · ${spec.reading.en}`,
      spec.connection.toLowerCase(),
      spec.description,
    ];
  });
  return [
    '## Relationship types',
    'A relationship goes from a node of one of the kinds in "From" to a node of one of the kinds in "To"; ' +
      'any other pair of kinds is refused. The reading is how explanations say the fact, in German and English; ' +
      'the connection is what kind of link it shows, which ranks cooperation paths (see docs/querying.md).',
    table(['Type', 'From', 'To', 'Reading', 'Connection', 'Meaning'], rows),
    '## Relationship properties',
    `${code('from')}, ${code('type')} and ${code('to')} are a relationship's endpoints and type, not properties. ` +
      `A relationship is identified by ${code('from')}, ${code('type')}, ${code('to')} and ${code('source')}: ` +
      'the same fact stated by two documents is two relationships, each citing its own source.',
    propertyTable(RELATIONSHIP_PROPERTIES),
  ];
}

function statusSection(): string[] {
  const rows = STATUS_NAMES.map((status) => [
    code(status),
    status === DEFAULT_STATUS ? `${STATUSES[status]} (the default)` : STATUSES[status],
  ]);
  return [
    '## Statuses',
    `The ${code('status')} of a relationship says where the fact stands, as its source states it. ` +
      `A relationship without a status is ${code(DEFAULT_STATUS)}.`,
    table(['Status', 'Meaning'], rows),
  ];
}

function rulesSection(): string[] {
  return [
    '## Values and rules',
    [
      '- A text must not be empty; a list of texts must not hold an empty text.',
      `- A date is as precise as its source: ${code('YYYY-MM-DD')}, ${code('YYYY-MM')} or ${code('YYYY')} (YAML's ` +
        `${code('since: 2019')} is the year 2019), and must exist in the calendar. It is stored as a Neo4j date, ` +
        `the first day of its period, with its precision beside it when it is a year or a month ` +
        `(${code(`${precisionPropertyName('since')}: YEAR`)}); the API answers it as written. ${DATE_PRECISION_RULE}`,
      '- A URL must start with http:// or https://.',
      '- A number is written as a YAML number; a whole number must have no fraction, and a number must lie within ' +
        'its range. Whole numbers are stored as Neo4j integers, other numbers as floats.',
      `- A Document of type ${code('WEBSITE')} must have a ${code('url')}.`,
      `- A relationship's ${code('until')} must not be before its ${code('since')}.`,
      `- A relationship's ${code('source')} is the id of a Document; its ${code('about')}, when given, is the id of a node.`,
    ].join('\n'),
    '## Constraints and indexes',
    [
      `- ${code('id')} is unique for each kind label and for the label ${code(ENTITY_LABEL)}, ` +
        'so no two nodes in the graph share an id, whatever their kinds.',
      `- A full-text index over ${code('name')}, ${code('aliases')} and ${code('description')} of every ` +
        `${code(ENTITY_LABEL)} node uses the ${code('standard-no-stop-words')} analyzer: it ignores case and drops ` +
        'no word, so "IT" and "in" are found; search adds the umlaut spellings, so "Koln" and "Koeln" find "Köln".',
      `- Every relationship type has an index on ${code('about')}, so that the facts about a node are found ` +
        'without reading every relationship.',
    ].join('\n'),
  ];
}

/** The graph model as a Markdown document, rendered from the model objects. */
export function renderModelDoc(): string {
  const blocks = [
    '# The graph model',
    `This file is generated by ${code('npm run schema:emit')} from src/model and must not be edited by hand.`,
    'The graph holds nodes of a few kinds, joined by typed relationships. Every relationship cites the ' +
      'Document that states it and has a status saying where the fact stands.',
    ...nodeKindsSection(),
    ...relationshipSection(),
    ...statusSection(),
    ...rulesSection(),
  ];
  return `${blocks.join('\n\n')}\n`;
}
