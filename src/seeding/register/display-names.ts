import { ADMINISTRATIVE_TYPE_WORDS as TYPE_WORDS, type GEMEINDEVERBAND_TYPES, type KREIS_TYPES } from '../../model';

type UnitType = (typeof KREIS_TYPES)[number] | (typeof GEMEINDEVERBAND_TYPES)[number];

/**
 * The register's own name of a unit, without the addition after its first comma ("Köln" of "Köln, Stadt",
 * "Rethem (Aller)" of "Rethem (Aller), Stadt"). A name that lists several places ("Oelsnitz/Vogtl., Bösenbrunn,
 * Eichigt und Triebel/Vogtl.") has no addition and is kept whole.
 */
export function withoutAddition(name: string): string {
  const comma = name.indexOf(', ');
  if (comma < 0) return name.trim();
  const rest = name.slice(comma + 2);
  if (rest.includes(', ') && rest.includes(' und ')) return name.trim();
  return name.slice(0, comma).trim();
}

/**
 * Names that say their kind already: "Rhein-Sieg-Kreis" and "Region Hannover" are Landkreise, "Amt Lütjenburg" an
 * Amt, "VVG der Stadt Herrenberg" a vereinbarte Verwaltungsgemeinschaft, "GVV Oberes Gäu" a
 * Gemeindeverwaltungsverband. Such a name takes no type word in front.
 */
const NAMES_ITS_KIND: Partial<Record<UnitType, RegExp>> = {
  KREIS: /kreis|^Region /i,
  LANDKREIS: /kreis|^Region /i,
  REGIONALVERBAND: /^Regionalverband /,
  AMT: /^Amt /,
  SAMTGEMEINDE: /^Samtgemeinde /,
  VERBANDSGEMEINDE: /^Verbandsgemeinde /,
  VERWALTUNGSGEMEINSCHAFT: /^(VVG|VG) |Verwaltungsgemeinschaft/,
  VERWALTUNGSVERBAND: /^(GVV|VVG) |verwaltungsverband/i,
};

/** The types whose words follow the name, after a comma ("Koblenz, kreisfreie Stadt"): the municipality acts. */
const AFTER_THE_NAME: ReadonlySet<UnitType> = new Set(['KREISFREIE_STADT', 'STADTKREIS', 'ERFUELLENDE_GEMEINDE']);

/**
 * The display name of a Kreis or Gemeindeverband, one rule for every row of the register: a kreisfreie Stadt or
 * Stadtkreis and an erfüllende Gemeinde are "<name>, <type>" ("Köln, kreisfreie Stadt", "Stuttgart, Stadtkreis"),
 * every other unit "<type> <name>" ("Landkreis Mayen-Koblenz", "Verbandsgemeinde Pellenz"), unless its name says
 * its kind already ("Rhein-Sieg-Kreis", "Region Hannover", "Regionalverband Saarbrücken").
 */
export function unitDisplayName(type: UnitType, registerName: string): string {
  const name = withoutAddition(registerName);
  if (AFTER_THE_NAME.has(type)) return `${name}, ${TYPE_WORDS[type]}`;
  if (NAMES_ITS_KIND[type]?.test(name)) return name;
  return `${TYPE_WORDS[type]} ${name}`;
}
