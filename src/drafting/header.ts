import type { DOCUMENT_TYPES } from '../model';

/** What the head of a council paper says about the paper itself. */
export interface PaperHeader {
  type: (typeof DOCUMENT_TYPES)[number];
  reference: string | null;
  date: string | null;
  title: string | null;
  /** The unit named as Verfasser, as written. */
  author: string | null;
  /** The body of the Gremienweg, as written, and the session's date. */
  body: string | null;
  sessionDate: string | null;
  /** The reference of the motion or inquiry it answers, or its wording when it has none. */
  respondsTo: string | null;
}

const GERMAN_DATE = /(\d{2})\.(\d{2})\.\s*(\d)\s*(\d)\s*(\d)\s*(\d)/;

/** The text with markup of the extraction (tables, bold, check boxes, tags) taken out, lines kept. */
export function plainText(text: string): string {
  return text
    .replace(/<input[^>]*>/g, ' ')
    .replace(/<\/?[a-z]+>/g, '')
    .replace(/\*\*/g, '')
    .split('\n')
    .map((line) =>
      line
        .replace(/^\s*\|/, '')
        .replace(/\|/g, '  ')
        .replace(/-{3,}/g, '')
        .trimEnd(),
    )
    .join('\n');
}

/** A German date, also when the extraction broke its digits over lines ("26.06.202\n5"), as YYYY-MM-DD. */
function isoDate(text: string | undefined): string | null {
  const match = text ? GERMAN_DATE.exec(text) : null;
  return match ? `${match.slice(3, 7).join('')}-${match[2]}-${match[1]}` : null;
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The text between a label line ("Betreff:") and the next label, as one line. */
function after(text: string, label: RegExp, until: RegExp): string | null {
  const start = label.exec(text);
  if (!start) return null;
  const rest = text.slice(start.index + start[0].length);
  const end = until.exec(rest);
  const value = squash(end ? rest.slice(0, end.index) : rest);
  return value === '' ? null : value;
}

function paperType(head: string): PaperHeader['type'] {
  if (/^\s*Stellungnahme/i.test(head)) return 'STELLUNGNAHME';
  if (/^\s*Antwort/i.test(head)) return 'ANTWORT';
  if (/^\s*Anfrage/i.test(head)) return 'ANFRAGE';
  if (/^\s*Antrag/i.test(head)) return 'ANTRAG';
  return 'KONZEPT';
}

/** Reads the Document's header fields from an extracted council paper; a field it cannot find is null. */
export function parseHeader(raw: string): PaperHeader {
  const text = plainText(raw);
  const head = text.slice(0, 3000);
  const reference = /Vorlage:\s*([A-Z]{2}\/\d{4}\/\d{4})/.exec(head)?.[1] ?? null;
  const answered = /zu(?:m|r)?\s+(?:einem\s+)?(?:Antrag|Anfrage)\s+Nr\.\s*([A-Z]{2}\/\d{4}\/\d{4})/.exec(head)?.[1];
  const gremienweg = after(head, /Gremienweg:/, /Stellungnahme:|Antwort:|TOP\b/);
  const gremium = /Gremium\s+Datum\s*\n\s*(\S[^\n]*?)\s+(\d{2}\.\d{2}\.\d{4})/.exec(head);
  const quotedTitle = /^\s*["„](.+?)["“]\s*$/m.exec(head)?.[1];
  const motion = /zu den Antr[aä]gen der (.+?)(?: betreffend\b|$)/.exec(squash(head));
  const firstLine = head.split('\n').find((line) => line.trim() !== '');
  return {
    type: paperType(head),
    reference,
    date: isoDate(/Datum:\s*([^\n]+)/.exec(head)?.[1]) ?? (gremium ? isoDate(gremium[2]) : null),
    title: after(head, /Betreff:/, /Gremienweg:/) ?? quotedTitle ?? (firstLine ? squash(firstLine) : null),
    author: /Verfasser:\s*(.+?)\s*(?:Az\.|$)/m.exec(head)?.[1]?.trim() || null,
    body: gremienweg
      ? (/\d\s+([A-ZÄÖÜ][\wäöüß-]+(?:\s[A-ZÄÖÜ][\wäöüß-]+)*)/.exec(gremienweg)?.[1] ?? null)
      : (gremium?.[1] ?? null),
    sessionDate: gremienweg ? isoDate(gremienweg) : gremium ? isoDate(gremium[2]) : null,
    respondsTo: answered ?? motion?.[1] ?? null,
  };
}
