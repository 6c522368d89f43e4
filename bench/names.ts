import type { Random } from './rng';

/**
 * German-looking names for the generated nodes. They share words the way real ones do ("Digitalisierung",
 * "Stadtrat", "-berg"), so full-text search meets realistic posting lists, and some carry umlauts, so the
 * accent-folding analyzer has work to do.
 */

const CITY_PREFIXES = ['', '', '', 'Neu', 'Alt', 'Ober', 'Nieder', 'Groß', 'Klein', 'Hohen', 'Bad ', 'Sankt '];
const CITY_STEMS = [
  'Ahr Bach Birken Buchen Eichen Fichten Linden Rosen Stein Wald Wiesen Berg Mühl Kirch Brunn Hasel',
  'Erlen Wester Oster Sonnen Mar Lauter Schön Rot Weiß Grün Hain Fried Lieben Königs Rhein Mosel Lahn',
  'Main Elb Oder Fulda Saal',
].flatMap((line) => line.split(' '));
const CITY_SUFFIXES = [
  'berg burg dorf feld hausen heim stadt bach au furt ingen rode hagen stedt born wald hofen kirchen',
  'lingen münde brück weiler',
].flatMap((line) => line.split(' '));
const CITY_REGIONS = [' am Rhein', ' an der Mosel', ' im Taunus', ' (Westf.)', ' in der Pfalz', ' am Main'];

/** Fields of action, shared by units, projects, topics, roles and paper titles. */
export const SUBJECTS = [
  'Digitalisierung, Open Data, Smart City, E-Akte, E-Government, Breitband, IT-Sicherheit, Datenschutz',
  'Geodaten, Bürgerservice, Onlinedienste, Schuldigitalisierung, Mobilität, Klimaschutz',
  'Wirtschaftsförderung, Bürgerbeteiligung, Künstliche Intelligenz, Cloud, Rechenzentrum',
  'Personalentwicklung, Haushalt, Bauen, Verkehr, Energie, Gesundheit, Kultur, Tourismus, Bildung',
  'Soziales, Ordnung, Informationstechnik, Organisation, Statistik, Wahlen, Umwelt, Feuerwehr',
].flatMap((line) => line.split(', '));

/** Municipalities per Bundesland, as weights: Rheinland-Pfalz and Bayern have thousands, the city states one. */
export const STATES = {
  'Baden-Württemberg': 1101,
  Bayern: 2056,
  Berlin: 1,
  Brandenburg: 413,
  Bremen: 2,
  Hamburg: 1,
  Hessen: 421,
  'Mecklenburg-Vorpommern': 726,
  Niedersachsen: 941,
  'Nordrhein-Westfalen': 396,
  'Rheinland-Pfalz': 2301,
  Saarland: 52,
  Sachsen: 418,
  'Sachsen-Anhalt': 218,
  'Schleswig-Holstein': 1106,
  Thüringen: 605,
} as const;

const PARTIES = ['CDU', 'SPD', 'Grüne', 'FDP', 'Linke', 'Freie Wähler', 'Wählergruppe'];
const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];

export function cityName(rng: Random): string {
  const stem = rng.pick(CITY_STEMS);
  const suffix = rng.pick(CITY_SUFFIXES);
  const base = rng.pick(CITY_PREFIXES) + (rng.chance(0.5) ? stem.toLowerCase() : stem) + suffix;
  const name = base.charAt(0).toUpperCase() + base.slice(1);
  return rng.chance(0.08) ? name + rng.pick(CITY_REGIONS) : name;
}

/** The spelling without umlauts, as OCR and English sources give it. */
export function withoutUmlauts(text: string): string {
  return text.replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss').replace(/Ä/g, 'Ae');
}

export function orgUnitName(rng: Random, city: string): { name: string; code?: string } {
  const subject = rng.pick(SUBJECTS);
  const number = `${10 + rng.int(80)}`;
  switch (rng.int(4)) {
    case 0:
      return { name: `Amt für ${subject} ${city}`, code: number };
    case 1:
      return { name: `Dezernat ${rng.pick(ROMAN)} ${city}` };
    case 2:
      return { name: `Stabsstelle ${subject} ${city}`, code: `${number}.${10 + rng.int(80)}` };
    default:
      return { name: `Eigenbetrieb ${subject} ${city}`, code: `EB ${number}` };
  }
}

export const BODY_NAMES = {
  COUNCIL: (city: string) => `Stadtrat ${city}`,
  COMMITTEE: (city: string, subject: string) => `Ausschuss für ${subject} ${city}`,
  EXECUTIVE_BOARD: (city: string) => `Verwaltungsvorstand ${city}`,
  ADVISORY_BOARD: (city: string, subject: string) => `Beirat ${subject} ${city}`,
  STEERING_GROUP: (city: string, subject: string) => `Lenkungsgruppe ${subject} ${city}`,
  WORKING_GROUP: (city: string, subject: string) => `Arbeitsgruppe ${subject} ${city}`,
} as const;

export function localProjectName(rng: Random, city: string): string {
  const kind = rng.pick(['Einführung', 'Modernisierung', 'Konzept', 'Portal', 'Pilotprojekt', 'Strategie']);
  return `${kind} ${rng.pick(SUBJECTS)} ${city}`;
}

export function programmeName(rng: Random, index: number): string {
  const kind = rng.pick(['Förderprogramm', 'Modellprojekte', 'Landesprogramm', 'Plattform', 'Initiative']);
  return `${kind} ${rng.pick(SUBJECTS)} ${index + 1}`;
}

export function partyGroupName(rng: Random, city: string): string {
  return `${rng.pick(PARTIES)}-Fraktion ${city}`;
}

export function globalOrganisationName(rng: Random, type: string, index: number): string {
  const subject = rng.pick(SUBJECTS);
  switch (type) {
    case 'NETWORK':
      return `Netzwerk ${subject} ${index + 1}`;
    case 'COMPANY':
      return `${subject} Dienstleistungs-GmbH ${index + 1}`;
    case 'RESEARCH':
      return `Institut für ${subject} ${index + 1}`;
    case 'PUBLIC_BODY':
      return `Landesamt für ${subject} ${index + 1}`;
    case 'STANDARDS_BODY':
      return `Normenausschuss ${subject} ${index + 1}`;
    default:
      return `Verband ${subject} ${index + 1}`;
  }
}

export function roleName(rng: Random, index: number): string {
  const subject = rng.pick(SUBJECTS);
  return rng.pick([`${subject}-Beauftragte/r`, `${subject}-Manager/in`, `Leitung ${subject}`]) + ` ${index + 1}`;
}

export function standardName(rng: Random, type: string, index: number): { name: string; code?: string } {
  const subject = rng.pick(SUBJECTS);
  switch (type) {
    case 'DIN_SPEC':
      return { name: `DIN SPEC ${subject} ${index + 1}`, code: `DIN SPEC ${91000 + index}` };
    case 'LAW':
      return { name: `${subject}-Gesetz ${index + 1}` };
    case 'REGULATION':
      return { name: `Verordnung über ${subject} ${index + 1}` };
    default:
      return { name: `Strategie ${subject} ${index + 1}` };
  }
}

export const DOCUMENT_LABELS = {
  STELLUNGNAHME: ['ST', 'Stellungnahme'],
  ANTWORT: ['AW', 'Antwort'],
  ANTRAG: ['AT', 'Antrag'],
  ANFRAGE: ['AF', 'Anfrage'],
  KONZEPT: ['KO', 'Konzept'],
  WEBSITE: ['WEB', 'Webseite'],
} as const;

export function documentTitle(rng: Random): string {
  const subject = rng.pick(SUBJECTS);
  return rng.pick([
    `${subject} in der Verwaltung`,
    `Sachstand ${subject}`,
    `Umsetzung ${subject}`,
    `Konzept ${subject}`,
    `Antrag zur ${subject}`,
  ]);
}

/** A synthetic quote; its verbs are ones the phrasing rules tie to no status or type, as it goes with any fact. */
export function evidence(rng: Random): string {
  const verb = rng.pick(['arbeitet eng zusammen bei', 'befasst sich mit', 'unterstützt', 'berichtet über', 'erörtert']);
  return `Die Verwaltung ${verb} ${rng.pick(SUBJECTS)}, so die Vorlage.`;
}
