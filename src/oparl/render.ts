import type { DatasetIndex } from './dataset-index';
import { fitEntry } from './fit-entry';
import { documentType } from './map-types';
import type { OparlBody, OparlMeeting, OparlOrganization, OparlPaper, OparlSystem } from './oparl-types';
import { paperComments, paperFile, textFileOf, type PlacedPaper } from './render-paper';
import { freshId, organizationNodes, structureFile } from './render-structure';
import { slug } from './slug';
import type { MirroredPaper } from './state-store';
import { yamlFile, type Entry } from './yaml-file';

export interface RenderInput {
  city: { id: string; name: string };
  /** The import's folder in the dataset, e.g. "oparl/koeln". */
  folder: string;
  system: OparlSystem;
  body: OparlBody;
  organizations: Map<string, OparlOrganization>;
  meetings: Map<string, OparlMeeting>;
  papers: MirroredPaper[];
  dataset: DatasetIndex;
  /** Called for what the model cannot hold; `url` is the OParl object concerned. */
  note: (url: string, message: string) => void;
}

function baseIdOf(cityId: string, paper: OparlPaper): string {
  if (paper.reference && slug(paper.reference)) return `${cityId}-${slug(paper.reference)}`;
  const tail = new URL(paper.id).pathname.split('/').filter(Boolean).slice(-2).join('-');
  return `${cityId}-oparl-${slug(tail) || 'paper'}`;
}

/**
 * Renders the whole import of one Body from its mirror: file path (relative to the dataset folder) → content.
 * Pure and ordered by OParl id, so the same mirror always gives the same files.
 */
export function renderOutput(input: RenderInput): Map<string, string> {
  const { city, folder, dataset, note } = input;
  const taken = new Set<string>([`web-oparl-${city.id}`]);
  const papers = input.papers
    .map((m) => ({ paper: m.paper as OparlPaper, text: m.text?.outcome }))
    .sort((a, b) => a.paper.id.localeCompare(b.paper.id));

  const placed: PlacedPaper[] = [];
  for (const { paper, text } of papers) {
    const base = baseIdOf(city.id, paper);
    const curated = dataset.get(base);
    if (curated?.kind === 'Document') {
      note(paper.id, `already in the dataset as Document ${base}; not imported`);
      continue;
    }
    placed.push({ paper, id: freshId(base, taken, dataset), type: documentType(paper.paperType), text });
  }

  const needed = new Set<string>();
  for (const { paper } of placed) {
    paper.originatorOrganization?.forEach((url) => needed.add(url));
    for (const consultation of paper.consultation ?? []) {
      const meeting = consultation.meeting ? input.meetings.get(consultation.meeting) : undefined;
      (consultation.organization ?? meeting?.organization ?? []).forEach((url) => needed.add(url));
    }
  }
  const organizations = organizationNodes(input, needed, taken, note);

  const documents = new Map<string, { id: string; type: string }>();
  for (const p of placed) documents.set(p.paper.id, { id: p.id, type: p.type });
  for (const p of papers) {
    const known = dataset.documentByOparlId(p.paper.id);
    if (known && !documents.has(p.paper.id)) documents.set(p.paper.id, { id: known.id, type: 'UNKNOWN' });
  }

  const files = new Map<string, string>();
  const structure = structureFile(input, organizations);
  files.set(
    `${folder}/structure.yaml`,
    yamlFile(
      [
        `OParl import of ${input.body.name} (${input.body.id}) from ${input.system.id}.`,
        'Written by npm run import:oparl; the next import overwrites this file.',
      ],
      structure.nodes.map((entry) => fitEntry(entry, input.body.id, note)),
      structure.relationships,
    ),
  );
  const context = { city, folder, meetings: input.meetings, organizations, documents, note };
  for (const p of placed) {
    const { nodes, relationships } = paperFile(p, context);
    const fit = (entry: Entry) => fitEntry(entry, p.paper.id, note);
    files.set(`${folder}/papers/${p.id}.yaml`, yamlFile(paperComments(p), nodes.map(fit), relationships.map(fit)));
    if (p.text?.text) files.set(textFileOf(folder, p.id), p.text.text);
  }
  return files;
}
