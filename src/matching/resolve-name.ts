import { registerIds } from '../seeding/register/register-entries';
import { nameTokens, withoutTypeWords, type TypeHint } from './name-tokens';
import { QUALIFIER_WORDS, type RegisterUnit } from './register-units';

/** A name as a list spells it, with what the list says besides. */
export interface NameQuery {
  name: string;
  /** The Land, by name ("Rheinland-Pfalz") or its two-digit key ("07"). */
  land?: string;
  /** The Kreis, by name ("Mayen-Koblenz", "Landkreis Kusel") or its five-digit Regionalschlüssel. */
  kreis?: string;
  /** The body's Wikidata item, where the list gives one. */
  wikidata?: string;
  /** The fewest inhabitants it can have, for a list that says so (a ranking of cities above 100,000). */
  minPopulation?: number;
}

/** How a name was matched: by a known Wikidata id, by the whole name, or by a name the list abbreviates. */
export type MatchRule = 'wikidata' | 'name' | 'abbreviation';

export type Resolution =
  | { status: 'matched'; unit: RegisterUnit; rule: MatchRule }
  /** Several units fit equally: the name alone does not say which. */
  | { status: 'ambiguous'; candidates: RegisterUnit[] }
  /** No unit fits; the candidates are the units whose name begins with the same word. */
  | { status: 'unknown'; candidates: RegisterUnit[] };

/** At most this many candidates are reported for an unknown name. */
const MAX_NEAR = 10;

/** The little words of a place's qualifier, which lists write, abbreviate or leave out: "im", "a. d.", "v. d.". */
const FILLERS = new Set([...QUALIFIER_WORDS, 'd', 'dem', 'den', 'der']);

/**
 * Whether each token of a list's name is its counterpart in the register's name or an abbreviation of it, one way
 * or the other ("br" of "breisgau"), the little words of a qualifier aside; the first token in full. The list may
 * leave out the register's qualifier ("Menden" for "Menden (Sauerland)"), not more ("Stadt" is no "Stadt Wehlen").
 */
function abbreviates(query: string[], unit: RegisterUnit): boolean {
  if (query.length === 0 || query[0] !== unit.tokens[0]) return false;
  const [first, ...rest] = query;
  const words = [first!, ...rest.filter((token) => !FILLERS.has(token))];
  const target = [unit.tokens[0]!, ...unit.tokens.slice(1).filter((token) => !FILLERS.has(token))];
  if (words.length > target.length || words.length < unit.core) return false;
  return words.every((token, i) => target[i]!.startsWith(token) || token.startsWith(target[i]!));
}

/** The name as spelt, umlauts kept: what tells "Münster" from "Munster" when a list writes them. */
const spelling = (text: string) =>
  text
    .toLowerCase()
    .split(/[^\p{L}\d]+/u)
    .filter(Boolean)
    .join(' ');

/** Maps names as lists spell them to the register's units; never guesses. */
export class NameResolver {
  private readonly byFirst = new Map<string, RegisterUnit[]>();
  private readonly byId = new Map<string, RegisterUnit>();

  /** `wikidata` maps Wikidata ids to unit ids, from curated entries and decisions recorded earlier. */
  constructor(
    units: readonly RegisterUnit[],
    private readonly wikidata: ReadonlyMap<string, string> = new Map(),
  ) {
    for (const unit of units) {
      this.byId.set(unit.id, unit);
      const first = unit.tokens[0];
      if (first === undefined) continue;
      const list = this.byFirst.get(first);
      if (list) list.push(unit);
      else this.byFirst.set(first, [unit]);
    }
  }

  /** The unit of a graph id ("ags-07111000", "kreis-07137"), if the register has it. */
  unit(id: string): RegisterUnit | undefined {
    return this.byId.get(id);
  }

  resolve(query: NameQuery): Resolution {
    const known = query.wikidata ? this.wikidata.get(query.wikidata) : undefined;
    const byWikidata = known ? this.byId.get(known) : undefined;
    if (byWikidata) return { status: 'matched', unit: byWikidata, rule: 'wikidata' };
    const within = this.within(query);
    const stripped = withoutTypeWords(query.name);
    const { whole } = stripped;
    const variants: { tokens: string[]; hint?: TypeHint }[] = [
      stripped,
      ...(stripped.tokens.join(' ') === whole.join(' ') ? [] : [{ tokens: whole }]),
    ];
    const rules = new Map<RegisterUnit, MatchRule>();
    for (const { tokens, hint } of variants) {
      const fitting = this.near(tokens).filter((unit) => within(unit) && abbreviates(tokens, unit));
      for (const unit of this.choose(fitting, hint)) {
        const exact = tokens.join(' ') === unit.tokens.join(' ');
        if (exact || !rules.has(unit)) rules.set(unit, exact ? 'name' : 'abbreviation');
      }
    }
    const chosen = this.spelt(query.name, [...rules.keys()]);
    if (chosen.length === 1) return { status: 'matched', unit: chosen[0]!, rule: rules.get(chosen[0]!)! };
    if (chosen.length > 1) return { status: 'ambiguous', candidates: chosen };
    const near = variants.flatMap(({ tokens }) => this.near(tokens));
    const nearWithin = near.filter(within);
    return { status: 'unknown', candidates: (nearWithin.length > 0 ? nearWithin : near).slice(0, MAX_NEAR) };
  }

  private near(tokens: string[]): RegisterUnit[] {
    return tokens[0] === undefined ? [] : (this.byFirst.get(tokens[0]) ?? []);
  }

  /**
   * Of several units whose names differ only in umlauts ("Münster", "Munster"), the ones spelt as the list spells
   * the name, if any is.
   */
  private spelt(name: string, units: RegisterUnit[]): RegisterUnit[] {
    if (units.length < 2 || new Set(units.map((unit) => unit.tokens.join(' '))).size > 1) return units;
    const wanted = spelling(withoutTypeWordsSpelt(name));
    const same = units.filter((unit) => spelling(unit.registerName.split(',')[0]!) === wanted);
    return same.length > 0 ? same : units;
  }

  /**
   * Narrows the units a name fits to the ones its type word allows. Without one, a name means a municipality where
   * one fits: a kreisfreie Stadt is a Gemeinde and a Kreis of one name, and a town often gives its Verband its name.
   */
  private choose(found: RegisterUnit[], hint: TypeHint | undefined): RegisterUnit[] {
    const units = hint?.kind === 'Kreis' ? found : [...new Set(found.map((unit) => this.municipalityOf(unit) ?? unit))];
    if (!hint) {
      const cities = units.filter((unit) => unit.kind === 'City');
      return cities.length > 0 ? cities : units;
    }
    const ofKind = units.filter((unit) => unit.kind === hint.kind);
    if (hint.town === undefined) return ofKind;
    const ofType = ofKind.filter((unit) => unit.town === hint.town);
    return ofType.length > 0 ? ofType : ofKind;
  }

  /** The one Gemeinde of a kreisfreie Stadt, for its Kreis. */
  private municipalityOf(unit: RegisterUnit): RegisterUnit | undefined {
    return unit.kind === 'Kreis' && unit.town ? this.byId.get(registerIds.gemeinde(`${unit.key}000`)) : undefined;
  }

  /** The test for the Land, Kreis and size a query names. */
  private within(query: NameQuery): (unit: RegisterUnit) => boolean {
    const land = query.land?.trim();
    const landTokens = land && !/^\d{2}$/.test(land) ? nameTokens(land).join(' ') : undefined;
    const kreise = query.kreis === undefined ? undefined : this.kreise(query.kreis);
    const minimum = query.minPopulation;
    return (unit) =>
      (land === undefined ||
        (landTokens === undefined ? unit.key.startsWith(land) : nameTokens(unit.land).join(' ') === landTokens)) &&
      (kreise === undefined || kreise.has(unit.kreis)) &&
      (minimum === undefined || unit.kind !== 'City' || (unit.population ?? 0) >= minimum);
  }

  private kreise(kreis: string): Set<string> {
    if (/^\d{5}$/.test(kreis.trim())) return new Set([kreis.trim()]);
    const resolved = this.resolve({ name: kreis.includes(',') ? kreis : `Kreis ${kreis}` });
    const units = resolved.status === 'matched' ? [resolved.unit] : resolved.candidates;
    return new Set(units.filter((unit) => unit.kind === 'Kreis').map((unit) => unit.kreis));
  }
}

/** The name before its addition, without a leading type word, as spelt. */
function withoutTypeWordsSpelt(name: string): string {
  const base = name.split(',')[0]!.trim();
  const { tokens } = withoutTypeWords(base);
  const words = base.split(/[^\p{L}\d]+/u).filter(Boolean);
  return words.slice(words.length - tokens.length).join(' ');
}
