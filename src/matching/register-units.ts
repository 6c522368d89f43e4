import type { RegisterRow } from '../seeding/register/parse-register';
import { registerIds } from '../seeding/register/register-entries';
import { nameTokens } from './name-tokens';

/** A unit of the register a list's name may mean: a Gemeinde, a Gemeindeverband or a Kreis. */
export interface RegisterUnit {
  kind: 'City' | 'Gemeindeverband' | 'Kreis';
  /** The id of its node in the graph. */
  id: string;
  /** Its key: the AGS of a Gemeinde, the Regionalschlüssel of a Gemeindeverband (9 digits) or a Kreis (5). */
  key: string;
  /** The register's name, as it stands ("Halle (Saale), Stadt"). */
  registerName: string;
  land: string;
  /** The Regionalschlüssel of its Kreis. */
  kreis: string;
  /** Whether the register calls it a town (its addition says "Stadt", or it is a kreisfreie Stadt). */
  town: boolean;
  population?: number;
  /** The tokens of its name before the register's addition. */
  tokens: string[];
  /**
   * How many of them are the name itself, before a qualifier in brackets, after a slash or after a little word
   * ("Menden" of "Menden (Sauerland)", "Freiburg" of "Freiburg im Breisgau"): a list may leave out the rest.
   */
  core: number;
}

/** The little words that begin a place's qualifier: "im Breisgau", "b.München", "an der Brenz". */
export const QUALIFIER_WORDS = new Set(['a', 'am', 'an', 'auf', 'b', 'bei', 'i', 'im', 'in', 'ob', 'v', 'vor']);

function coreLength(name: string): number {
  const tokens = nameTokens(name.split(/[(/]/)[0]!);
  const qualifier = tokens.findIndex((token, i) => i > 0 && QUALIFIER_WORDS.has(token));
  return Math.max(1, qualifier < 0 ? tokens.length : qualifier);
}

/** 41 kreisfreie Stadt, 42 Stadtkreis (Kreise); 61, 62, 63, 67 the towns among the Gemeinden. */
const TOWN_CODES = new Set(['41', '42', '61', '62', '63', '67']);
/** 50: a verbandsfreie Gemeinde's row, which repeats the municipality and is no unit of its own. */
const VERBANDSFREI = '50';

/** The units of the register's rows that a name can mean, with their Land's name. */
export function registerUnits(rows: readonly RegisterRow[]): RegisterUnit[] {
  const lands = new Map(rows.filter((r) => r.recordType === 10).map((r) => [r.land, r.name]));
  const units: RegisterUnit[] = [];
  for (const row of rows) {
    const kreis = row.land + row.rb + row.kreis;
    const common = {
      registerName: row.name,
      land: lands.get(row.land) ?? row.land,
      kreis,
      town: TOWN_CODES.has(row.textCode) || /,.*\bstadt\b/i.test(row.name),
      tokens: nameTokens(row.name.split(',')[0]!),
      core: coreLength(row.name.split(',')[0]!),
      ...(row.population === undefined ? {} : { population: row.population }),
    };
    if (row.recordType === 40) units.push({ kind: 'Kreis', id: registerIds.kreis(kreis), key: kreis, ...common });
    else if (row.recordType === 50 && row.textCode !== VERBANDSFREI)
      units.push({ kind: 'Gemeindeverband', id: registerIds.verband(kreis + row.vb), key: kreis + row.vb, ...common });
    else if (row.recordType === 60) {
      const ags = kreis + row.gemeinde;
      units.push({ kind: 'City', id: registerIds.gemeinde(ags), key: ags, ...common });
    }
  }
  return units;
}
