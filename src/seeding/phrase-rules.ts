import type { FieldProblem, RelationshipType, Status } from '../model';

/** A German phrasing in a quote that decides which statuses, or which relationship types, the fact may have. */
interface PhraseRule {
  phrase: RegExp;
  /** Only relationships of these types are held to the rule; all when left out. */
  types?: readonly RelationshipType[];
  /** When the quote has the phrase (and lacks `unless`), the status must be one of these. */
  statuses?: readonly Status[];
  /** When the quote has the phrase (and lacks `unless`), the type must not be one of these. */
  notTypes?: readonly RelationshipType[];
  unless?: RegExp;
  says: string;
}

const UNDECIDED: readonly Status[] = ['PROPOSED', 'UNDER_REVIEW', 'RECOMMENDED', 'REJECTED'];

/** The phrasing rules of seed/README.md ("Status, as the paper puts it"), with the papers' own wording. */
export const PHRASE_RULES: readonly PhraseRule[] = [
  {
    phrase: /\bkönnte\b|\bVon Vorteil wäre\b|\bmögliche\b|\bwäre zielführend\b/i,
    statuses: UNDECIDED,
    says: 'a possibility ("könnte", "Von Vorteil wäre", "eine mögliche …"), not a decision or an announcement',
  },
  {
    phrase: /\bderzeit\b.{0,80}\bbearbeitet\b/is,
    statuses: ['IN_PROGRESS'],
    says: 'work in progress ("derzeit … bearbeitet")',
  },
  {
    phrase: /\bsoll(?:en)?\b(?:\s+\p{L}+){0,4}\s+geprüft\s+werden\b/iu,
    statuses: ['PROPOSED', 'RECOMMENDED', 'PLANNED', 'UNDER_REVIEW'],
    says: 'an examination asked for or intended ("soll geprüft werden"), not a decision',
  },
  {
    phrase: /\bwird\b(?:\s+\p{L}+){0,3}\s+geprüft\b/iu,
    statuses: ['UNDER_REVIEW'],
    says: 'an examination under way ("wird verwaltungsseitig geprüft", "wird derzeit geprüft")',
  },
  {
    phrase: /\b(?:ist|sind|wird|werden|war|wurde|wurden)\b(?:\s+\p{L}+){0,3}\s+geplant\b|\bplant\b|\bbeabsichtigt\b/iu,
    statuses: ['PLANNED', 'PROPOSED', 'RECOMMENDED'],
    says: 'a plan ("ist geplant", "plant"), not what is in place',
  },
  {
    phrase: /\babgelehnt\b/iu,
    statuses: ['REJECTED'],
    says: 'a rejection ("wurde vom Stadtrat abgelehnt")',
  },
  {
    phrase: /\bnicht\s+(?:mehr\s+|weiter\s+)?(?:weiter)?verfolgt\b|\beingestellt\b/iu,
    statuses: ['REJECTED', 'ENDED'],
    says: 'something dropped ("wird nicht weiter verfolgt", "eingestellt")',
  },
  {
    phrase: /\b(?:nicht|kein(?:e)?)\s+(?:mehr\s+)?Mitglied\b/iu,
    types: ['MEMBER_OF'],
    statuses: ['ENDED', 'REJECTED'],
    says: 'no membership ("ist nicht Mitglied")',
  },
  {
    phrase: /\bendete\b|\bbeendet\b|\bausgetreten\b|\bAustritt\b|\blief\b(?:\s+\p{L}+){0,3}\s+aus\b/iu,
    statuses: ['ENDED', 'REJECTED'],
    says: 'an end ("Die Mitgliedschaft endete 2020.", "ausgetreten")',
  },
  {
    phrase: /\bwurde in der Vergangenheit geprüft\b/i,
    statuses: ['REVIEWED'],
    says: 'an examination in the past, with no outcome ("wurde in der Vergangenheit geprüft")',
  },
  {
    phrase: /\bin den regulären Betrieb gewechselt\b/i,
    types: ['RUNS', 'PARTICIPATES_IN'],
    statuses: ['ACTIVE'],
    says: 'regular operation ("in den regulären Betrieb gewechselt")',
  },
  {
    phrase: /\bteilgenommen\b/i,
    types: ['PARTICIPATES_IN'],
    statuses: ['ENDED'],
    says: 'a participation in the past ("teilgenommen")',
  },
  {
    phrase: /\bbeteiligt\b/i,
    notTypes: ['MEMBER_OF'],
    unless: /Mitglied/i,
    says: 'taking part ("beteiligt"), not membership: use PARTICIPATES_IN or COOPERATES_WITH',
  },
  {
    phrase: /\bFachpersonen aus\b|\bExperten\b/i,
    notTypes: ['MEMBER_OF'],
    unless: /Mitglied/i,
    says: 'experts from an organisation or a sector, not its membership: use EXPERTS_FROM',
  },
];

/** What the phrasing of `evidence` forbids of a relationship's type and status. */
export function phraseProblems(type: RelationshipType, status: Status, evidence: string): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const rule of PHRASE_RULES) {
    if (rule.types && !rule.types.includes(type)) continue;
    if (!rule.phrase.test(evidence) || rule.unless?.test(evidence)) continue;
    if (rule.statuses && !rule.statuses.includes(status))
      problems.push({
        field: 'status',
        message: `the quote states ${rule.says}: ${rule.statuses.join(' or ')}, not ${status}`,
      });
    if (rule.notTypes?.includes(type))
      problems.push({ field: 'type', message: `the quote states ${rule.says}, not ${type}` });
  }
  return problems;
}
