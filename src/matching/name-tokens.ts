/** What a type word in a list's name says of the unit it names. */
export interface TypeHint {
  kind: 'City' | 'Gemeindeverband' | 'Kreis';
  /**
   * Whether the word calls it a town ("Stadt X") rather than a village or market ("Gemeinde X", "Markt X"), or a
   * Kreis rather than a kreisfreie Stadt ("Landkreis X").
   */
  town?: boolean;
}

const TOWN: TypeHint = { kind: 'City', town: true };
const VILLAGE: TypeHint = { kind: 'City', town: false };
const KREIS: TypeHint = { kind: 'Kreis', town: false };
const VERBAND: TypeHint = { kind: 'Gemeindeverband' };

/** The type words lists put before or after a name, as tokens (see nameTokens), the longest first. */
const TYPE_WORDS: [string[], TypeHint][] = (
  [
    ['freie und hansestadt', TOWN],
    ['freie hansestadt', TOWN],
    ['stadt der fernuniversitat', TOWN],
    ['grosse kreisstadt', TOWN],
    ['kreisfreie stadt', TOWN],
    ['landeshauptstadt', TOWN],
    ['universitatsstadt', TOWN],
    ['wissenschaftsstadt', TOWN],
    ['hansestadt', TOWN],
    ['kreisstadt', TOWN],
    ['bundesstadt', TOWN],
    ['klingenstadt', TOWN],
    ['kolpingstadt', TOWN],
    ['stadtverwaltung', TOWN],
    ['stadt', TOWN],
    ['ortsgemeinde', VILLAGE],
    ['marktgemeinde', VILLAGE],
    ['gemeinde', VILLAGE],
    ['markt', VILLAGE],
    ['flecken', VILLAGE],
    ['kreisverwaltung', KREIS],
    ['landkreis', KREIS],
    ['kreis', KREIS],
    ['lkr', KREIS],
    ['lk', KREIS],
    ['verbandsgemeinde', VERBAND],
    ['vg', VERBAND],
    ['samtgemeinde', VERBAND],
    ['sg', VERBAND],
    ['verwaltungsgemeinschaft', VERBAND],
    ['vgem', VERBAND],
    ['verwaltungsverband', VERBAND],
    ['gvv', VERBAND],
    ['amt', VERBAND],
  ] as [string, TypeHint][]
)
  .map(([word, hint]): [string[], TypeHint] => [word.split(' '), hint])
  .sort(([a], [b]) => b.length - a.length);

const FOLDED: Record<string, string> = { ä: 'a', ö: 'o', ü: 'u', ß: 'ss', é: 'e', è: 'e' };

/**
 * A name as comparable tokens: lower case, umlauts folded as lists miss them ("Düsseldorf", "Duesseldorf" and
 * "Dusseldorf" all become "dusseldorf"), punctuation, brackets and slashes as spaces; a hyphen joins one name
 * ("Münster-Sarmsheim" is no Münster).
 */
export function nameTokens(text: string): string[] {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[äöüßéè]/g, (c) => FOLDED[c]!)
    .replace(/([aou])e/g, '$1')
    .split(/[^a-z0-9-]+/)
    .map((token) => token.replace(/^-+|-+$/g, ''))
    .filter(Boolean);
}

/** Whether `tokens` start with the multi-word `word`. */
const startsWith = (tokens: string[], word: string[]) => word.every((w, i) => tokens[i] === w);

/**
 * The name without the type words a list adds, and what they say: "Landeshauptstadt Dusseldorf" is the town
 * "dusseldorf", "VG Hagenbach" the Gemeindeverband "hagenbach", "Halle (Saale), Stadt" the town "halle saale". An
 * addition after a comma that is no type word and no town's title ("Kassel, documenta-Stadt") stays part of the
 * name: "Rhein-Neckar, Verband Region" is no "Rhein-Neckar-Kreis".
 */
export function withoutTypeWords(text: string): { tokens: string[]; whole: string[]; hint?: TypeHint } {
  const comma = text.indexOf(',');
  const addition = comma < 0 ? [] : nameTokens(text.slice(comma + 1));
  const tokens = nameTokens(comma < 0 ? text : text.slice(0, comma));
  const prefix = TYPE_WORDS.find(([word]) => tokens.length > word.length && startsWith(tokens, word));
  const suffix =
    TYPE_WORDS.find(([word]) => startsWith(addition, word))?.[1] ??
    (addition.some((token) => token.endsWith('stadt')) ? TOWN : undefined);
  const hint = prefix?.[1] ?? suffix;
  const name = prefix ? tokens.slice(prefix[0].length) : tokens;
  const kept = suffix ? [] : addition;
  return { tokens: [...name, ...kept], whole: [...tokens, ...kept], ...(hint ? { hint } : {}) };
}
