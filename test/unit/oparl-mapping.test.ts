import { documentType, mapOrganization } from '../../src/oparl/map-types';
import { passesFilter } from '../../src/oparl/paper-filter';
import { tidyText } from '../../src/oparl/pdf-text';
import { slug } from '../../src/oparl/slug';
import { checkObject } from '../../src/oparl/validate-object';

const T = 'https://schema.oparl.org/1.1/';

describe('mapping OParl to the model', () => {
  it.each([
    ['Beantwortung einer Anfrage', 'ANTWORT'],
    ['Anfrage', 'ANFRAGE'],
    ['Dringlichkeitsantrag', 'ANTRAG'],
    ['Stellungnahme der Verwaltung', 'STELLUNGNAHME'],
    ['Beschlussvorlage', 'BESCHLUSSVORLAGE'],
    ['Mitteilungsvorlage', 'MITTEILUNG'],
    ['Informationsvorlage', 'MITTEILUNG'],
    ['Niederschrift', 'VORLAGE'],
    [undefined, 'VORLAGE'],
  ])('when the paperType is %s, then the Document type is %s', (paperType, type) => {
    expect(documentType(paperType)).toBe(type);
  });

  it.each([
    [
      { organizationType: 'Gremium', classification: 'Ausschuss' },
      { kind: 'Body', type: 'COMMITTEE' },
    ],
    [
      { organizationType: 'Gremium', classification: 'Beirat', name: 'Seniorenbeirat' },
      { kind: 'Body', type: 'ADVISORY_BOARD' },
    ],
    [
      { organizationType: 'Gremium', name: 'Rat der Stadt Köln' },
      { kind: 'Body', type: 'COUNCIL' },
    ],
    [
      { organizationType: 'Fraktion', name: 'SPD-Fraktion' },
      { kind: 'Organisation', type: 'ASSOCIATION', partOfCity: true },
    ],
    [
      { organizationType: 'Partei', name: 'SPD' },
      { kind: 'Organisation', type: 'ASSOCIATION', partOfCity: false },
    ],
    [{ organizationType: 'Verwaltungsbereich', name: 'Amt 12' }, { kind: 'OrgUnit' }],
    [
      { organizationType: 'externes Gremium', name: 'Zweckverband' },
      { kind: 'Organisation', type: 'PUBLIC_BODY' },
    ],
    [
      { classification: 'Bezirksvertretung', name: 'Bezirksvertretung Innenstadt' },
      { kind: 'Body', type: 'COUNCIL' },
    ],
  ])('when an Organization is %j, then it becomes %j', (fields, expected) => {
    expect(mapOrganization({ id: 'https://x/o/1', type: `${T}Organization`, ...fields })).toMatchObject(expected);
  });

  it('when an Organization has a type the model has no kind for, then it is left out with the reason', () => {
    expect(mapOrganization({ id: 'https://x/o/1', type: `${T}Organization`, organizationType: 'Sonstiges' })).toEqual({
      skip: 'organizationType "Sonstiges" has no node kind',
    });
  });

  it('when a reference or name is made an id part, then umlauts are spelled out and separators become hyphens', () => {
    expect(slug('ST/0078/2025')).toBe('st-0078-2025');
    expect(slug('Ausschuss für Umwelt, Klima & Grün')).toBe('ausschuss-fuer-umwelt-klima-gruen');
  });

  it('when filtering by keyword and paper type, then umlauts fold and either type spelling counts', () => {
    const paper = {
      id: 'https://x/p/1',
      type: `${T}Paper`,
      name: 'Digitalisierung der Schulen',
      paperType: 'Beschlussvorlage',
    };
    expect(passesFilter(paper, { paperTypes: [], keywords: ['DIGITALISIERUNG'] })).toBe(true);
    expect(passesFilter(paper, { paperTypes: ['beschlussvorlage'], keywords: [] })).toBe(true);
    expect(passesFilter(paper, { paperTypes: ['BESCHLUSSVORLAGE'], keywords: ['Schüler'] })).toBe(false);
    expect(passesFilter(paper, { paperTypes: ['Antrag'], keywords: [] })).toBe(false);
  });

  it('when extracted text has trailing blanks and many empty lines, then it is tidied to one empty line at most', () => {
    expect(tidyText('a  \r\n\n\n\nb\t\n')).toBe('a\n\nb\n');
    expect(tidyText('  \n ')).toBe('');
  });
});

describe('validating OParl objects against the 1.1 schemas', () => {
  it('when a Paper is valid, then it passes as 1.1', () => {
    expect(checkObject('Paper', { id: 'https://x/p/1', type: `${T}Paper`, date: '2024-01-31' })).toMatchObject({
      ok: true,
      version: '1.1',
    });
  });

  it('when a Paper is of OParl 1.0, then it is read as 1.1 and says so', () => {
    const checked = checkObject('Paper', { id: 'https://x/p/1', type: 'https://schema.oparl.org/1.0/Paper' });
    expect(checked).toMatchObject({ ok: true, version: '1.0', object: { type: `${T}Paper` } });
  });

  it.each([
    [{ id: 'https://x/p/1', type: `${T}Paper`, date: '31.01.2024' }, 'field "date": must match format "date"'],
    [{ id: 'https://x/p/1', type: `${T}Meeting` }, 'field "type": must match pattern'],
    [{ type: `${T}Paper` }, 'field "id": is required'],
    [{ id: 'https://x/f/1', type: `${T}File` }, 'field "accessUrl": is required'],
    [{ id: 'https://x/p/1', type: `${T}Paper`, consultation: 'x' }, 'field "consultation": must be array'],
  ])('when an object is %j, then the problem names the field: %s', (object, problem) => {
    const kind = object.type?.endsWith('File') ? 'File' : 'Paper';
    const checked = checkObject(kind, object);
    expect(checked.ok).toBe(false);
    expect(checked.ok ? '' : checked.problem).toContain(problem);
  });
});
