import fs from 'node:fs';
import { CORE_SCHEMA, load } from 'js-yaml';
import type { MatchFile } from './matches';

/** The OParl list as the repository keeps it: lists/oparl-endpoints/endpoints.yml. */
export interface OparlEntry {
  title: string;
  url: string;
  wd?: string;
  osm?: number;
  description?: string;
}

export const OPARL_LIST = {
  id: 'web-oparl-endpoints-2022-12-06',
  title: 'OParl/resources, endpoints.yml (2022-12-06)',
  url: 'https://github.com/OParl/resources/blob/8e47dbab727a4326e6409614306955b550799a19/endpoints.yml',
  date: '2022-12-06',
  standard: 'oparl',
};

/** The entries of the list, each with its lines as the file writes them (the quote of its fact). */
export function readOparlList(file: string): { entry: OparlEntry; lines: string }[] {
  const text = fs.readFileSync(file, 'utf8');
  const blocks = text.split(/\n(?=- title: )/).filter((block) => block.startsWith('- title: '));
  return blocks.map((block) => {
    const [entry] = load(block, { schema: CORE_SCHEMA }) as OparlEntry[];
    return { entry: entry!, lines: block.trim() };
  });
}

/** The curated entries the list gives: the list as a Document, OParl as a Standard, one fact per matched body. */
export function oparlEntries(listFile: string, matches: MatchFile, retrieved: string) {
  const list = readOparlList(listFile);
  const text = [
    `${OPARL_LIST.title}`,
    `URL: ${OPARL_LIST.url}`,
    `Published: ${OPARL_LIST.date}. Retrieved: ${retrieved}.`,
    '',
    fs.readFileSync(listFile, 'utf8').trim(),
    '',
  ].join('\n');
  const seen = new Set<string>();
  const relationships: Record<string, unknown>[] = [];
  for (const { entry, lines } of list) {
    if (entry.description !== undefined) continue;
    const id = matches.decide({ name: entry.title, ...(entry.wd ? { wikidata: entry.wd } : {}) });
    if (id === null || seen.has(id)) continue;
    seen.add(id);
    relationships.push({
      from: id,
      type: 'PUBLISHES_VIA',
      to: OPARL_LIST.standard,
      source: OPARL_LIST.id,
      url: entry.url,
      evidence: lines.replace(/\s+/g, ' '),
    });
  }
  const nodes = [
    {
      kind: 'Document',
      id: OPARL_LIST.id,
      name: 'OParl-Endpunkte (OParl/resources, endpoints.yml)',
      description:
        'Die Liste des OParl-Projekts der Körperschaften, die ihre Ratsinformationen über eine OParl-Schnittstelle veröffentlichen, Stand 6.12.2022.',
      type: 'WEBSITE',
      title: OPARL_LIST.title,
      date: OPARL_LIST.date,
      url: OPARL_LIST.url,
      file: `seed/lists/${OPARL_LIST.id}.txt`,
    },
    {
      kind: 'Standard',
      id: OPARL_LIST.standard,
      name: 'OParl',
      aliases: ['OParl 1.0', 'OParl 1.1'],
      description:
        'Offener Standard für den Zugriff auf parlamentarische Informationssysteme (Ratsinformationssysteme).',
      type: 'SPECIFICATION',
      website: 'https://oparl.org/',
    },
  ];
  return { text, file: { nodes, relationships }, bodies: seen.size };
}
