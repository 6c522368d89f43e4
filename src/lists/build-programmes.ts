import { nameTokens } from '../matching/name-tokens';

/** A Land's programme as a source states it: who took part, alone or together, and who leads a joint project. */
export interface ProgrammeFact {
  type: 'other';
  programme: string;
  subjects: string[];
  /** The one the source names as leading the subjects' joint project (a "Leitkommune"). */
  lead?: string;
  /** Whether the subjects took part as one joint project, though the source names no lead. */
  joint?: boolean;
  landHint: string | null;
  quote: string;
}

/** A source's statement that one member leads its project of a round of the Modellprojekte Smart Cities. */
export interface LeadFact {
  type: 'lead';
  round: number;
  lead: string;
  landHint: string | null;
  quote: string;
}

type Entry = Record<string, unknown>;
type Member = (name: string, land: string | null) => string | null;

export const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[äöüß]/g, (c) => ({ ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' })[c]!)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

export const isProgrammeFact = (fact: { type: string; programme?: unknown }): fact is ProgrammeFact =>
  fact.type === 'other' && typeof fact.programme === 'string';

/**
 * The entries of one programme fact: the programme, and either each subject taking part in it, or (for a joint
 * project, with or without a lead) the project as part of the programme, its members and its lead. A subject the
 * register does not have is left out; a joint project keeps the members it has.
 */
export function programmeEntries(fact: ProgrammeFact, doc: string, member: Member) {
  const nodes: Entry[] = [];
  const relationships: Entry[] = [];
  const programme = slug(fact.programme);
  nodes.push({
    kind: 'Project',
    id: programme,
    name: fact.programme,
    description: `Förderprogramm${fact.landHint ? ` des Landes ${fact.landHint}` : ''}: ${fact.programme}.`,
    type: 'PROGRAMME',
  });
  const ids = fact.subjects.map((name) => member(name, fact.landHint));
  const cite = { source: doc, evidence: fact.quote };
  if (fact.lead === undefined && fact.joint !== true) {
    for (const id of ids) if (id) relationships.push({ from: id, type: 'PARTICIPATES_IN', to: programme, ...cite });
    return { nodes, relationships };
  }
  const project = `${programme}-${ids.find((id) => id !== null) ?? slug(nameTokens(fact.subjects.join(' ')).join(' '))}`;
  nodes.push({
    kind: 'Project',
    id: project,
    name: `${fact.programme}: ${fact.subjects.join(', ')}`,
    description: `Gemeinsames Vorhaben im Programm ${fact.programme}.`,
    type: 'PROJECT',
  });
  relationships.push({ from: project, type: 'PART_OF', to: programme, ...cite });
  for (const id of ids) if (id) relationships.push({ from: id, type: 'PARTICIPATES_IN', to: project, ...cite });
  const lead = fact.lead === undefined ? null : member(fact.lead, fact.landHint);
  if (lead) relationships.push({ from: lead, type: 'LEADS', to: project, ...cite });
  return { nodes, relationships };
}

/**
 * The LEADS fact a lead statement gives: to the one project of its round that the lead takes part in, as the
 * round's sources state it; none when the lead is unknown or takes part in no project, or in several, of the round.
 */
export function leadEntry(fact: LeadFact, doc: string, member: Member, relationships: Iterable<Entry>): Entry | null {
  const lead = member(fact.lead, fact.landHint);
  if (!lead) return null;
  const projects = new Set<string>();
  for (const r of relationships)
    if (r.from === lead && r.type === 'PARTICIPATES_IN' && String(r.to).startsWith(`mpsc-${fact.round}-`))
      projects.add(String(r.to));
  if (projects.size !== 1) return null;
  return { from: lead, type: 'LEADS', to: [...projects][0], source: doc, evidence: fact.quote };
}
