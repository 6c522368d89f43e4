import type { BODY_TYPES, DOCUMENT_TYPES, ORGANISATION_TYPES } from '../model';
import type { OparlOrganization } from './oparl-types';
import { fold } from './slug';

export type DocumentType = (typeof DOCUMENT_TYPES)[number];
export type BodyType = (typeof BODY_TYPES)[number];

/** OParl's free-text paperType → a Document type; the first rule that matches wins ("Beantwortung einer Anfrage"). */
const PAPER_TYPE_RULES: [RegExp, DocumentType][] = [
  [/stellungnahme/, 'STELLUNGNAHME'],
  [/beantwortung|antwort/, 'ANTWORT'],
  [/anfrage/, 'ANFRAGE'],
  [/antrag/, 'ANTRAG'],
  [/beschluss/, 'BESCHLUSSVORLAGE'],
  [/mitteilung|information|bericht/, 'MITTEILUNG'],
  [/konzept/, 'KONZEPT'],
];

/** The Document type of an OParl paperType; VORLAGE for any other council paper. */
export function documentType(paperType: string | undefined): DocumentType {
  const folded = fold(paperType ?? '');
  return PAPER_TYPE_RULES.find(([pattern]) => pattern.test(folded))?.[1] ?? 'VORLAGE';
}

const BODY_TYPE_RULES: [RegExp, BodyType][] = [
  [/beirat/, 'ADVISORY_BOARD'],
  [/arbeitsgruppe|arbeitskreis|projektgruppe/, 'WORKING_GROUP'],
  [/steuerungsgruppe|lenkungs/, 'STEERING_GROUP'],
  [/vorstand|magistrat|verwaltungskonferenz/, 'EXECUTIVE_BOARD'],
  [/ausschuss|kommission/, 'COMMITTEE'],
  [/\brat\b|stadtrat|gemeinderat|kreistag|bezirksvertretung|versammlung|buergerschaft/, 'COUNCIL'],
];

function bodyType(...texts: (string | undefined)[]): BodyType | undefined {
  for (const text of texts) {
    const folded = fold(text ?? '');
    const match = BODY_TYPE_RULES.find(([pattern]) => pattern.test(folded));
    if (match) return match[1];
  }
  return undefined;
}

export type OrganizationMapping =
  | { kind: 'Body'; type: BodyType; partOfCity: true }
  | { kind: 'OrgUnit'; partOfCity: true }
  | { kind: 'Organisation'; type: (typeof ORGANISATION_TYPES)[number]; partOfCity: boolean };

/**
 * Organization → node kind by organizationType (OParl's values: Gremium, Fraktion, Partei, Verwaltungsbereich,
 * externes Gremium, Institution, Sonstiges) and, for bodies, classification and name.
 */
export function mapOrganization(org: OparlOrganization): OrganizationMapping | { skip: string } {
  const type = fold(org.organizationType ?? '');
  const classification = fold(org.classification ?? '');
  if (/fraktion/.test(type) || (!type && /fraktion/.test(classification))) {
    return { kind: 'Organisation', type: 'ASSOCIATION', partOfCity: true };
  }
  if (/partei/.test(type)) return { kind: 'Organisation', type: 'ASSOCIATION', partOfCity: false };
  if (/verwaltung/.test(type)) return { kind: 'OrgUnit', partOfCity: true };
  if (/extern|institution/.test(type)) return { kind: 'Organisation', type: 'PUBLIC_BODY', partOfCity: false };
  if (/gremium/.test(type)) {
    return { kind: 'Body', type: bodyType(org.classification, org.name) ?? 'COMMITTEE', partOfCity: true };
  }
  const guessed = type ? undefined : bodyType(org.classification, org.name);
  if (guessed) return { kind: 'Body', type: guessed, partOfCity: true };
  return { skip: `organizationType "${org.organizationType ?? ''}" has no node kind` };
}
