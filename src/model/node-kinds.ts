import {
  BODY_TYPES,
  CITY_TYPES,
  DATE_MEANINGS,
  DOCUMENT_TYPES,
  GEMEINDEVERBAND_TYPES,
  KREIS_TYPES,
  ORGANISATION_TYPES,
  PROJECT_TYPES,
  STANDARD_TYPES,
  STATE_OF_DATA,
  URBANISATION_DEGREES,
} from './node-types';
import { PAPER_FILE_PATTERN, type PropertySpec } from './properties';

export interface NodeKindSpec {
  readonly description: string;
  readonly properties: Record<string, PropertySpec>;
}

/** The Regionalschlüssel (ARS) of an administrative unit: the leading digits of its municipalities' keys. */
const ars = (digits: number, what: string): PropertySpec => ({
  spec: { type: 'string', pattern: new RegExp(`^\\d{${digits}}$`), hint: `the ${digits}-digit Regionalschlüssel` },
  required: true,
  description: `Amtlicher Regionalschlüssel of the ${what} (${digits} digits).`,
});

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
        description: 'Amtlicher Gemeindeschlüssel (8 digits), e.g. "07111000" for Koblenz.',
      },
      ars: {
        spec: { type: 'string', pattern: /^\d{12}$/, hint: 'the 12-digit Amtlicher Regionalschlüssel' },
        description: "Amtlicher Regionalschlüssel (12 digits): the AGS with the Gemeindeverband's 4 digits inside.",
      },
      officialName: {
        spec: { type: 'string' },
        description: 'The name in the register, with its addition, e.g. "Koblenz, Stadt".',
      },
      type: {
        spec: { type: 'enum', values: CITY_TYPES },
        description: 'What sort of municipality the register says it is.',
      },
      population: {
        spec: { type: 'number', integer: true, min: 0, unit: 'inhabitants' },
        description: 'Inhabitants, as the register counts them.',
      },
      area: { spec: { type: 'number', min: 0, unit: 'km²' }, description: 'Area in square kilometres.' },
      density: {
        spec: { type: 'number', integer: true, min: 0, unit: 'inhabitants per km²' },
        description: 'Inhabitants per square kilometre.',
      },
      postcode: {
        spec: { type: 'string', pattern: /^\d{5}$/, hint: 'a 5-digit Postleitzahl' },
        description: "Postleitzahl of the administration's seat.",
      },
      latitude: {
        spec: { type: 'number', min: -90, max: 90, unit: '°' },
        description: 'Latitude of its centre (WGS 84).',
      },
      longitude: {
        spec: { type: 'number', min: -180, max: 180, unit: '°' },
        description: 'Longitude of its centre (WGS 84).',
      },
      urbanisation: {
        spec: { type: 'enum', values: URBANISATION_DEGREES, name: 'Urbanisation' },
        description: 'Degree of urbanisation, as the register gives it.',
      },
      wikidata,
      website,
    },
  },
  Gemeindeverband: {
    description:
      'An association of municipalities that runs administration for its members: Verbandsgemeinde, Amt, Samtgemeinde, Verwaltungsgemeinschaft, Verwaltungsverband.',
    properties: {
      ars: ars(9, 'Gemeindeverband'),
      type: {
        spec: { type: 'enum', values: GEMEINDEVERBAND_TYPES },
        required: true,
        description: 'What sort of Gemeindeverband it is.',
      },
    },
  },
  Kreis: {
    description: 'A Kreis: a Landkreis or Kreis, or a kreisfreie Stadt (Stadtkreis) as the level above itself.',
    properties: {
      ars: ars(5, 'Kreis'),
      type: {
        spec: { type: 'enum', values: KREIS_TYPES },
        required: true,
        description: 'What sort of Kreis it is.',
      },
    },
  },
  Regierungsbezirk: {
    description:
      'A Regierungsbezirk, or the statistical region that keeps its place in the key where it was abolished.',
    properties: { ars: ars(3, 'Regierungsbezirk') },
  },
  Land: {
    description: 'A Land (Bundesland).',
    properties: { ars: ars(2, 'Land') },
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
    description:
      "A project, programme, funding scheme, platform or plan; a programme's round, or a ranking's edition of a year.",
    properties: {
      type: {
        spec: { type: 'enum', values: PROJECT_TYPES },
        required: true,
        description: 'What sort of project it is.',
      },
      category: {
        spec: { type: 'string' },
        description: 'The category a programme selected it in, in the programme\'s words, e.g. "Großstädte".',
      },
      year: {
        spec: { type: 'number', integer: true, min: 1900, max: 2100 },
        description: "The year of a programme's round or of a ranking's edition.",
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
      dateMeaning: {
        spec: { type: 'enum', values: DATE_MEANINGS },
        description:
          `What its date says: ${DATE_MEANINGS[0]} (when left out), the day it was issued; ${STATE_OF_DATA}, the state ` +
          "of a register's data, whose facts then hold as of earlier dates too, until a newer edition replaces them.",
      },
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
      licence: {
        spec: { type: 'string' },
        description: 'The licence it is published under, with the attribution it asks for.',
      },
    },
  },
  Topic: {
    description: 'A field of action (Handlungsfeld), e.g. Open Data or Smart City.',
    properties: {},
  },
} as const satisfies Record<string, NodeKindSpec>;

export type NodeKind = keyof typeof NODE_KINDS;

export const NODE_KIND_NAMES = Object.keys(NODE_KINDS) as NodeKind[];

/**
 * The administrative levels above a municipality, from the nearest up, joined by PART_OF. A municipality outside
 * any Gemeindeverband is PART_OF its Kreis directly, and a Kreis outside any Regierungsbezirk of its Land.
 */
export const ADMINISTRATIVE_LEVELS = [
  'Gemeindeverband',
  'Kreis',
  'Regierungsbezirk',
  'Land',
] as const satisfies readonly NodeKind[];

export type AdministrativeLevel = (typeof ADMINISTRATIVE_LEVELS)[number];

/** The extra label every node carries, so that ids are unique graph-wide and full-text search spans all kinds. */
export const ENTITY_LABEL = 'Entity';
