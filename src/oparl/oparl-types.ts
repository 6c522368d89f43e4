/** The OParl 1.1 objects the importer reads, with the fields it uses; schema validation comes first. */
export interface OparlObject {
  id: string;
  type: string;
  created?: string;
  modified?: string;
  deleted?: boolean;
  web?: string;
  keyword?: string[];
}

export interface OparlSystem extends OparlObject {
  oparlVersion: string;
  body: string;
  name?: string;
  otherOparlVersions?: string[];
}

export interface OparlBody extends OparlObject {
  name: string;
  shortName?: string;
  ags?: string;
  organization: string;
  meeting: string;
  paper: string;
}

export interface OparlOrganization extends OparlObject {
  name?: string;
  shortName?: string;
  organizationType?: string;
  classification?: string;
  subOrganizationOf?: string;
}

export interface OparlMeeting extends OparlObject {
  name?: string;
  start?: string;
  cancelled?: boolean;
  organization?: string[];
}

export interface OparlFile extends OparlObject {
  name?: string;
  mimeType?: string;
  text?: string;
  accessUrl: string;
  downloadUrl?: string;
}

export interface OparlConsultation extends OparlObject {
  meeting?: string;
  organization?: string[];
  authoritative?: boolean;
  role?: string;
}

export interface OparlPaper extends OparlObject {
  name?: string;
  reference?: string;
  date?: string;
  paperType?: string;
  relatedPaper?: string[];
  superordinatedPaper?: string[];
  mainFile?: OparlFile;
  originatorOrganization?: string[];
  consultation?: OparlConsultation[];
}

/** A page of an external object list. */
export interface OparlListPage {
  data: unknown[];
  links?: { next?: string };
}
