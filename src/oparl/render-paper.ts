import { LIMITS } from '../config/limits';
import type { TextOutcome } from './file-text';
import type { DocumentType } from './map-types';
import type { OparlMeeting, OparlPaper } from './oparl-types';
import type { OrganizationNode } from './render-structure';
import type { Entry } from './yaml-file';

/** A paper with the Document id and type it gets. */
export interface PlacedPaper {
  paper: OparlPaper;
  id: string;
  type: DocumentType;
  text?: TextOutcome;
}

export interface PaperContext {
  city: { id: string; name: string };
  folder: string;
  meetings: Map<string, OparlMeeting>;
  organizations: Map<string, OrganizationNode>;
  /** Documents by OParl id: the imported papers and the dataset's Documents that carry an oparlId. */
  documents: Map<string, { id: string; type: string }>;
  note: (url: string, message: string) => void;
}

const RESPONSES: string[] = ['ANTWORT', 'STELLUNGNAHME'];
const ASKS: string[] = ['ANTRAG', 'ANFRAGE'];

/** The text file of a paper, relative to the dataset folder. */
export function textFileOf(folder: string, id: string): string {
  return `${folder}/papers/${id}.txt`;
}

/** The same file as a Document's `file` names it: by its path in the repository, the dataset folder being seed/. */
export const repositoryFileOf = (folder: string, id: string): string => `seed/${textFileOf(folder, id)}`;

interface Presentation {
  to: string;
  since?: string;
  role?: string;
  authoritative: boolean;
}

function presentations(placed: PlacedPaper, context: PaperContext): Presentation[] {
  const byBody = new Map<string, Presentation>();
  for (const consultation of placed.paper.consultation ?? []) {
    const meeting = consultation.meeting ? context.meetings.get(consultation.meeting) : undefined;
    if (consultation.meeting && !meeting) {
      context.note(consultation.id, `meeting ${consultation.meeting} is unknown; the consultation has no date`);
    }
    if (meeting?.cancelled) continue;
    const since = meeting?.start?.slice(0, 10);
    const role = [consultation.role, { true: 'beschließend', false: 'beratend' }[String(consultation.authoritative)]]
      .filter((part): part is string => !!part)
      .join(', ');
    for (const url of consultation.organization ?? meeting?.organization ?? []) {
      const node = context.organizations.get(url);
      if (!node) continue;
      if (node.kind !== 'Body') {
        context.note(consultation.id, `${url} is not a body (${node.kind}); PRESENTED_TO allows bodies only`);
        continue;
      }
      const candidate: Presentation = {
        to: node.id,
        since,
        role: role || undefined,
        authoritative: !!consultation.authoritative,
      };
      const previous = byBody.get(node.id);
      // One relationship per body and paper: the decision if there is one, else the latest session.
      const better =
        !previous ||
        (candidate.authoritative && !previous.authoritative) ||
        (candidate.authoritative === previous.authoritative && (candidate.since ?? '') > (previous.since ?? ''));
      if (better) byBody.set(node.id, candidate);
    }
  }
  return [...byBody.values()].sort((a, b) => a.to.localeCompare(b.to));
}

function sessionDate(list: Presentation[]): string | undefined {
  const dated = list.filter((p) => p.since);
  const decisions = dated.filter((p) => p.authoritative);
  const pool = decisions.length > 0 ? decisions : dated;
  return pool
    .map((p) => p.since!)
    .sort()
    .at(-1);
}

function respondsTo(placed: PlacedPaper, context: PaperContext): string[] {
  if (!RESPONSES.includes(placed.type)) return [];
  const targets = new Set<string>();
  for (const url of placed.paper.superordinatedPaper ?? []) {
    const target = context.documents.get(url);
    if (target) targets.add(target.id);
    else context.note(placed.paper.id, `superordinated paper ${url} is not imported; no RESPONDS_TO`);
  }
  for (const url of placed.paper.relatedPaper ?? []) {
    const target = context.documents.get(url);
    if (target && ASKS.includes(target.type)) targets.add(target.id);
  }
  targets.delete(placed.id);
  return [...targets].sort();
}

/** The Document of a paper and the relationships it states about itself, every one citing it. */
export function paperFile(placed: PlacedPaper, context: PaperContext): { nodes: Entry[]; relationships: Entry[] } {
  const { paper, id } = placed;
  const { city } = context;
  const list = presentations(placed, context);
  const title = paper.name ?? paper.reference!;
  const document: Entry = {
    kind: 'Document',
    id,
    name: paper.reference ? `${paper.paperType ?? 'Vorlage'} ${paper.reference} (${city.name})` : title,
  };
  if (paper.reference) document.aliases = [paper.reference];
  document.type = placed.type;
  if (paper.reference) document.reference = paper.reference;
  document.title = title;
  if (paper.date) document.date = paper.date;
  const session = sessionDate(list);
  if (session) document.sessionDate = session;
  if (paper.web) document.url = paper.web;
  document.oparlId = paper.id;
  if (paper.mainFile?.accessUrl) document.mainFileUrl = paper.mainFile.accessUrl;
  if (placed.text?.text) document.file = repositoryFileOf(context.folder, id);

  const relationships: Entry[] = [{ from: id, type: 'ISSUED_BY', to: city.id, source: id }];
  for (const p of list) {
    const entry: Entry = { from: id, type: 'PRESENTED_TO', to: p.to, source: id };
    if (p.since) entry.since = p.since;
    if (p.role) entry.role = p.role;
    relationships.push(entry);
  }
  const authors = new Set<string>();
  for (const url of paper.originatorOrganization ?? []) {
    const node = context.organizations.get(url);
    if (!node) continue;
    if (node.kind === 'Body')
      context.note(paper.id, `originator ${url} is a body; AUTHORED_BY allows units and organisations`);
    else authors.add(node.id);
  }
  for (const to of [...authors].sort()) relationships.push({ from: id, type: 'AUTHORED_BY', to, source: id });
  for (const to of respondsTo(placed, context)) relationships.push({ from: id, type: 'RESPONDS_TO', to, source: id });
  return { nodes: [document], relationships };
}

/** The comment lines on top of a paper's file: what it is, where it came from, and what became of its text. */
export function paperComments(placed: PlacedPaper): string[] {
  const text = placed.text;
  const about = !text
    ? 'Text: the paper has no main file.'
    : text.text !== null
      ? `Text: from ${text.from}${text.cut ? `, cut after ${LIMITS.paperTextBytes} bytes` : ''}.`
      : `Text: none; ${text.reason}.`;
  return [
    `${placed.paper.reference ?? ''} ${placed.paper.name ?? ''}`.trim(),
    `Imported from OParl ${placed.paper.id} by npm run import:oparl; the next import overwrites this file.`,
    about,
  ];
}
