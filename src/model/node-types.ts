/* The values of the node kinds' `type` and other enum properties, and their words. */

export const ORGANISATION_TYPES = [
  'ASSOCIATION',
  'COMPANY',
  'NETWORK',
  'PUBLIC_BODY',
  'RESEARCH',
  'STANDARDS_BODY',
] as const;

export const BODY_TYPES = [
  'COUNCIL',
  'COMMITTEE',
  'EXECUTIVE_BOARD',
  'ADVISORY_BOARD',
  'STEERING_GROUP',
  'WORKING_GROUP',
] as const;

export const STANDARD_TYPES = ['DIN_SPEC', 'LAW', 'STRATEGY', 'REGULATION', 'SPECIFICATION'] as const;

/** ROUND: one round (Staffel) of a programme's selection; RANKING: one year's edition of a ranking. */
export const PROJECT_TYPES = ['PROJECT', 'PROGRAMME', 'FUNDING', 'PLATFORM', 'PLAN', 'ROUND', 'RANKING'] as const;

export const DOCUMENT_TYPES = [
  'STELLUNGNAHME',
  'ANTWORT',
  'ANTRAG',
  'ANFRAGE',
  'KONZEPT',
  'WEBSITE',
  'BESCHLUSSVORLAGE',
  'MITTEILUNG',
  'VORLAGE',
] as const;

/** What a Document's date says; see Document.dateMeaning. */
export const DATE_MEANINGS = ['ISSUED', 'STATE_OF_DATA'] as const;
export const STATE_OF_DATA = 'STATE_OF_DATA';

/** What sort of municipality the register says it is (its Textkennzeichen 60–67). */
export const CITY_TYPES = [
  'MARKT',
  'KREISFREIE_STADT',
  'STADTKREIS',
  'STADT',
  'GEMEINDE',
  'GEMEINDEFREIES_GEBIET',
  'GEMEINDEFREIES_GEBIET_UNBEWOHNT',
  'GROSSE_KREISSTADT',
] as const;

/** The register's degree of urbanisation (Verstädterung, after Eurostat's DEGURBA): 01, 02 and 03. */
export const URBANISATION_DEGREES = ['DICHT_BESIEDELT', 'MITTLERE_BESIEDLUNGSDICHTE', 'GERING_BESIEDELT'] as const;

/** What sort of Kreis it is (Textkennzeichen 41–45). */
export const KREIS_TYPES = ['KREISFREIE_STADT', 'STADTKREIS', 'KREIS', 'LANDKREIS', 'REGIONALVERBAND'] as const;

/** What sort of Gemeindeverband it is (Textkennzeichen 51–58). */
export const GEMEINDEVERBAND_TYPES = [
  'AMT',
  'SAMTGEMEINDE',
  'VERBANDSGEMEINDE',
  'VERWALTUNGSGEMEINSCHAFT',
  'KIRCHSPIELSLANDGEMEINDE',
  'VERWALTUNGSVERBAND',
  'ERFUELLENDE_GEMEINDE',
] as const;

/**
 * The register's types in words: for the names and descriptions the register's nodes get, and for the explanations
 * the API gives ("both are a kreisfreie Stadt").
 */
export const ADMINISTRATIVE_TYPE_WORDS: Record<
  (typeof CITY_TYPES | typeof KREIS_TYPES | typeof GEMEINDEVERBAND_TYPES)[number],
  string
> = {
  KREISFREIE_STADT: 'kreisfreie Stadt',
  STADTKREIS: 'Stadtkreis',
  KREIS: 'Kreis',
  LANDKREIS: 'Landkreis',
  REGIONALVERBAND: 'Regionalverband',
  AMT: 'Amt',
  SAMTGEMEINDE: 'Samtgemeinde',
  VERBANDSGEMEINDE: 'Verbandsgemeinde',
  VERWALTUNGSGEMEINSCHAFT: 'Verwaltungsgemeinschaft',
  KIRCHSPIELSLANDGEMEINDE: 'Kirchspielslandgemeinde',
  VERWALTUNGSVERBAND: 'Verwaltungsverband',
  ERFUELLENDE_GEMEINDE: 'erfüllende Gemeinde',
  MARKT: 'Markt',
  STADT: 'Stadt',
  GEMEINDE: 'Gemeinde',
  GEMEINDEFREIES_GEBIET: 'gemeindefreies Gebiet',
  GEMEINDEFREIES_GEBIET_UNBEWOHNT: 'gemeindefreies Gebiet, unbewohnt',
  GROSSE_KREISSTADT: 'Große Kreisstadt',
};

/** The degrees of urbanisation in words, as Eurostat names them in English. */
export const URBANISATION_WORDS: Record<(typeof URBANISATION_DEGREES)[number], string> = {
  DICHT_BESIEDELT: 'densely populated',
  MITTLERE_BESIEDLUNGSDICHTE: 'of intermediate density',
  GERING_BESIEDELT: 'thinly populated',
};
