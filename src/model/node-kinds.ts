import { PAPER_FILE_PATTERN, type PropertySpec } from './properties';

export interface NodeKindSpec {
  readonly description: string;
  readonly properties: Record<string, PropertySpec>;
}

export const ORGANISATION_TYPES = [
  'ASSOCIATION',
  'COMPANY',
  'NETWORK',
  'PUBLIC_BODY',
  'RESEARCH',
  'STANDARDS_BODY',
] as const;

export const BODY_TYPES = [
  'COUNCIL',
  'COMMITTEE',
  'EXECUTIVE_BOARD',
  'ADVISORY_BOARD',
  'STEERING_GROUP',
  'WORKING_GROUP',
] as const;

export const STANDARD_TYPES = ['DIN_SPEC', 'LAW', 'STRATEGY', 'REGULATION'] as const;

export const PROJECT_TYPES = ['PROJECT', 'PROGRAMME', 'FUNDING', 'PLATFORM', 'PLAN'] as const;

export const DOCUMENT_TYPES = [
  'STELLUNGNAHME',
  'ANTWORT',
  'ANTRAG',
  'ANFRAGE',
  'KONZEPT',
  'WEBSITE',
  'BESCHLUSSVORLAGE',
  'MITTEILUNG',
  'VORLAGE',
] as const;

const website: PropertySpec = { spec: { type: 'url' }, description: 'Official website.' };
const wikidata: PropertySpec = {
  spec: { type: 'string', pattern: /^Q\d+$/, hint: 'a Wikidata item id such as "Q365"' },
  description: 'Wikidata item id.',
};

/** Every node label of the graph, with the properties its nodes may carry (besides the common ones). */
export const NODE_KINDS = {
  City: {
    description: 'A municipality (Kommune): a city or town with its own administration.',
    properties: {
      state: { spec: { type: 'string' }, required: true, description: 'Bundesland, e.g. "Rheinland-Pfalz".' },
      ags: {
        spec: { type: 'string', pattern: /^\d{8}$/, hint: 'the 8-digit Amtlicher Gemeindeschlüssel' },
        description: 'Amtlicher Gemeindeschlüssel.',
      },
      wikidata,
      website,
    },
  },
  Organisation: {
    description:
      'An organisation outside a city administration: association, company, network, public body, research institution or standards body.',
    properties: {
      type: {
        spec: { type: 'enum', values: ORGANISATION_TYPES },
        required: true,
        description: 'What sort of organisation it is.',
      },
      wikidata,
      website,
    },
  },
  OrgUnit: {
    description: "A unit of a city's own administration: an Amt, a Dezernat, a Stabsstelle, an Eigenbetrieb.",
    properties: {
      code: { spec: { type: 'string' }, description: 'The unit\'s number or short name, e.g. "10.50" or "EB 17".' },
    },
  },
  Role: {
    description: 'A role or function that a city or unit can establish, e.g. the Chief Digital Officer.',
    properties: {},
  },
  Body: {
    description: 'A council body (Gremium): Stadtrat, committee, executive board, advisory board, steering group.',
    properties: {
      type: { spec: { type: 'enum', values: BODY_TYPES }, required: true, description: 'What sort of body it is.' },
    },
  },
  Standard: {
    description: 'A standard, law, regulation or strategy that cities follow or help write.',
    properties: {
      type: {
        spec: { type: 'enum', values: STANDARD_TYPES },
        required: true,
        description: 'What sort of standard it is.',
      },
      code: { spec: { type: 'string' }, description: 'Its official number, e.g. "DIN SPEC 91357".' },
      website,
    },
  },
  Project: {
    description: 'A project, programme, funding scheme, platform or plan.',
    properties: {
      type: {
        spec: { type: 'enum', values: PROJECT_TYPES },
        required: true,
        description: 'What sort of project it is.',
      },
      website,
    },
  },
  Document: {
    description: 'A source that states facts: a council paper, or a public web page for facts from outside the papers.',
    properties: {
      type: {
        spec: { type: 'enum', values: DOCUMENT_TYPES },
        required: true,
        description: 'What sort of paper it is.',
      },
      reference: { spec: { type: 'string' }, description: 'The council\'s reference, e.g. "ST/0078/2025".' },
      title: { spec: { type: 'string' }, required: true, description: 'Its subject line (Betreff).' },
      date: { spec: { type: 'date' }, description: 'The date on the paper.' },
      inferredDate: { spec: { type: 'date' }, description: 'A date the paper does not give, inferred; see dateBasis.' },
      dateBasis: { spec: { type: 'string' }, description: 'What inferredDate is inferred from.' },
      sessionDate: { spec: { type: 'date' }, description: 'The date of the session it was presented to.' },
      url: { spec: { type: 'url' }, description: 'Where it can be read. Required for type WEBSITE.' },
      file: {
        spec: {
          type: 'string',
          pattern: PAPER_FILE_PATTERN,
          hint: 'a text file below seed/, e.g. seed/papers/<document id>.txt',
        },
        description: 'The extracted text, by its path in the repository, if the project holds one.',
      },
      oparlId: {
        spec: { type: 'url' },
        description: 'Its OParl id, for a paper imported from a council information system.',
      },
      mainFileUrl: { spec: { type: 'url' }, description: 'The URL of its main file (PDF or text).' },
    },
  },
  Topic: {
    description: 'A field of action (Handlungsfeld), e.g. Open Data or Smart City.',
    properties: {},
  },
} as const satisfies Record<string, NodeKindSpec>;

export type NodeKind = keyof typeof NODE_KINDS;

export const NODE_KIND_NAMES = Object.keys(NODE_KINDS) as NodeKind[];

/** The extra label every node carries, so that ids are unique graph-wide and full-text search spans all kinds. */
export const ENTITY_LABEL = 'Entity';
