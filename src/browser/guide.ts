import {
  COMMON_NODE_PROPERTIES,
  ENTITY_LABEL,
  FACT_RELATIONSHIP_TYPES,
  NODE_KIND_NAMES,
  NODE_KINDS,
  PAPER_RELATIONSHIP_TYPES,
  RELATIONSHIP_PROPERTIES,
  RELATIONSHIP_TYPES,
  STATUSES,
  type RelationshipType,
} from '../model';
import { NODE_LOOKS } from './grass-style';
import { GUIDE_QUERIES, type GuideQueryName } from './guide-queries';

/** The guide's title, also the heading of its first slide. */
export const GUIDE_TITLE = 'Kommunen-Graph: how German cities organise their digital transformation';

function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

// Browser puts the text of a `pre.runnable` into the editor on click, and runs it from the play icon it prepends.
function runnable(name: GuideQueryName): string {
  const { question, cypher } = GUIDE_QUERIES[name];
  return `<p>${escapeHtml(question)}</p>
<pre mode="cypher" class="pre-scrollable code runnable" data-query="${name}">${escapeHtml(cypher)}</pre>`;
}

function slide(title: string, body: string): string {
  return `<slide class="row-fluid">
<div class="col-sm-12">
<h3>${escapeHtml(title)}</h3>
${body}
</div>
</slide>`;
}

function table(headings: string[], rows: string[][]): string {
  const head = headings.map((h) => `<th style="text-align:left">${escapeHtml(h)}</th>`).join('');
  const body = rows.map((cells) => `<tr>${cells.map((cell) => `<td>${cell}</td>`).join('')}</tr>`).join('\n');
  // Browser's slide styles give tables no spacing of their own.
  return `<table class="table" style="border-spacing:12px 2px;margin:0 -12px 1em">\n<tr>${head}</tr>\n${body}\n</table>`;
}

function swatch(color: string): string {
  return `<span style="display:inline-block;width:12px;height:12px;border-radius:6px;background:${color}"></span>`;
}

function relationshipRows(types: readonly RelationshipType[]): string[][] {
  return types.map((type) => {
    const { from, to, description, reading } = RELATIONSHIP_TYPES[type];
    return [
      `<code>${type}</code>`,
      escapeHtml(`${from.join(', ')} → ${to.join(', ')}`),
      escapeHtml(`${reading.de.replace(/\{(from|to):\w+\}/g, '{$1}')} · ${reading.en}`),
      escapeHtml(description),
    ];
  });
}

function propertyRows(properties: Record<string, { description: string }>): string[][] {
  return Object.entries(properties).map(([name, { description }]) => [`<code>${name}</code>`, escapeHtml(description)]);
}

function slides(): string[] {
  return [
    slide(
      GUIDE_TITLE,
      `<p class="lead">A knowledge graph of the bodies, units, roles, projects and standards through which German
municipalities organise their digital transformation, and of the council papers that state each fact.</p>
<p>Click a query to put it into the editor; click its play icon to run it at once. Every node carries the label
<code>${ENTITY_LABEL}</code> besides its kind, and a unique <code>id</code>.</p>
${runnable('schema')}`,
    ),
    slide(
      'Node kinds',
      `${table(
        ['', 'Kind', 'What it is'],
        NODE_KIND_NAMES.map((kind) => [
          swatch(NODE_LOOKS[kind].color),
          `<code>${kind}</code>`,
          escapeHtml(NODE_KINDS[kind].description),
        ]),
      )}
<p>Every node has these properties, besides those of its kind:</p>
${table(['Property', 'Meaning'], propertyRows(COMMON_NODE_PROPERTIES))}
${runnable('kindCounts')}`,
    ),
    slide(
      'Facts',
      `<p>Relationships between the things themselves. Each one is a fact that a paper states.</p>
${table(['Type', 'From → to', 'Reading', 'Meaning'], relationshipRows(FACT_RELATIONSHIP_TYPES))}`,
    ),
    slide(
      'Papers',
      `<p>Relationships that place a paper: who issued or wrote it, which body it went to, what it answers.
They are drawn thinner and paler.</p>
${table(['Type', 'From → to', 'Reading', 'Meaning'], relationshipRows(PAPER_RELATIONSHIP_TYPES))}`,
    ),
    slide(
      'Cooperation paths',
      `<p>Shortest paths show how two cities are already connected: a shared network, a standard both implement,
a project one runs and the other takes part in. The conditions sit inside the parentheses so that they apply
before the five shortest paths are chosen: no paper on the way, and no node visited twice.</p>
${runnable('paths')}`,
    ),
    slide(
      'Precedents',
      `<p>Which cities already have a role, held by the city itself or by a unit up to two levels below it.
Replace <code>cdo</code> with the id of another role.</p>
${runnable('precedents')}
${runnable('roles')}`,
    ),
    slide('Neighbourhood', runnable('neighbourhood')),
    slide(
      'Municipalities',
      `<p>Every German municipality comes from the official register (© Statistisches Bundesamt (Destatis), 2020,
dl-de/by-2-0), with its Gemeindeverband, Kreis, Regierungsbezirk and Land, joined by <code>PART_OF</code>, and its
population, area, postcode and degree of urbanisation.</p>
${runnable('aroundKoblenz')}
${runnable('largestCities')}`,
    ),
    slide(
      'Modellprojekte Smart Cities',
      `<p>The projects the programme selected in its rounds of 2019, 2020 and 2021, with the municipalities and Kreise of
a Land that take part, and their partners in each project. Replace <code>Nordrhein-Westfalen</code> with another
Land.</p>
${runnable('smartCitiesOfLand')}`,
    ),
    slide(
      'Provenance',
      `<p>Every fact carries the id of the paper that states it in its property <code>source</code>.</p>
${table(['Property', 'Meaning'], propertyRows(RELATIONSHIP_PROPERTIES))}
${table(
  ['Status', 'Meaning'],
  Object.entries(STATUSES).map(([status, meaning]) => [`<code>${status}</code>`, escapeHtml(meaning)]),
)}
${runnable('provenance')}
${runnable('paperFacts')}`,
    ),
  ];
}

/** The guide for Neo4j Browser's `:play <url>`: one slide per topic, with clickable queries. */
export function renderGuide(): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${escapeHtml(GUIDE_TITLE)}</title>
</head>
<body>
<article class="guide">
<carousel class="deck container-fluid">
${slides().join('\n')}
</carousel>
</article>
</body>
</html>
`;
}
