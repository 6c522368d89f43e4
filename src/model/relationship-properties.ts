import { ID_PATTERN, type PropertySpec, type PropertyValues } from './properties';
import { DEFAULT_STATUS, STATUS_NAMES } from './statuses';

/** Properties a relationship may carry. `from`, `type` and `to` are its endpoints, not properties. */
export const RELATIONSHIP_PROPERTIES = {
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
  place: {
    spec: { type: 'number', integer: true, min: 1 },
    description: 'The place in a ranking, 1 the first.',
  },
  points: { spec: { type: 'number', min: 0, unit: 'points' }, description: 'The points a ranking gave.' },
  url: { spec: { type: 'url' }, description: 'Where it is published, e.g. the OParl System of a council.' },
  about: {
    spec: { type: 'string', pattern: ID_PATTERN, hint: 'the id of a node' },
    reference: true,
    description: 'The id of the node the relationship is about, e.g. the law two cities cooperate on.',
  },
} as const satisfies Record<string, PropertySpec>;

/** A relationship's properties as the services hand them upward. */
export type RelationshipProperties = PropertyValues<typeof RELATIONSHIP_PROPERTIES>;
