import { checkEndpoints, type RelationshipType, type Status } from '../model';
import type { KnownNode } from './mentions';

/** Wording that points to a relationship type, in the order they are tried. */
const TYPE_WORDING: [RegExp, RelationshipType][] = [
  [/gegründet|gründungsmitglied|mitbegründ/i, 'FOUNDED'],
  [/mitglied/i, 'MEMBER_OF'],
  [/zusammenarbeit|zusammen|kooperation|kooperier|partner/i, 'COOPERATES_WITH'],
  [/berät|berat/i, 'ADVISES'],
  [/teilgenommen|teilnahme|beteiligt/i, 'PARTICIPATES_IN'],
  [/gefördert|förder|forder/i, 'FUNDED_BY'],
  [/leitet|leitung|vorsitz|federführ|federfiihr/i, 'LEADS'],
  [/umsetzung|umgesetzt|setzt\b.*\bum\b/i, 'IMPLEMENTS'],
  [/zugeordnet|angeordnet|gehört|teil de[rs]/i, 'PART_OF'],
];

/** Wording that points to a status, as the curators' table in seed/README.md reads the papers. */
const STATUS_WORDING: [RegExp, Status][] = [
  [/geprüft|prüfen|geprtift/i, 'UNDER_REVIEW'],
  [
    /könnte|kénnte|konnte\b.*\bwerden|kann\b.*\bwerden|können\b.*\bwerden|wäre|ware\b|sollte|vorgeschlagen/i,
    'PROPOSED',
  ],
  [/\bsoll\b|geplant|künftig|neu wäre|einzurichtend/i, 'PLANNED'],
  [/abgelehnt/i, 'REJECTED'],
  [/teilgenommen|\bwar\b|ehemal/i, 'ENDED'],
];

export interface Suggestion {
  from: KnownNode;
  type: RelationshipType;
  to: KnownNode;
  status: Status;
}

/** The status the wording of a sentence suggests; ACTIVE when it says nothing else. */
export function suggestStatus(sentence: string): Status {
  return STATUS_WORDING.find(([wording]) => wording.test(sentence))?.[1] ?? 'ACTIVE';
}

/**
 * For a sentence naming `a` and `b`, the relationship its wording suggests, in a direction the model allows;
 * null when the wording names none.
 */
export function suggestRelationship(sentence: string, a: KnownNode, b: KnownNode): Suggestion | null {
  for (const [wording, type] of TYPE_WORDING) {
    if (!wording.test(sentence)) continue;
    for (const [from, to] of [
      [a, b],
      [b, a],
    ] as const) {
      if (checkEndpoints(type, from.kind, to.kind) === null) return { from, type, to, status: suggestStatus(sentence) };
    }
  }
  return null;
}
