import fs from 'node:fs';
import path from 'node:path';
import { findQuote, MAX_QUOTE_LENGTH, MAX_QUOTE_PARTS } from '../../src/provenance/quote-match';

const paper = (id: string) => fs.readFileSync(path.join(__dirname, '..', '..', 'seed', 'papers', `${id}.txt`), 'utf8');
const KOELN = paper('koeln-st-digitalisierungsausschuss-2021-11-22');
const ST_0078 = paper('koblenz-st-0078-2025');
const AW_0095 = paper('koblenz-aw-0095-2019');
const ROLLENMODELL = paper('koblenz-it-rollenmodell-2019');

describe('finding a quote in a paper', () => {
  it('when the quote is word for word in the text, then its place in the original text is returned', () => {
    // The text has a narrow no-break space in "e. V."; the quote an ordinary one.
    const quote = 'Die Stadt Koblenz ist bereits Mitglied im Verein IT.Stadt Koblenz e. V.';
    const result = findQuote(ST_0078, quote);
    expect(result).toMatchObject({ found: true });
    if (!result.found) return;
    expect(ST_0078.slice(result.start, result.end).replace(/\s/g, ' ')).toBe(quote);
  });

  it.each([
    [
      'OCR that lost umlauts ("Koln", "europaischen Stadten")',
      KOELN,
      'So ist die Stadt Köln langjähriges Mitglied von Eurocities',
    ],
    [
      'OCR that mangled umlauts ("kénnen", "Federfiihrung", "Berticksichtigung")',
      KOELN,
      'können die Vorarbeiten zu dem im Antrag geforderten „Integrierten Masterplan 2025“ umgesetzt werden',
    ],
    ['OCR that made ß into "f3" ("grof3en")', KOELN, 'an Förderprojekten in großen Konsortien'],
    [
      '"Federfiihrung" and a hyphenated line end ("Digi-\\ntalisierung")',
      KOELN,
      'unter Federführung der Stabsstelle Digitalisierung auf Basis ihrer fachlichen Expertise und unter Berücksichtigung',
    ],
    [
      'a line break in the middle of a sentence',
      ST_0078,
      'Eine Intensivierung dieser Kooperation im Sinne eines strategischen Austauschs erscheint sinnvoll, insbesondere zur stärkeren Einbindung der lokalen digitalen Wirtschaft',
    ],
    [
      'a hyphen kept at a line end ("Smart-City-\\nSteuerungsgruppe")',
      ST_0078,
      '(z. B. Digitalisierungsausschuss, Smart-City-Steuerungsgruppe)',
    ],
    ['a date broken over two lines ("26.06.202\\n5")', ST_0078, 'Gremienweg: 26.06.2025 Stadtrat'],
    ['HTML tags and markdown left in the text', AW_0095, 'Vorlage: AW/0095/2019 Datum: 23.08.2019'],
    [
      'markdown emphasis and a footnote mark inside the quoted words',
      ROLLENMODELL,
      'Dem Stadtvorstand (Schaubild A1) obliegt die Gesamtsteuerung der Verwaltung',
    ],
    [
      '"…" for an elision',
      AW_0095,
      'Folgende Projekte von zentraler Bedeutung sind 2019 in den regulären Betrieb gewechselt: … GeoPortal Koblenz',
    ],
  ])('when the text differs by %s, then the quote is found', (_what, text, quote) => {
    expect(findQuote(text, quote)).toMatchObject({ found: true });
  });

  it('when a word of the quote is changed, then it is refused and the passage it was taken from is offered', () => {
    const result = findQuote(ST_0078, 'Die Stadt Koblenz ist nicht Mitglied im Verein IT.Stadt Koblenz e. V.');
    expect(result.found).toBe(false);
    if (result.found) return;
    expect(ST_0078.slice(result.nearest!.start, result.nearest!.end)).toContain('Mitglied im Verein IT.Stadt Koblenz');
    expect(result.nearest!.similarity).toBeGreaterThan(0.8);
    expect(result.nearest!.similarity).toBeLessThan(1);
  });

  it('when an umlaut stands where the text has a different letter, then it is refused ("können" is not "kennen")', () => {
    expect(findQuote('Sie kennen das.', 'Sie können das.')).toMatchObject({ found: false });
    expect(findQuote('Sie kénnen das.', 'Sie können das.')).toMatchObject({ found: true });
  });

  it('when the quote is from another paper, then it is refused', () => {
    const quote =
      'Die Stadtverwaltung Koblenz arbeitet bei der Umsetzung dieses zentralen Digitalprojektes bereits eng mit der Stadtverwaltung Trier zusammen.';
    expect(findQuote(AW_0095, quote)).toMatchObject({ found: true });
    expect(findQuote(ST_0078, quote)).toMatchObject({ found: false });
  });

  it('when the quote is in no paper at all, then it is refused with a low similarity', () => {
    const result = findQuote(KOELN, 'Die Stadt Köln ernennt zum 1. Januar einen Chief Digital Officer.');
    expect(result.found).toBe(false);
    if (!result.found) expect(result.nearest!.similarity).toBeLessThan(0.8);
  });

  it('when the parts around "…" stand in the wrong order, then the quote is refused', () => {
    expect(findQuote(AW_0095, 'GeoPortal Koblenz … Folgende Projekte von zentraler Bedeutung')).toMatchObject({
      found: false,
    });
  });

  it('when the quote has no letters or digits, then it is refused without a nearest passage', () => {
    expect(findQuote(AW_0095, ' … ')).toEqual({ found: false, nearest: null });
  });
});

describe('a quote crafted to make the search slow', () => {
  const BOUND_MS = 5000;
  const timed = (text: string, quote: string, search = {}) => {
    const started = performance.now();
    const result = findQuote(text, quote, search);
    return { result, ms: performance.now() - started };
  };

  it('when a quote repeats a common letter around "…" against a shipped paper, then it is refused within 5 s', () => {
    const { result, ms } = timed(AW_0095, 'e … e … e … e … zzzzqqq');
    expect(result.found).toBe(false);
    expect(ms).toBeLessThan(BOUND_MS);
  });

  it('when the OCR variants of its umlauts overlap on a crafted text, then the search stops at its budget', () => {
    const { result, ms } = timed('ti'.repeat(100_000), `${'ü'.repeat(1000)}x`);
    expect(result).toEqual({ found: false, nearest: null, refused: expect.stringContaining('too long') });
    expect(ms).toBeLessThan(BOUND_MS);
  });

  it('when the variants overlap but the quote is there, then it is found without backtracking', () => {
    const text = `${'ii'.repeat(5000)}ue ende`;
    expect(findQuote(text, `${'ü'.repeat(40)}ü ende`)).toMatchObject({ found: true });
  });

  it('when a quote is longer than the limit, then it is refused without a search', () => {
    const quote = 'a'.repeat(MAX_QUOTE_LENGTH + 1);
    expect(findQuote(quote, quote)).toEqual({
      found: false,
      nearest: null,
      refused: expect.stringContaining('longer'),
    });
  });

  it('when a quote has more parts than the limit, then it is refused without a search', () => {
    const quote = Array.from({ length: MAX_QUOTE_PARTS + 1 }, () => 'Koblenz').join(' … ');
    expect(findQuote(ST_0078, quote)).toMatchObject({ found: false, refused: expect.stringContaining('parts') });
  });

  it('when a quote has as many parts as the limit, in order, then it is found', () => {
    const quote = Array.from({ length: MAX_QUOTE_PARTS }, () => 'Koblenz').join(' … ');
    expect(findQuote(ST_0078, quote)).toMatchObject({ found: true });
  });

  it('when the budget is too small for an ordinary quote, then it is refused rather than searched past it', () => {
    expect(findQuote(ST_0078, 'Mitglied im Verein IT.Stadt Koblenz', { budget: 10 })).toMatchObject({
      found: false,
      refused: expect.any(String),
    });
  });
});
