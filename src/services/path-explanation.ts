import {
  CONNECTION_KINDS,
  RELATIONSHIP_TYPES,
  STATUS_READINGS,
  type AdministrativeLevel,
  type Language,
} from '../model';
import { germanName, germanReading } from './german';
import type { NodeRecord, RelationshipRecord } from '../db/read';

/** The paper a step cites, as far as the explanation names it. */
export interface CitedPaper {
  name: string;
  reference: string | null;
  date: string | null;
}

/** A path as the explanation reads it: its nodes, its steps, and for each step its paper and the name of its `about`. */
export interface ExplainedPathInput {
  nodes: NodeRecord[];
  steps: RelationshipRecord[];
  papers: (CitedPaper | null)[];
  aboutNames: (string | null)[];
}

export interface PathStrength {
  /** 0 to 1: the weakest step's strength, less for each step beyond the first. */
  value: number;
  /** How the value came about, step by step. */
  reasons: string[];
}

/** Each step beyond the first weakens a path by this factor: a direct connection says more than a chain. */
export const STEP_DECAY = 0.8;

/** The administrative levels whose sharing a path explains as such: the ones that do work for their members. */
const SHARED_LEVELS: Partial<Record<AdministrativeLevel, Record<Language, string>>> = {
  Kreis: { DE: 'im selben Kreis', EN: 'in the same Kreis' },
  Gemeindeverband: { DE: 'im selben Gemeindeverband', EN: 'in the same Gemeindeverband' },
};

const WORDS = {
  DE: {
    about: (name: string) => ` zum Thema ${name}`,
    both: (a: NodeRecord, b: NodeRecord) => `${capitalised(germanName(a, 'nom'))} und ${germanName(b, 'nom')} liegen`,
    together: (a: NodeRecord, b: NodeRecord, project: NodeRecord) =>
      `${capitalised(germanName(a, 'nom'))} und ${germanName(b, 'nom')} nahmen gemeinsam ${germanName(project, 'dat', 'an')} teil`,
  },
  EN: {
    about: (name: string) => ` on ${name}`,
    both: (a: NodeRecord, b: NodeRecord) => `${a.name} and ${b.name} lie`,
    together: (a: NodeRecord, b: NodeRecord, project: NodeRecord) =>
      `${a.name} and ${b.name} took part together in ${project.name}`,
  },
};

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The relationship types by which a node takes part in a project. */
const TAKING_PART: readonly string[] = ['PARTICIPATES_IN', 'LEADS'];

/** Whether steps i and i+1 meet at a project both neighbours take part in. */
function sharedProjectAt(input: ExplainedPathInput, i: number): boolean {
  const [into, outOf] = [input.steps[i], input.steps[i + 1]];
  if (!into || !outOf || input.nodes[i + 1]!.kind !== 'Project') return false;
  if (!TAKING_PART.includes(into.type) || !TAKING_PART.includes(outOf.type)) return false;
  return into.direction === 'OUTGOING' && outOf.direction === 'INCOMING';
}

/** 2019-08-23 as 23.08.2019 in German, a month 2017-11 as 11/2017, a year as it is; ISO in English. */
export function formatDate(date: string, language: Language): string {
  if (language === 'EN') return date;
  const [year, month, day] = date.split('-');
  return day ? `${day}.${month}.${year}` : month ? `${month}/${year}` : year!;
}

/** A paper's label with its date, unless the label says the date already ("Sitzung vom 22.11.2021"). */
function citation(paper: CitedPaper | null, status: string | null, language: Language): string {
  const label = paper?.reference ?? paper?.name ?? null;
  const date = paper?.date ?? null;
  const named = date !== null && label !== null && [date, formatDate(date, 'DE')].some((d) => label.includes(d));
  const parts = [label, date && !named ? formatDate(date, language) : null].filter(
    (part): part is string => part !== null,
  );
  const cited = parts.join(', ');
  if (status && cited) return ` (${status}; ${cited})`;
  return status || cited ? ` (${status ?? cited})` : '';
}

/** The fact of one step in words, in its own direction: "Koblenz kooperiert mit Trier zum Thema Onlinezugangsgesetz (…)". */
export function stepSentence(input: ExplainedPathInput, i: number, language: Language): string {
  const step = input.steps[i]!;
  const before = input.nodes[i]!;
  const after = input.nodes[i + 1]!;
  const [from, to] = step.direction === 'OUTGOING' ? [before, after] : [after, before];
  const { reading } = RELATIONSHIP_TYPES[step.type];
  const fact =
    language === 'DE'
      ? germanReading(reading.de, from, to)
      : reading.en.replace('{from}', from.name).replace('{to}', to.name);
  const about = input.aboutNames[i];
  const status = STATUS_READINGS[step.status][language === 'DE' ? 'de' : 'en'];
  return `${fact}${about ? WORDS[language].about(about) : ''}${citation(input.papers[i] ?? null, status, language)}.`;
}

/** Whether steps i and i+1 meet at a Kreis or Gemeindeverband that both neighbours belong to. */
function sharedUnitAt(input: ExplainedPathInput, i: number): Record<Language, string> | null {
  const [into, outOf] = [input.steps[i], input.steps[i + 1]];
  const unit = input.nodes[i + 1]!;
  if (!into || !outOf || into.type !== 'PART_OF' || outOf.type !== 'PART_OF') return null;
  if (into.direction !== 'OUTGOING' || outOf.direction !== 'INCOMING') return null;
  return SHARED_LEVELS[unit.kind as AdministrativeLevel] ?? null;
}

/**
 * One sentence per step, in `language`; two steps that meet at a Kreis or Gemeindeverband both ends belong to
 * become one sentence that says they share it, and two that meet at a project both take part in one that says
 * they took part together.
 */
export function explainPath(input: ExplainedPathInput, language: Language): string[] {
  const sentences: string[] = [];
  for (let i = 0; i < input.steps.length; i++) {
    const shared = sharedUnitAt(input, i);
    if (sharedProjectAt(input, i)) {
      const [a, project, b] = [input.nodes[i]!, input.nodes[i + 1]!, input.nodes[i + 2]!];
      const cited = citation(input.papers[i] ?? null, null, language);
      sentences.push(`${WORDS[language].together(a, b, project)}${cited}.`);
      i += 1;
    } else if (shared) {
      const [a, unit, b] = [input.nodes[i]!, input.nodes[i + 1]!, input.nodes[i + 2]!];
      const cited = citation(input.papers[i] ?? null, null, language);
      sentences.push(`${WORDS[language].both(a, b)} ${shared[language]}: ${unit.name}${cited}.`);
      i += 1;
    } else {
      sentences.push(stepSentence(input, i, language));
    }
  }
  return sentences;
}

const round = (value: number) => Math.round(value * 1000) / 1000;

/**
 * How strong a connection the path shows: each step counts by its kind of connection (the model's
 * CONNECTION_KINDS) times its status (STATUS_READINGS); the path is as strong as its weakest step, and each step
 * beyond the first multiplies by STEP_DECAY.
 */
export function pathStrength(steps: RelationshipRecord[]): PathStrength {
  const reasons: string[] = [];
  let weakest = 1;
  steps.forEach((step, i) => {
    const connection = RELATIONSHIP_TYPES[step.type].connection;
    const byKind = CONNECTION_KINDS[connection].strength;
    const byStatus = STATUS_READINGS[step.status].strength;
    const value = byKind * byStatus;
    weakest = Math.min(weakest, value);
    reasons.push(
      `step ${i + 1}, ${step.type}: ${connection.toLowerCase()} ${byKind} × ${step.status.toLowerCase()} ${byStatus} = ${round(value)}`,
    );
  });
  const decay = STEP_DECAY ** Math.max(0, steps.length - 1);
  reasons.push(`weakest step ${round(weakest)}`);
  if (steps.length > 1) reasons.push(`${steps.length} steps: × ${STEP_DECAY}^${steps.length - 1} = × ${round(decay)}`);
  return { value: round(weakest * decay), reasons };
}
