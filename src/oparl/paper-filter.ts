import { documentType } from './map-types';
import type { OparlPaper } from './oparl-types';
import { fold } from './slug';

/** Which papers a run takes: by paperType (OParl's text or the Document type) and by keyword. */
export interface PaperFilter {
  paperTypes: string[];
  keywords: string[];
}

/** Whether a paper passes: its type is one of `paperTypes`, and a keyword is in its name, reference or keywords. */
export function passesFilter(paper: OparlPaper, filter: PaperFilter): boolean {
  if (filter.paperTypes.length > 0) {
    const own = fold(paper.paperType ?? '');
    const mapped = documentType(paper.paperType);
    if (!filter.paperTypes.some((t) => fold(t) === own || t.toUpperCase() === mapped)) return false;
  }
  if (filter.keywords.length > 0) {
    const haystack = fold([paper.name, paper.reference, ...(paper.keyword ?? [])].filter(Boolean).join(' '));
    if (!filter.keywords.some((k) => haystack.includes(fold(k)))) return false;
  }
  return true;
}
