import type { NodeKind } from './node-kinds';
import { ID_PATTERN, type PropertySpec } from './properties';
import { DEFAULT_STATUS, STATUS_NAMES } from './statuses';

export interface RelationshipTypeSpec {
  readonly description: string;
  readonly from: readonly NodeKind[];
  readonly to: readonly NodeKind[];
}

/** Every relationship type, with the node kinds it may start and end at. */
export const RELATIONSHIP_TYPES = {
  MEMBER_OF: {
    description: 'is a member of a network, association or body',
    from: ['City', 'Organisation', 'OrgUnit'],
    to: ['Organisation', 'Body'],
  },
  FOUNDED: {
    description: 'founded or co-founded',
    from: ['City', 'Organisation', 'OrgUnit'],
    to: ['Organisation', 'Body', 'Project'],
  },
  COOPERATES_WITH: {
    description: 'works together with (the property "about" names the subject)',
    from: ['City', 'Organisation', 'OrgUnit'],
    to: ['City', 'Organisation', 'OrgUnit'],
  },
  PART_OF: {
    description:
      'belongs to a larger unit, organisation or city; a municipality to its Gemeindeverband or Kreis, and so on up to its Land',
    from: ['Organisation', 'OrgUnit', 'Body', 'City', 'Gemeindeverband', 'Kreis', 'Regierungsbezirk'],
    to: ['Organisation', 'OrgUnit', 'Body', 'City', 'Gemeindeverband', 'Kreis', 'Regierungsbezirk', 'Land'],
  },
  HAS_ROLE: {
    description: 'has established, holds or plans a role',
    from: ['City', 'OrgUnit', 'Body'],
    to: ['Role'],
  },
  ADVISES: {
    description: 'advises',
    from: ['Organisation', 'Body', 'OrgUnit', 'Role'],
    to: ['Body', 'City', 'OrgUnit'],
  },
  LEADS: {
    description: 'chairs, runs or manages',
    from: ['City', 'OrgUnit', 'Role', 'Body'],
    to: ['Body', 'Project', 'OrgUnit'],
  },
  RUNS: {
    description: 'carries out a project or operates a platform',
    from: ['City', 'OrgUnit', 'Organisation'],
    to: ['Project'],
  },
  PARTICIPATES_IN: {
    description: 'takes part in a project, programme or network run by others',
    from: ['City', 'OrgUnit', 'Organisation'],
    to: ['Project', 'Organisation'],
  },
  CONTRIBUTED_TO: {
    description: 'helped write or build',
    from: ['City', 'OrgUnit', 'Organisation'],
    to: ['Standard', 'Project'],
  },
  IMPLEMENTS: {
    description: 'follows or puts into practice a standard, law or strategy',
    from: ['City', 'OrgUnit', 'Project'],
    to: ['Standard'],
  },
  ADOPTED: {
    description: 'decided on or adopted',
    from: ['Body'],
    to: ['Standard', 'Project'],
  },
  FUNDED_BY: {
    description: 'is funded by',
    from: ['Project'],
    to: ['Organisation', 'Project'],
  },
  PUBLISHED_BY: {
    description: 'is issued or published by',
    from: ['Standard', 'Project'],
    to: ['Organisation'],
  },
  MODELLED_ON: {
    description: 'is designed after the example of',
    from: ['Body', 'Project', 'Role'],
    to: ['Body', 'Organisation', 'Project'],
  },
  ADDRESSES: {
    description: 'works on a field of action',
    from: ['Project', 'Organisation', 'Body', 'Standard', 'OrgUnit'],
    to: ['Topic'],
  },
  EXPERTS_FROM: {
    description: 'a body is (to be) staffed with experts from an organisation, a unit or a sector',
    from: ['Body'],
    to: ['City', 'Organisation', 'OrgUnit', 'Topic'],
  },
  SUPPORTS: {
    description: 'supports a role or a body in its work (the property "role" says how)',
    from: ['City', 'Organisation', 'OrgUnit', 'Role'],
    to: ['Role', 'Body'],
  },
  REPORTS_TO: {
    description: 'reports on its work to a body (the property "about" names the subject, "interval" how often)',
    from: ['City', 'OrgUnit', 'Body', 'Role'],
    to: ['Body'],
  },
  COMMISSIONS: {
    description: 'a council body charges the administration with a task (the property "task" says which)',
    from: ['Body'],
    to: ['City', 'OrgUnit'],
  },
  PRECONDITION_OF: {
    description: 'must be in place before a step is taken (the property "task" names the step)',
    from: ['Body', 'OrgUnit', 'Role', 'Project'],
    to: ['Organisation', 'Project', 'Body', 'Role'],
  },
  CONSULTED_ON: {
    description: 'is to agree to, or be consulted on, a plan or a concept',
    from: ['City', 'Organisation', 'OrgUnit', 'Role', 'Body'],
    to: ['Project', 'Standard'],
  },
  DEFINES: {
    description: 'a plan or a concept defines a role, a body or a unit',
    from: ['Project', 'Standard'],
    to: ['Role', 'Body', 'OrgUnit'],
  },
  RESPONSIBLE_FOR: {
    description: 'holds the power of decision over a field or a plan',
    from: ['Body', 'OrgUnit', 'Role'],
    to: ['Topic', 'Project', 'Standard'],
  },
  REQUESTS: {
    description: 'has applied for resources or a decision (the property "task" says what)',
    from: ['City', 'OrgUnit', 'Body'],
    to: ['Role', 'Project', 'Body'],
  },
  ISSUED_BY: {
    description: 'a paper (a statement, a motion, an inquiry) issued in a city',
    from: ['Document'],
    to: ['City'],
  },
  AUTHORED_BY: {
    description: 'a paper written by a unit or an organisation (e.g. a council group)',
    from: ['Document'],
    to: ['OrgUnit', 'Organisation'],
  },
  PRESENTED_TO: {
    description: 'a paper put before a body (the property "since" is the session date)',
    from: ['Document'],
    to: ['Body'],
  },
  RESPONDS_TO: {
    description: 'a paper answering a motion or an inquiry',
    from: ['Document'],
    to: ['Document'],
  },
} as const satisfies Record<string, RelationshipTypeSpec>;

export type RelationshipType = keyof typeof RELATIONSHIP_TYPES;

/** Whether a relationship type only describes a paper (issuer, author, body, answer); its evidence may be the header. */
export function describesPaper(type: RelationshipType): boolean {
  return (RELATIONSHIP_TYPES[type].from as readonly NodeKind[]).every((kind) => kind === 'Document');
}

export const RELATIONSHIP_TYPE_NAMES = Object.keys(RELATIONSHIP_TYPES) as RelationshipType[];

/** The relationship types that describe papers, in model order. */
export const PAPER_RELATIONSHIP_TYPES = RELATIONSHIP_TYPE_NAMES.filter(describesPaper);

/** The relationship types that state facts, in model order. */
export const FACT_RELATIONSHIP_TYPES = RELATIONSHIP_TYPE_NAMES.filter((type) => !describesPaper(type));

/** Properties a relationship may carry. `from`, `type` and `to` are its endpoints, not properties. */
export const RELATIONSHIP_PROPERTIES: Record<string, PropertySpec> = {
  source: {
    spec: { type: 'string', pattern: ID_PATTERN, hint: 'the id of a Document' },
    required: true,
    reference: true,
    description: 'The Document that states the fact.',
  },
  status: {
    spec: { type: 'enum', values: STATUS_NAMES, name: 'Status' },
    default: DEFAULT_STATUS,
    description: `Where the fact stands; ${DEFAULT_STATUS} when left out.`,
  },
  since: { spec: { type: 'date' }, description: 'When it began or was first stated.' },
  until: { spec: { type: 'date' }, description: 'When it ended.' },
  evidence: { spec: { type: 'string' }, description: 'A short quote from the source, in its language.' },
  role: { spec: { type: 'string' }, description: 'The capacity, e.g. "Vice Chair" or "Geschäftsführung".' },
  task: { spec: { type: 'string' }, description: "What is asked, required or applied for, in the paper's words." },
  interval: {
    spec: { type: 'string' },
    description: 'How often it recurs, in the paper\'s words, e.g. "halbjährlich".',
  },
  about: {
    spec: { type: 'string', pattern: ID_PATTERN, hint: 'the id of a node' },
    reference: true,
    description: 'The id of the node the relationship is about, e.g. the law two cities cooperate on.',
  },
};
