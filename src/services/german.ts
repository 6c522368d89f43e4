import type { NodeKind } from '../model';

/** What a German noun phrase needs of a node: its name, its kind and its type, if any. */
export interface NamedNode {
  name: string;
  kind: NodeKind;
  properties: Record<string, unknown>;
}

export type GermanCase = 'nom' | 'acc' | 'dat';
type Gender = 'm' | 'f' | 'n';

const ARTICLES: Record<GermanCase, Record<Gender, string>> = {
  nom: { m: 'der', f: 'die', n: 'das' },
  acc: { m: 'den', f: 'die', n: 'das' },
  dat: { m: 'dem', f: 'der', n: 'dem' },
};

/** A preposition and the article after it, as German writes them together ("an dem" is "am"). */
const CONTRACTIONS: Record<string, string> = {
  'an dem': 'am',
  'in dem': 'im',
  'zu dem': 'zum',
  'zu der': 'zur',
  'von dem': 'vom',
  'bei dem': 'beim',
};

/**
 * The endings of nouns that name what the graph holds, with their gender: a name whose first word ends so
 * ("Digitalbeirat Koblenz", "Verbandsgemeinde Pellenz", "Rhein-Sieg-Kreis") takes that noun's article. The
 * longest ending that matches decides ("Referat" is not a "Rat").
 */
const NOUN_ENDINGS: Record<string, Gender> = Object.fromEntries([
  ...'rat ausschuss kreis bezirk verband verein bund konzern antrag vorstand stab markt plan standard staat dienst fonds haushalt index'
    .split(' ')
    .map((e) => [e, 'm']),
  ...'ung heit keit schaft tät ion stadt gemeinde stelle gruppe fraktion schule akte nahme anfrage antwort region initiative plattform strategie agentur behörde konferenz kammer allianz akademie familie union norm taskforce'
    .split(' ')
    .map((e) => [e, 'f']),
  ...'amt referat dezernat netzwerk büro zentrum institut ministerium gremium forum portal projekt programm modell konzept gesetz land team management system labor unternehmen'
    .split(' ')
    .map((e) => [e, 'n']),
] as [string, Gender][]);
const ENDINGS_LONGEST_FIRST = Object.keys(NOUN_ENDINGS).sort((a, b) => b.length - a.length);

/** The noun a node's kind (or its type) is called by, for a name that does not say what it is ("Eurocities"). */
const KIND_NOUNS: Partial<Record<NodeKind, [string, Gender]>> = {
  Organisation: ['Organisation', 'f'],
  OrgUnit: ['Organisationseinheit', 'f'],
  Body: ['Gremium', 'n'],
  Role: ['Rolle', 'f'],
  Standard: ['Standard', 'm'],
  Project: ['Projekt', 'n'],
  Topic: ['Thema', 'n'],
  Document: ['Papier', 'n'],
  Kreis: ['Kreis', 'm'],
  Gemeindeverband: ['Gemeindeverband', 'm'],
  Regierungsbezirk: ['Regierungsbezirk', 'm'],
};

const TYPE_NOUNS: Record<string, [string, Gender]> = {
  NETWORK: ['Netzwerk', 'n'],
  ASSOCIATION: ['Verband', 'm'],
  COMPANY: ['Unternehmen', 'n'],
  PUBLIC_BODY: ['Behörde', 'f'],
  RESEARCH: ['Forschungseinrichtung', 'f'],
  STANDARDS_BODY: ['Normungsorganisation', 'f'],
  COUNCIL: ['Rat', 'm'],
  COMMITTEE: ['Ausschuss', 'm'],
  EXECUTIVE_BOARD: ['Vorstand', 'm'],
  ADVISORY_BOARD: ['Beirat', 'm'],
  STEERING_GROUP: ['Steuerungsgruppe', 'f'],
  WORKING_GROUP: ['Arbeitsgruppe', 'f'],
  DIN_SPEC: ['Norm', 'f'],
  LAW: ['Gesetz', 'n'],
  STRATEGY: ['Strategie', 'f'],
  REGULATION: ['Verordnung', 'f'],
  SPECIFICATION: ['Spezifikation', 'f'],
  PROJECT: ['Projekt', 'n'],
  PROGRAMME: ['Programm', 'n'],
  FUNDING: ['Förderprogramm', 'n'],
  PLATFORM: ['Plattform', 'f'],
  PLAN: ['Plan', 'm'],
  ROUND: ['Staffel', 'f'],
  RANKING: ['Ranking', 'n'],
  WEBSITE: ['Website', 'f'],
};

/** Kinds whose names are proper names, said without an article: "Koblenz", "Rheinland-Pfalz" (but "das Saarland"). */
const PROPER_NAMES: ReadonlySet<NodeKind> = new Set(['City', 'Land']);

function genderOfWord(word: string): Gender | null {
  const lower = word.toLowerCase().replace(/[^a-zäöüß]+$/, '');
  const ending = ENDINGS_LONGEST_FIRST.find((e) => lower.endsWith(e));
  return ending ? NOUN_ENDINGS[ending]! : null;
}

/** An adjective as a name writes it after no article ("Zuständiger", "Kommunales", "Europäische"), without its ending. */
function adjectiveStem(word: string): string | null {
  const match = /^(\p{Lu}[\p{L}-]*?)(e|er|es)$/u.exec(word);
  return match ? match[1]! : null;
}

/** The weak ending of an adjective after the definite article. */
function weakEnding(grammaticalCase: GermanCase, gender: Gender): string {
  return grammaticalCase === 'dat' || (grammaticalCase === 'acc' && gender === 'm') ? 'en' : 'e';
}

interface Phrase {
  article: string | null;
  words: string;
}

function phrase(node: NamedNode, grammaticalCase: GermanCase): Phrase {
  const { name } = node;
  const words = name.split(' ');
  const [first = '', second = ''] = words;
  if (name.includes(', ')) return { article: null, words: name };
  // A registered association is "der Verein", whatever its name says ("im IT.Stadt Koblenz e. V.").
  if (/\be\. ?V\.$/.test(name)) return { article: ARTICLES[grammaticalCase].m, words: name };
  const elliptic = first.endsWith('-') ? words.find((_w, i) => i > 0 && words[i - 1] === 'und') : undefined;
  const gender = genderOfWord(elliptic ?? first);
  if (gender && node.kind !== 'City') {
    return { article: ARTICLES[grammaticalCase][gender], words: name };
  }
  if (PROPER_NAMES.has(node.kind)) return { article: null, words: name };
  const stem = words.length > 1 ? adjectiveStem(first) : null;
  const headGender = stem ? genderOfWord(second) : null;
  if (stem && headGender) {
    const adjective = `${stem}${weakEnding(grammaticalCase, headGender)}`;
    return { article: ARTICLES[grammaticalCase][headGender], words: [adjective, ...words.slice(1)].join(' ') };
  }
  const type = node.properties.type;
  const [noun, nounGender] = (typeof type === 'string' ? TYPE_NOUNS[type] : undefined) ??
    KIND_NOUNS[node.kind] ?? ['Eintrag', 'm'];
  return { article: ARTICLES[grammaticalCase][nounGender], words: `${noun} ${name}` };
}

/**
 * A node as German names it in a sentence, in `grammaticalCase`, after `preposition` if given: a proper name as it
 * is ("zu Koblenz"), a name that says what it is with its article ("an den Digitalbeirat Koblenz", "zur
 * Verbandsgemeinde Pellenz"), any other after the noun of its type or kind ("am Projekt Smart City Navigator",
 * "im Netzwerk Eurocities"); a preposition and article that German writes as one word as that word.
 */
export function germanName(node: NamedNode, grammaticalCase: GermanCase, preposition?: string): string {
  const { article, words } = phrase(node, grammaticalCase);
  if (!article) return preposition ? `${preposition} ${words}` : words;
  if (!preposition) return `${article} ${words}`;
  const together = `${preposition} ${article}`;
  return `${CONTRACTIONS[together] ?? together} ${words}`;
}

/** A German reading's placeholder: "{from}", "{to:dat}", or a preposition with it, "an {to:dat}". */
const PLACEHOLDER = /(?:\b(an|auf|aus|bei|für|in|mit|über|von|zu) )?\{(from|to)(?::(nom|acc|dat|name))?\}/g;

/**
 * A relationship's German reading (the model's `reading.de`) with its ends named: "{from}" in the nominative,
 * "{to:acc}" or "{to:dat}" in that case, each after the preposition before it, "{to:name}" as the bare name after
 * a noun that says what it is ("die Rolle {to:name}"); the sentence begins with a capital.
 */
export function germanReading(reading: string, from: NamedNode, to: NamedNode): string {
  const sentence = reading.replace(
    PLACEHOLDER,
    (_match, preposition: string | undefined, end: 'from' | 'to', form: GermanCase | 'name' | undefined) => {
      const node = end === 'from' ? from : to;
      if (form === 'name') return preposition ? `${preposition} ${node.name}` : node.name;
      return germanName(node, form ?? 'nom', preposition);
    },
  );
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}
