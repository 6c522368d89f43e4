import fs from 'node:fs';
import path from 'node:path';
import { nameTokens } from '../matching/name-tokens';
import {
  isProgrammeFact,
  leadEntry,
  programmeEntries,
  slug,
  type LeadFact,
  type ProgrammeFact,
} from './build-programmes';
import type { MatchFile } from './matches';

/** A source page as lists/web keeps it: where it is, the passages quoted from it, and the facts they state. */
export interface WebSource {
  id: string;
  url: string;
  publisher: string;
  title: string;
  publicationDate: string | null;
  retrievedDate: string;
  passages: string[];
  facts: WebFact[];
}

export type WebFact =
  | {
      type: 'smart-city';
      round: number;
      project: string;
      category: string | null;
      members: string[];
      landHint: string | null;
      quote: string;
    }
  | { type: 'ranking'; ranking: string; year: number; rank: number; city: string; points: number | null; quote: string }
  | { type: 'membership'; city: string; organisation: string; quote: string }
  | LeadFact
  | ProgrammeFact
  | { type: 'other'; subjects?: string[]; programme?: undefined; quote: string };

export const PROGRAMME = { id: 'modellprojekte-smart-cities', name: 'Modellprojekte Smart Cities' };
const roundId = (year: number) => `${PROGRAMME.id}-${year}`;
const editionId = (year: number) => `bitkom-smart-city-index-${year}`;
/** Bitkom's Smart City Index ranks the German cities of more than 100,000 inhabitants. */
const RANKED_CITIES_FROM = 100_000;
/** Eurocities' members are large cities; the size tells Münster from Munster. */
const NETWORK_CITIES_FROM = 100_000;

/** The sources in `dir`, brochures and announcements with categories first, so that their names name projects. */
export function readWebSources(dir: string): WebSource[] {
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8')) as WebSource);
}

/** The text a source keeps in the repository: its address, dates and the passages quoted. */
export function sourceText(source: WebSource): string {
  return [
    source.title,
    `Publisher: ${source.publisher}`,
    `URL: ${source.url}`,
    `Published: ${source.publicationDate ?? 'not stated'}. Retrieved: ${source.retrievedDate}.`,
    '',
    ...source.passages.flatMap((passage) => [passage, '']),
  ].join('\n');
}

/**
 * The curated entries the sources give: each source as a Document, the programme, its rounds and projects with
 * their members, the ranking's editions with places and points, and network memberships. `idOf` turns a register
 * id into the id the graph uses for it (a curated city keeps its own).
 */
export function webEntries(sources: WebSource[], matches: MatchFile, idOf: (registerId: string) => string) {
  const nodes = new Map<string, Record<string, unknown>>();
  const relationships = new Map<string, Record<string, unknown>>();
  const add = (r: Record<string, unknown>) => relationships.set(`${r.from}|${r.type}|${r.to}|${r.source}`, r);
  const member = (name: string, land: string | null, minPopulation?: number) => {
    const id = matches.decide({ name, ...(land ? { land } : {}), ...(minPopulation ? { minPopulation } : {}) });
    return id === null ? null : idOf(id);
  };
  nodes.set(PROGRAMME.id, {
    kind: 'Project',
    id: PROGRAMME.id,
    name: PROGRAMME.name,
    aliases: ['MPSC', 'Modellprojekte Smart Cities (BMI, KfW)'],
    description:
      'Förderprogramm des Bundes für Modellprojekte Smart Cities, ausgewählt in drei Staffeln 2019, 2020 und 2021.',
    type: 'PROGRAMME',
    website: 'https://www.smart-city-dialog.de/',
  });
  const ordered = [...sources].sort((a, b) => Number(b.id.includes('brochure')) - Number(a.id.includes('brochure')));
  for (const source of ordered) {
    const doc = source.id;
    nodes.set(doc, {
      kind: 'Document',
      id: doc,
      name: `${source.publisher}: ${source.title}`,
      description: `Webseite von ${source.publisher}; zitiert sind nur die Stellen, die die Fakten nennen.`,
      type: 'WEBSITE',
      title: source.title,
      ...(source.publicationDate && /^\d{4}-\d{2}-\d{2}$/.test(source.publicationDate)
        ? { date: source.publicationDate }
        : {}),
      url: source.url,
      file: `seed/lists/${doc}.txt`,
    });
    const programmeQuote = source.facts.find(
      (f) => f.type === 'other' && (f.subjects ?? []).includes(PROGRAMME.name),
    )?.quote;
    for (const fact of source.facts) {
      if (fact.type === 'smart-city') {
        const round = roundId(fact.round);
        nodes.set(round, {
          kind: 'Project',
          id: round,
          name: `${PROGRAMME.name}, Staffel ${fact.round}`,
          description: `Die Auswahl der Modellprojekte Smart Cities im Jahr ${fact.round}.`,
          type: 'ROUND',
          year: fact.round,
        });
        if (programmeQuote)
          add({ from: round, type: 'PART_OF', to: PROGRAMME.id, source: doc, evidence: programmeQuote });
        const ids = fact.members.map((name) => member(name, fact.landHint));
        const lead = ids[0] ?? null;
        const id = `mpsc-${fact.round}-${lead ?? slug(nameTokens(fact.project).sort().join(' '))}`;
        const known = nodes.get(id);
        nodes.set(id, {
          kind: 'Project',
          id,
          name: known?.name ?? `Modellprojekt Smart Cities ${fact.round}: ${fact.project}`,
          description: `Modellprojekt Smart Cities der Staffel ${fact.round}.`,
          type: 'PROJECT',
          year: fact.round,
          ...((known?.category ?? fact.category) ? { category: known?.category ?? fact.category } : {}),
        });
        add({ from: id, type: 'FUNDED_BY', to: round, source: doc, evidence: fact.quote });
        for (const unit of ids)
          if (unit) add({ from: unit, type: 'PARTICIPATES_IN', to: id, source: doc, evidence: fact.quote });
      } else if (fact.type === 'ranking') {
        const edition = editionId(fact.year);
        nodes.set(edition, {
          kind: 'Project',
          id: edition,
          name: `Bitkom Smart City Index ${fact.year}`,
          description: `Die Ausgabe ${fact.year} des Smart City Index des Bitkom, der die deutschen Großstädte nach ihrer Digitalisierung ordnet.`,
          type: 'RANKING',
          year: fact.year,
          website: 'https://www.bitkom.org/Smart-City-Index',
        });
        const city = member(fact.city, null, RANKED_CITIES_FROM);
        if (city)
          add({
            from: city,
            type: 'RANKED_IN',
            to: edition,
            source: doc,
            place: fact.rank,
            ...(typeof fact.points === 'number' ? { points: fact.points } : {}),
            evidence: fact.quote,
          });
      } else if (fact.type === 'membership' && /eurocities/i.test(fact.organisation)) {
        const city = member(fact.city, null, NETWORK_CITIES_FROM);
        if (city) add({ from: city, type: 'MEMBER_OF', to: 'eurocities', source: doc, evidence: fact.quote });
      } else if (isProgrammeFact(fact)) {
        const entries = programmeEntries(fact, doc, member);
        for (const node of entries.nodes) nodes.set(String(node.id), { ...nodes.get(String(node.id)), ...node });
        entries.relationships.forEach(add);
      }
    }
  }
  for (const organisation of matches.organisations()) nodes.set(String(organisation.id), organisation);
  // A lead names its project by the round it is in: after every project has its members.
  const unplacedLeads: string[] = [];
  for (const source of ordered)
    for (const fact of source.facts) {
      if (fact.type !== 'lead') continue;
      const lead = leadEntry(fact, source.id, member, relationships.values());
      if (lead) add(lead);
      else unplacedLeads.push(`${fact.lead} (${fact.round}, ${source.id})`);
    }
  return { nodes: [...nodes.values()], relationships: [...relationships.values()], unplacedLeads };
}
