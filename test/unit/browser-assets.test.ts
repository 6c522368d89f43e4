import type { ServerResponse } from 'node:http';
import { browserRoutes, GUIDE_PATH, STYLE_PATH } from '../../src/browser/browser-routes';
import {
  ENTITY_LOOK,
  FACT_RELATIONSHIP_COLOR,
  NODE_LOOKS,
  PAPER_RELATIONSHIP_COLOR,
  renderGrassStyle,
} from '../../src/browser/grass-style';
import { GUIDE_TITLE, renderGuide } from '../../src/browser/guide';
import { GUIDE_QUERIES } from '../../src/browser/guide-queries';
import { ENTITY_LABEL, NODE_KIND_NAMES, RELATIONSHIP_TYPE_NAMES } from '../../src/model';

type Sheet = { selector: string; classes: string[]; props: Record<string, string> }[];

/** Reads a GRASS sheet the way Neo4j Browser does: rules in order, quotes dropped, braces inside quotes kept. */
function parseGrass(text: string): Sheet {
  return [...text.matchAll(/([\w.]+)\s*\{((?:'[^']*'|[^}'])*)\}/g)].map(([, selector, body]) => {
    const props = Object.fromEntries(
      body!
        .split(';')
        .map((prop) => prop.split(':').map((part) => part.trim().replace(/'/g, '')))
        .filter((parts): parts is [string, string] => parts.length === 2 && parts[0] !== ''),
    );
    const [, ...classes] = selector!.split('.');
    return { selector: selector!, classes, props };
  });
}

/** Browser's precedence: every rule whose labels the item has, merged in sheet order, so later rules win. */
function styleFor(sheet: Sheet, tag: 'node' | 'relationship', classes: string[]): Record<string, string> {
  return sheet
    .filter((rule) => rule.selector.split('.')[0] === tag && rule.classes.every((c) => classes.includes(c)))
    .reduce((props, rule) => ({ ...props, ...rule.props }), {});
}

function unescapeHtml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

function runnableQueries(html: string): Map<string, string> {
  const pres = html.matchAll(/<pre [^>]*class="[^"]*\brunnable\b[^"]*" data-query="(\w+)">([\s\S]*?)<\/pre>/g);
  return new Map([...pres].map(([, name, text]) => [name!, unescapeHtml(text!)]));
}

describe('the GRASS style sheet', () => {
  const sheet = parseGrass(renderGrassStyle());

  it('when a node has its kind and the Entity label, then the kind decides colour, size and caption', () => {
    for (const kind of NODE_KIND_NAMES) {
      const style = styleFor(sheet, 'node', [ENTITY_LABEL, kind]);
      expect({ kind, ...style }).toMatchObject({
        kind,
        color: NODE_LOOKS[kind].color,
        diameter: `${NODE_LOOKS[kind].diameter}px`,
        caption: '{name}',
      });
    }
  });

  it('when the kinds are compared, then each has a colour of its own that differs from the Entity fallback', () => {
    const colours = NODE_KIND_NAMES.map((kind) => NODE_LOOKS[kind].color.toLowerCase());
    expect(new Set(colours).size).toBe(NODE_KIND_NAMES.length);
    expect(colours).not.toContain(ENTITY_LOOK.color.toLowerCase());
  });

  it('when a relationship of any type is drawn, then it is captioned with its type', () => {
    for (const type of RELATIONSHIP_TYPE_NAMES) {
      expect(sheet.some((rule) => rule.selector === `relationship.${type}`)).toBe(true);
      expect(styleFor(sheet, 'relationship', [type]).caption).toBe('<type>');
    }
  });

  it('when a paper relationship is drawn, then it is paler than a fact', () => {
    expect(styleFor(sheet, 'relationship', ['ISSUED_BY']).color).toBe(PAPER_RELATIONSHIP_COLOR);
    expect(styleFor(sheet, 'relationship', ['MEMBER_OF']).color).toBe(FACT_RELATIONSHIP_COLOR);
  });

  it('when Browser replaces its defaults with the sheet, then the plain rules carry what its renderer reads', () => {
    expect(Object.keys(styleFor(sheet, 'node', []))).toEqual(
      expect.arrayContaining(['diameter', 'color', 'border-color', 'border-width', 'text-color-internal', 'font-size']),
    );
    expect(Object.keys(styleFor(sheet, 'relationship', []))).toEqual(
      expect.arrayContaining(['color', 'shaft-width', 'font-size', 'padding', 'text-color-external', 'caption']),
    );
  });
});

describe('the Browser guide', () => {
  const html = renderGuide();
  const queries = runnableQueries(html);

  it('when rendered, then it is a carousel of slides in a guide article, titled', () => {
    expect(html).toMatch(/<article class="guide">\s*<carousel[^>]*>\s*<slide/);
    expect(html.match(/<slide /g)?.length).toBeGreaterThanOrEqual(5);
    expect(html).toContain(`<title>${GUIDE_TITLE}</title>`);
  });

  it('when rendered, then every query of the guide is a runnable block with its exact text', () => {
    expect(new Map(Object.entries(GUIDE_QUERIES).map(([name, { cypher }]) => [name, cypher]))).toEqual(queries);
  });

  it('when rendered, then it has runnable queries for paths, precedents, neighbourhood and provenance', () => {
    expect(queries.get('paths')).toMatch(/SHORTEST 5[\s\S]*\{id: 'koblenz'\}[\s\S]*\{id: 'trier'\}/);
    expect(queries.get('paths')).toContain('NOT step:Document');
    expect(queries.get('precedents')).toMatch(/HAS_ROLE\]->\(:Role \{id: 'cdo'\}\)/);
    expect(queries.get('neighbourhood')).toContain("(:City {id: 'koblenz'})-[]-(n)");
    expect(queries.get('provenance')).toContain('(d:Document {id: r.source})');
  });

  it('when rendered, then it names every node kind and relationship type of the model', () => {
    for (const name of [...NODE_KIND_NAMES, ...RELATIONSHIP_TYPE_NAMES]) expect(html).toContain(`<code>${name}</code>`);
  });
});

describe('browserRoutes', () => {
  function get(path: string): { status: number; type: string; body: string } {
    const sent = { status: 0, type: '', body: '' };
    const res = {
      set statusCode(status: number) {
        sent.status = status;
      },
      setHeader: (name: string, value: string) => name === 'content-type' && (sent.type = value),
      end: (body: string) => (sent.body = body),
    };
    browserRoutes().get(path)!(res as unknown as ServerResponse);
    return sent;
  }

  it('when the style sheet is asked for, then it is served as UTF-8 text', () => {
    expect(get(STYLE_PATH)).toEqual({ status: 200, type: 'text/plain; charset=utf-8', body: renderGrassStyle() });
  });

  it('when the guide is asked for, then it is served as UTF-8 HTML', () => {
    expect(get(GUIDE_PATH)).toEqual({ status: 200, type: 'text/html; charset=utf-8', body: renderGuide() });
  });
});
