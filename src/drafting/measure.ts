import { describesPaper } from '../model';
import type { Dataset } from '../seeding/dataset';
import { draftPaper } from './draft';

export interface PaperFigures {
  document: string;
  /** The paper's curated facts about other nodes. */
  curated: number;
  /** Of those, how many have both ends named in one drafted sentence. */
  bothEndsInOneSentence: number;
  /** The curated facts with an evidence quote, and how many of those a drafted sentence equals exactly. */
  quoted: number;
  quotesEqual: number;
}

const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Drafts a paper with its own curated facts hidden and compares the draft with them. */
export function measurePaper(text: string, documentId: string, dataset: Dataset): PaperFigures {
  const hidden = {
    ...dataset,
    relationships: dataset.relationships.filter((r) => r.properties.source !== documentId),
  };
  const draft = draftPaper(text, hidden);
  const curated = dataset.relationships.filter((r) => r.properties.source === documentId && !describesPaper(r.type));
  const mentionSets = draft.sentences.map((s) => new Set(s.mentions.map((m) => m.node.id)));
  const texts = new Set(draft.sentences.map((s) => normalise(s.text)));
  const quoted = curated.filter((r) => r.properties.evidence);
  return {
    document: documentId,
    curated: curated.length,
    bothEndsInOneSentence: curated.filter((r) => mentionSets.some((ids) => ids.has(r.from) && ids.has(r.to))).length,
    quoted: quoted.length,
    quotesEqual: quoted.filter((r) => texts.has(normalise(r.properties.evidence!))).length,
  };
}
