import { ADMINISTRATIVE_TYPE_WORDS, URBANISATION_WORDS, type Language } from '../model';
import { germanName } from './german';
import type { NodeRecord } from '../db/read';

/** What makes two cities alike, each weighed into the score. */
export type SimilarityFactor = 'NEIGHBOURS' | 'SIZE' | 'TYPE' | 'URBANISATION' | 'LAND' | 'KREIS' | 'VERBAND';

/**
 * The weight of each factor; they add up to 1, so a score is between 0 and 1. What the cities are linked to counts
 * most; of the structure, size counts most, and sharing a Kreis or a Gemeindeverband adds to sharing the Land.
 */
export const SIMILARITY_WEIGHTS: Record<SimilarityFactor, number> = {
  NEIGHBOURS: 0.4,
  SIZE: 0.2,
  TYPE: 0.1,
  URBANISATION: 0.1,
  LAND: 0.1,
  KREIS: 0.05,
  VERBAND: 0.05,
};

export interface SimilarityReason {
  factor: SimilarityFactor;
  weight: number;
  /** How far the factor holds, from 0 to 1: the share of neighbours, the ratio of the populations, else 0 or 1. */
  value: number;
  /** The reason in words. */
  text: string;
}

/** The asked city as the similarity statement reads it. */
export interface Asked {
  name: string;
  population: number | null;
  type: keyof typeof ADMINISTRATIVE_TYPE_WORDS | null;
  urbanisation: keyof typeof URBANISATION_WORDS | null;
  state: string;
  neighbours: number;
  kreis: string | null;
  verband: string | null;
}

/** How far each factor holds for one candidate. */
export interface Factors {
  neighbours: number;
  size: number;
  sameType: boolean;
  sameUrbanisation: boolean;
  sameLand: boolean;
  sameKreis: boolean;
  sameVerband: boolean;
}

/** The type words that are feminine, for the indefinite article ("eine kreisfreie Stadt", but "ein Amt"). */
const FEMININE_TYPES = /(?:Stadt|Kreisstadt|Gemeinde|gemeinde|gemeinschaft)$/;

/** The degrees of urbanisation in German, as the register's Verstädterungsbezeichnung says them. */
const URBANISATION_WORDS_DE: Record<keyof typeof URBANISATION_WORDS, string> = {
  DICHT_BESIEDELT: 'dicht besiedelt',
  MITTLERE_BESIEDLUNGSDICHTE: 'von mittlerer Besiedlungsdichte',
  GERING_BESIEDELT: 'gering besiedelt',
};

const number = (n: number, language: Language) => n.toLocaleString(language === 'DE' ? 'de-DE' : 'en-US');

type Texts = Record<SimilarityFactor, (asked: Asked, other: { population?: unknown }, shared: NodeRecord[]) => string>;

const TEXTS: Record<Language, Texts> = {
  EN: {
    NEIGHBOURS: (asked, _other, shared) =>
      `shares ${shared.length} of the ${asked.neighbours === 1 ? 'one thing' : `${asked.neighbours} things`} ` +
      `${asked.name} is linked to: ${shared.map((node) => node.name).join(', ')}`,
    SIZE: (asked, other) =>
      `${number(Number(other.population), 'EN')} inhabitants against ${asked.name}'s ${number(asked.population ?? 0, 'EN')}`,
    TYPE: (asked) => `a ${ADMINISTRATIVE_TYPE_WORDS[asked.type!]}, as ${asked.name} is`,
    URBANISATION: (asked) => `${URBANISATION_WORDS[asked.urbanisation!]}, as ${asked.name} is`,
    LAND: (asked) => `in ${asked.state} too`,
    KREIS: (asked) => `in the same Kreis, ${asked.kreis}`,
    VERBAND: (asked) => `in the same Gemeindeverband, ${asked.verband}`,
  },
  DE: {
    NEIGHBOURS: (asked, _other, shared) =>
      `teilt ${asked.neighbours === 1 ? 'die eine Verknüpfung' : `${shared.length} der ${asked.neighbours} Verknüpfungen`} ` +
      `von ${asked.name}: ${shared.map((node) => node.name).join(', ')}`,
    SIZE: (asked, other) =>
      `${number(Number(other.population), 'DE')} Einwohner gegenüber ${number(asked.population ?? 0, 'DE')} in ${asked.name}`,
    TYPE: (asked) => {
      const word = ADMINISTRATIVE_TYPE_WORDS[asked.type!];
      return `${FEMININE_TYPES.test(word) ? 'eine' : 'ein'} ${word} wie ${asked.name}`;
    },
    URBANISATION: (asked) => `${URBANISATION_WORDS_DE[asked.urbanisation!]} wie ${asked.name}`,
    LAND: (asked) => `auch ${germanName({ name: asked.state, kind: 'Land', properties: {} }, 'dat', 'in')}`,
    KREIS: (asked) => `im selben Kreis: ${asked.kreis}`,
    VERBAND: (asked) => `im selben Gemeindeverband: ${asked.verband}`,
  },
};

/** The factors that hold, in words of `language`, strongest contribution first. */
export function similarityReasons(
  asked: Asked,
  other: { population?: unknown },
  shared: NodeRecord[],
  factors: Factors,
  language: Language,
): SimilarityReason[] {
  const texts = TEXTS[language];
  const reason = (factor: SimilarityFactor, value: number): SimilarityReason => ({
    factor,
    weight: SIMILARITY_WEIGHTS[factor],
    value,
    text: texts[factor](asked, other, shared),
  });
  const reasons: SimilarityReason[] = [];
  if (factors.neighbours > 0) reasons.push(reason('NEIGHBOURS', factors.neighbours));
  if (factors.size > 0) reasons.push(reason('SIZE', factors.size));
  if (factors.sameType && asked.type) reasons.push(reason('TYPE', 1));
  if (factors.sameUrbanisation && asked.urbanisation) reasons.push(reason('URBANISATION', 1));
  if (factors.sameLand) reasons.push(reason('LAND', 1));
  if (factors.sameKreis && asked.kreis) reasons.push(reason('KREIS', 1));
  if (factors.sameVerband && asked.verband) reasons.push(reason('VERBAND', 1));
  return reasons.sort((a, b) => b.weight * b.value - a.weight * a.value);
}

/** The reasons as one sentence: "Trier is like Koblenz: …", "Trier ähnelt Koblenz: …". */
export function similarityExplanation(name: string, asked: string, reasons: SimilarityReason[], language: Language) {
  const verb = language === 'DE' ? 'ähnelt' : 'is like';
  return `${name} ${verb} ${asked}: ${reasons.map((r) => r.text).join('; ')}.`;
}
