import { kindLabels } from '../db/read';
import { ENTITY_LABEL, type NodeKind, type RelationshipType } from '../model';
import { DOCUMENT_KIND } from './paper-relationships';

// Identity helpers: the compiler checks every label and type the queries name against the model.
const kind = (name: NodeKind): string => name;
const type = (name: RelationshipType): string => name;

/** A clickable query of the guide: what it answers, and the read-only Cypher that answers it. */
export interface GuideQuery {
  question: string;
  cypher: string;
}

/** The guide's queries, each valid against the curated dataset with the register (the integration tests run them all). */
export const GUIDE_QUERIES = {
  schema: {
    question: 'Which kinds of node are linked by which relationship types?',
    cypher: 'CALL db.schema.visualization()',
  },
  kindCounts: {
    question: 'How many nodes of each kind does the graph hold?',
    cypher: `MATCH (n:${ENTITY_LABEL})
UNWIND ${kindLabels('n')} AS kind
RETURN kind, count(*) AS nodes
ORDER BY nodes DESC`,
  },
  paths: {
    question: 'How are Koblenz and Trier connected? The five shortest paths of up to four hops, papers left out.',
    cypher: `MATCH p = SHORTEST 5 (
  (a:${kind('City')} {id: 'koblenz'}) (()-[]-(step) WHERE NOT step:${DOCUMENT_KIND}){1,4} (b:${kind('City')} {id: 'trier'})
  WHERE all(i IN range(0, size(step) - 1) WHERE step[i] <> a AND NOT step[i] IN step[i + 1..])
)
RETURN p`,
  },
  smartCitiesOfLand: {
    question:
      'Which municipalities and Kreise of Nordrhein-Westfalen are Modellprojekte Smart Cities, in which round, and with whom?',
    cypher: `MATCH (land:${kind('Land')} {name: 'Nordrhein-Westfalen'})
MATCH p = (member)-[:${type('PARTICIPATES_IN')}]->(project:${kind('Project')})-[:${type('FUNDED_BY')}]->(round:${kind('Project')} {type: 'ROUND'})
WHERE round.id STARTS WITH 'modellprojekte-smart-cities-' AND (member)-[:${type('PART_OF')}*1..4]->(land)
OPTIONAL MATCH q = (project)<-[:${type('PARTICIPATES_IN')}]-(partner)
WHERE partner <> member
RETURN p, q`,
  },
  precedents: {
    question:
      'Which cities have established, or plan, a Chief Digital Officer, themselves or through one of their units?',
    cypher: `MATCH p = (c:${kind('City')})<-[:${type('PART_OF')}*0..2]-(holder)-[r:${type('HAS_ROLE')}]->(:${kind('Role')} {id: 'cdo'})
RETURN p`,
  },
  roles: {
    question: 'Which roles can be asked about, and how many cities and units hold each?',
    cypher: `MATCH (role:${kind('Role')})
OPTIONAL MATCH (holder)-[:${type('HAS_ROLE')}]->(role)
RETURN role.id AS id, role.name AS role, count(holder) AS holders
ORDER BY holders DESC, role`,
  },
  neighbourhood: {
    question: 'What is Koblenz linked to directly, apart from the papers it issued?',
    cypher: `MATCH p = (:${kind('City')} {id: 'koblenz'})-[]-(n)
WHERE NOT n:${DOCUMENT_KIND}
RETURN p`,
  },
  provenance: {
    question: 'Which paper asks for a Chief Digital Officer in Köln, and in what words?',
    cypher: `MATCH (:${kind('City')} {id: 'koeln'})-[r:${type('HAS_ROLE')}]->(:${kind('Role')} {id: 'cdo'})
MATCH (d:${DOCUMENT_KIND} {id: r.source})
RETURN r.status AS status, r.evidence AS evidence, d.reference AS paper, d.title AS title, d.date AS date, d.url AS url`,
  },
  aroundKoblenz: {
    question:
      'The Landkreis Mayen-Koblenz, around Koblenz: its Verbandsgemeinden and municipalities, from the register.',
    cypher: `MATCH p = (:${kind('Kreis')} {id: 'kreis-07137'})<-[:${type('PART_OF')}*1..2]-(:${kind('City')})
RETURN p`,
  },
  largestCities: {
    question: 'The largest cities of Rheinland-Pfalz, and what the graph knows of each beyond the register.',
    cypher: `MATCH (c:${kind('City')}) WHERE c.ags STARTS WITH '07' AND c.population IS NOT NULL
WITH c ORDER BY c.population DESC LIMIT 10
OPTIONAL MATCH (c)-[r]-(n) WHERE type(r) <> '${type('PART_OF')}' OR NOT n:${kind('Kreis')}|${kind('Gemeindeverband')}
RETURN c.name AS city, c.population AS population, count(r) AS facts, collect(DISTINCT n.name)[0..5] AS linkedTo
ORDER BY population DESC`,
  },
  paperFacts: {
    question: 'Which facts does one paper state?',
    cypher: `MATCH (a)-[r {source: 'koblenz-st-0078-2025'}]->(b)
RETURN a, r, b`,
  },
} as const satisfies Record<string, GuideQuery>;

export type GuideQueryName = keyof typeof GUIDE_QUERIES;
