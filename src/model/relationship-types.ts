import type { NodeKind } from './node-kinds';

/** The languages the API explains itself in. */
export const LANGUAGES = ['DE', 'EN'] as const;
export type Language = (typeof LANGUAGES)[number];

/**
 * What kind of connection a relationship shows between its ends, from the strongest: working together, belonging
 * to, taking part; then the administrative structure; then steering, roles, subjects and papers, which say that two
 * nodes have something in common rather than that they work together.
 */
export const CONNECTION_KINDS = {
  COOPERATION: { strength: 1, description: 'working together on something: cooperating, founding, building' },
  MEMBERSHIP: { strength: 0.9, description: 'being a member' },
  PARTICIPATION: { strength: 0.8, description: 'taking part, running, leading, advising, funding' },
  STRUCTURE: { strength: 0.6, description: 'belonging to a unit, a city or an administrative level' },
  GOVERNANCE: { strength: 0.4, description: 'reporting, commissioning, being consulted or responsible' },
  ROLE: { strength: 0.2, description: 'having or defining a role' },
  TOPIC: { strength: 0.2, description: 'addressing, implementing or adopting a subject or a standard' },
  PAPER: { strength: 0.1, description: 'describing a paper: who issued, wrote or received it' },
} as const;
export type ConnectionKind = keyof typeof CONNECTION_KINDS;

/** The connections a path of purpose COOPERATION may consist of. */
export const COOPERATION_CONNECTIONS: readonly ConnectionKind[] = [
  'COOPERATION',
  'MEMBERSHIP',
  'PARTICIPATION',
  'STRUCTURE',
];

export interface RelationshipTypeSpec {
  readonly description: string;
  /**
   * The fact in words, "{from}" and "{to}" standing for the names of its ends; in German with the case the end
   * takes, "{to:acc}" or "{to:dat}" ("{from}" is the nominative), so that its article can be said ("an den
   * Digitalbeirat", "am Projekt Smart City Navigator").
   */
  readonly reading: Readonly<Record<'de' | 'en', string>>;
  readonly connection: ConnectionKind;
  readonly from: readonly NodeKind[];
  readonly to: readonly NodeKind[];
}

/** Every relationship type, with the node kinds it may start and end at. */
export const RELATIONSHIP_TYPES = {
  MEMBER_OF: {
    description: 'is a member of a network, association or body',
    reading: { de: '{from} ist Mitglied in {to:dat}', en: '{from} is a member of {to}' },
    connection: 'MEMBERSHIP',
    from: ['City', 'Gemeindeverband', 'Kreis', 'Organisation', 'OrgUnit'],
    to: ['Organisation', 'Body'],
  },
  FOUNDED: {
    description: 'founded or co-founded',
    reading: { de: '{from} hat {to:acc} gegründet', en: '{from} founded {to}' },
    connection: 'COOPERATION',
    from: ['City', 'Organisation', 'OrgUnit'],
    to: ['Organisation', 'Body', 'Project'],
  },
  COOPERATES_WITH: {
    description: 'works together with (the property "about" names the subject)',
    reading: { de: '{from} kooperiert mit {to:dat}', en: '{from} cooperates with {to}' },
    connection: 'COOPERATION',
    from: ['City', 'Organisation', 'OrgUnit'],
    to: ['City', 'Organisation', 'OrgUnit'],
  },
  PART_OF: {
    description:
      'belongs to a larger unit, organisation or city; a municipality to its Gemeindeverband or Kreis, and so on up to its Land',
    reading: { de: '{from} gehört zu {to:dat}', en: '{from} is part of {to}' },
    connection: 'STRUCTURE',
    from: ['Organisation', 'OrgUnit', 'Body', 'City', 'Gemeindeverband', 'Kreis', 'Regierungsbezirk', 'Project'],
    to: ['Organisation', 'OrgUnit', 'Body', 'City', 'Gemeindeverband', 'Kreis', 'Regierungsbezirk', 'Land', 'Project'],
  },
  HAS_ROLE: {
    description: 'has established, holds or plans a role',
    reading: { de: '{from} hat die Rolle {to:name}', en: '{from} has the role {to}' },
    connection: 'ROLE',
    from: ['City', 'OrgUnit', 'Body'],
    to: ['Role'],
  },
  ADVISES: {
    description: 'advises',
    reading: { de: '{from} berät {to:acc}', en: '{from} advises {to}' },
    connection: 'PARTICIPATION',
    from: ['Organisation', 'Body', 'OrgUnit', 'Role'],
    to: ['Body', 'City', 'OrgUnit'],
  },
  LEADS: {
    description: 'chairs, runs or manages',
    reading: { de: '{from} leitet {to:acc}', en: '{from} leads {to}' },
    connection: 'PARTICIPATION',
    from: ['City', 'Gemeindeverband', 'Kreis', 'OrgUnit', 'Role', 'Body'],
    to: ['Body', 'Project', 'OrgUnit'],
  },
  RUNS: {
    description: 'carries out a project or operates a platform',
    reading: { de: '{from} betreibt {to:acc}', en: '{from} runs {to}' },
    connection: 'PARTICIPATION',
    from: ['City', 'OrgUnit', 'Organisation'],
    to: ['Project'],
  },
  PARTICIPATES_IN: {
    description: 'takes part in a project, programme or network run by others',
    reading: { de: '{from} nimmt an {to:dat} teil', en: '{from} takes part in {to}' },
    connection: 'PARTICIPATION',
    from: ['City', 'Gemeindeverband', 'Kreis', 'OrgUnit', 'Organisation'],
    to: ['Project', 'Organisation'],
  },
  CONTRIBUTED_TO: {
    description: 'helped write or build',
    reading: { de: '{from} hat an {to:dat} mitgewirkt', en: '{from} contributed to {to}' },
    connection: 'COOPERATION',
    from: ['City', 'OrgUnit', 'Organisation'],
    to: ['Standard', 'Project'],
  },
  IMPLEMENTS: {
    description: 'follows or puts into practice a standard, law or strategy',
    reading: { de: '{from} setzt {to:acc} um', en: '{from} implements {to}' },
    connection: 'TOPIC',
    from: ['City', 'OrgUnit', 'Project'],
    to: ['Standard'],
  },
  ADOPTED: {
    description: 'decided on or adopted',
    reading: { de: '{from} hat {to:acc} beschlossen', en: '{from} adopted {to}' },
    connection: 'TOPIC',
    from: ['Body'],
    to: ['Standard', 'Project'],
  },
  FUNDED_BY: {
    description: 'is funded by',
    reading: { de: '{from} wird von {to:dat} gefördert', en: '{from} is funded by {to}' },
    connection: 'PARTICIPATION',
    from: ['Project'],
    to: ['Organisation', 'Project'],
  },
  PUBLISHED_BY: {
    description: 'is issued or published by',
    reading: { de: '{from} wird von {to:dat} herausgegeben', en: '{from} is published by {to}' },
    connection: 'TOPIC',
    from: ['Standard', 'Project'],
    to: ['Organisation'],
  },
  MODELLED_ON: {
    description: 'is designed after the example of',
    reading: { de: '{from} folgt dem Vorbild von {to:dat}', en: '{from} is modelled on {to}' },
    connection: 'TOPIC',
    from: ['Body', 'Project', 'Role'],
    to: ['Body', 'Organisation', 'Project'],
  },
  ADDRESSES: {
    description: 'works on a field of action',
    reading: { de: '{from} befasst sich mit {to:dat}', en: '{from} addresses {to}' },
    connection: 'TOPIC',
    from: ['Project', 'Organisation', 'Body', 'Standard', 'OrgUnit'],
    to: ['Topic'],
  },
  EXPERTS_FROM: {
    description: 'a body is (to be) staffed with experts from an organisation, a unit or a sector',
    reading: { de: '{from} hat Fachleute aus {to:dat}', en: '{from} has experts from {to}' },
    connection: 'PARTICIPATION',
    from: ['Body'],
    to: ['City', 'Organisation', 'OrgUnit', 'Topic'],
  },
  SUPPORTS: {
    description: 'supports a role or a body in its work (the property "role" says how)',
    reading: { de: '{from} unterstützt {to:acc}', en: '{from} supports {to}' },
    connection: 'PARTICIPATION',
    from: ['City', 'Organisation', 'OrgUnit', 'Role'],
    to: ['Role', 'Body'],
  },
  REPORTS_TO: {
    description: 'reports on its work to a body (the property "about" names the subject, "interval" how often)',
    reading: { de: '{from} berichtet an {to:acc}', en: '{from} reports to {to}' },
    connection: 'GOVERNANCE',
    from: ['City', 'OrgUnit', 'Body', 'Role'],
    to: ['Body'],
  },
  COMMISSIONS: {
    description: 'a council body charges the administration with a task (the property "task" says which)',
    reading: { de: '{from} beauftragt {to:acc}', en: '{from} commissions {to}' },
    connection: 'GOVERNANCE',
    from: ['Body'],
    to: ['City', 'OrgUnit'],
  },
  PRECONDITION_OF: {
    description: 'must be in place before a step is taken (the property "task" names the step)',
    reading: { de: '{from} ist Voraussetzung für {to:acc}', en: '{from} is a precondition of {to}' },
    connection: 'GOVERNANCE',
    from: ['Body', 'OrgUnit', 'Role', 'Project'],
    to: ['Organisation', 'Project', 'Body', 'Role'],
  },
  CONSULTED_ON: {
    description: 'is to agree to, or be consulted on, a plan or a concept',
    reading: { de: '{from} wird an {to:dat} beteiligt', en: '{from} is consulted on {to}' },
    connection: 'GOVERNANCE',
    from: ['City', 'Organisation', 'OrgUnit', 'Role', 'Body'],
    to: ['Project', 'Standard'],
  },
  DEFINES: {
    description: 'a plan or a concept defines a role, a body or a unit',
    reading: { de: '{from} legt {to:acc} fest', en: '{from} defines {to}' },
    connection: 'ROLE',
    from: ['Project', 'Standard'],
    to: ['Role', 'Body', 'OrgUnit'],
  },
  RESPONSIBLE_FOR: {
    description: 'holds the power of decision over a field or a plan',
    reading: { de: '{from} ist zuständig für {to:acc}', en: '{from} is responsible for {to}' },
    connection: 'GOVERNANCE',
    from: ['Body', 'OrgUnit', 'Role'],
    to: ['Topic', 'Project', 'Standard'],
  },
  REQUESTS: {
    description: 'has applied for resources or a decision (the property "task" says what)',
    reading: { de: '{from} beantragt {to:acc}', en: '{from} requests {to}' },
    connection: 'GOVERNANCE',
    from: ['City', 'OrgUnit', 'Body'],
    to: ['Role', 'Project', 'Body'],
  },
  RANKED_IN: {
    description: 'has a place in the edition of a ranking (the properties "place" and "points" say which)',
    reading: { de: '{from} ist in {to:dat} platziert', en: '{from} is ranked in {to}' },
    connection: 'TOPIC',
    from: ['City'],
    to: ['Project'],
  },
  PUBLISHES_VIA: {
    description: 'publishes its council information through a standard interface (the property "url" says where)',
    reading: {
      de: '{from} veröffentlicht Ratsinformationen über {to:acc}',
      en: '{from} publishes council information through {to}',
    },
    connection: 'TOPIC',
    from: ['City', 'Gemeindeverband', 'Kreis'],
    to: ['Standard'],
  },
  ISSUED_BY: {
    description: 'a paper (a statement, a motion, an inquiry) issued in a city',
    reading: { de: '{from} stammt aus {to:dat}', en: '{from} was issued in {to}' },
    connection: 'PAPER',
    from: ['Document'],
    to: ['City'],
  },
  AUTHORED_BY: {
    description: 'a paper written by a unit or an organisation (e.g. a council group)',
    reading: { de: '{from} wurde von {to:dat} verfasst', en: '{from} was written by {to}' },
    connection: 'PAPER',
    from: ['Document'],
    to: ['OrgUnit', 'Organisation'],
  },
  PRESENTED_TO: {
    description: 'a paper put before a body (the property "since" is the session date)',
    reading: { de: '{from} wurde {to:dat} vorgelegt', en: '{from} was put before {to}' },
    connection: 'PAPER',
    from: ['Document'],
    to: ['Body'],
  },
  RESPONDS_TO: {
    description: 'a paper answering a motion or an inquiry',
    reading: { de: '{from} antwortet auf {to:acc}', en: '{from} responds to {to}' },
    connection: 'PAPER',
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
