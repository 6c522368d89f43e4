import fs from 'node:fs';
import { CORE_SCHEMA, dump, load } from 'js-yaml';
import type { NameQuery, NameResolver } from '../matching/resolve-name';
import { ORGANISATION_TYPES } from '../model';

/** A body outside the register that a list names as taking part, kept as an Organisation node of the lists. */
export interface ListOrganisation {
  name: string;
  type: (typeof ORGANISATION_TYPES)[number];
  description: string;
}

/**
 * One name of a list and the register unit it means: what the resolver found, or what a curator decided (with
 * `basis`, the reason), or null with the candidates when neither decided.
 */
export interface Match {
  name: string;
  land?: string;
  id: string | null;
  /** Why a curator chose `id` (or left it null); a match with a basis is kept as it is on every run. */
  basis?: string;
  /** A curator's decision that the name means no unit of the register but this organisation, whose id is `id`. */
  organisation?: ListOrganisation;
  candidates?: string[];
}

const keyOf = (name: string, land?: string) => `${name} | ${land ?? ''}`;

/** The decisions a list's names have, read from and written back to one YAML file. */
export class MatchFile {
  private readonly matches = new Map<string, Match>();
  private readonly used = new Set<string>();

  constructor(
    private readonly file: string,
    private readonly resolver: NameResolver,
  ) {
    if (!fs.existsSync(file)) return;
    for (const match of (load(fs.readFileSync(file, 'utf8'), { schema: CORE_SCHEMA }) as Match[] | null) ?? []) {
      if (match.organisation) checkOrganisation(file, match);
      this.matches.set(keyOf(match.name, match.land), match);
    }
  }

  /** The unit id a name means: a curator's decision first, else the resolver's unambiguous answer, else null. */
  decide(query: NameQuery & { land?: string }): string | null {
    const key = keyOf(query.name, query.land);
    this.used.add(key);
    const decided = this.matches.get(key);
    if (decided?.basis !== undefined) return decided.id;
    const resolution = this.resolver.resolve(query);
    const match: Match =
      resolution.status === 'matched'
        ? { name: query.name, ...(query.land ? { land: query.land } : {}), id: resolution.unit.id }
        : {
            name: query.name,
            ...(query.land ? { land: query.land } : {}),
            id: null,
            candidates: resolution.candidates.map((u) => `${u.id} ${u.registerName} (${u.land})`),
          };
    this.matches.set(key, match);
    return match.id;
  }

  /** The names left undecided: neither the resolver nor a curator named their unit (or said there is none). */
  undecided(): Match[] {
    return [...this.matches.values()].filter(
      (m) => m.id === null && m.basis === undefined && this.used.has(keyOf(m.name, m.land)),
    );
  }

  /** The organisations that the names used in this run mean, one node each, by id. */
  organisations(): Record<string, unknown>[] {
    const nodes = new Map<string, Record<string, unknown>>();
    for (const [key, match] of this.matches)
      if (match.organisation && match.id && this.used.has(key))
        nodes.set(match.id, { kind: 'Organisation', id: match.id, ...match.organisation });
    return [...nodes.values()];
  }

  /** Writes the names used in this run, sorted, with their decisions. */
  save(header: string): void {
    const used = [...this.matches.entries()]
      .filter(([key]) => this.used.has(key))
      .sort(([a], [b]) => a.localeCompare(b, 'de'))
      .map(([, match]) => match);
    fs.writeFileSync(this.file, `${header}\n${dump(used, { lineWidth: 120, quotingType: "'" })}`);
  }
}

/** An organisation decision needs its id, a basis, and a type of the model: else the list would name a node it lacks. */
function checkOrganisation(file: string, match: Match): void {
  const { organisation } = match;
  const problem =
    match.id === null
      ? 'has no id'
      : match.basis === undefined
        ? 'has no basis'
        : !ORGANISATION_TYPES.includes(organisation!.type)
          ? `has type "${organisation!.type}", not one of ${ORGANISATION_TYPES.join(', ')}`
          : !organisation!.name || !organisation!.description
            ? 'lacks its name or description'
            : null;
  if (problem) throw new Error(`${file}: the organisation that "${match.name}" means ${problem}`);
}
