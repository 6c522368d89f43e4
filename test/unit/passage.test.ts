import { passageAt } from '../../src/provenance/passage';
import { findQuote } from '../../src/provenance/quote-match';

describe('the passage around a quote', () => {
  const text =
    'Erster Satz.\nDie Stadt ist z. B. Mitglied im Verein IT.Stadt Koblenz e. V. Eine Intensivierung erscheint\nsinnvoll. Letzter Satz.';

  it('when a quote stands inside a sentence, then the whole sentence is returned, abbreviations kept inside', () => {
    const found = findQuote(text, 'Mitglied im Verein');
    if (!found.found) throw new Error('not found');
    const passage = passageAt(text, found);
    expect(passage.quote).toBe('Mitglied im Verein');
    expect(passage.sentence).toBe('Die Stadt ist z. B. Mitglied im Verein IT.Stadt Koblenz e. V.');
    expect(passage.line).toBe(2);
    expect(passage.column).toBe(text.split('\n')[1]!.indexOf('Mitglied') + 1);
  });

  it('when a sentence runs over a line break, then the sentence spans both lines', () => {
    const found = findQuote(text, 'erscheint sinnvoll');
    if (!found.found) throw new Error('not found');
    expect(passageAt(text, found).sentence).toBe('Eine Intensivierung erscheint\nsinnvoll.');
  });
});
