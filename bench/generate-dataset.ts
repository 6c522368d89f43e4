import { checkEndpoints, RELATIONSHIP_TYPES, type NodeKind, type RelationshipType, type Status } from '../src/model';
import type { Dataset } from '../src/seeding/dataset';
import * as names from './names';
import { Random, WeightedPool, zipfWeights } from './rng';
import type { SizeSpec } from './sizes';

/** A node or relationship entry as it is written to the YAML files: flat, every value a text or a list of texts. */
export type Entry = Record<string, string | string[]>;

export interface GeneratedDataset {
  /** Node entries by file, e.g. "nodes/synthetic-city-1.yaml" (at most NODES_PER_FILE each). */
  nodeFiles: Map<string, Entry[]>;
  /** Relationship entries by file: one file per paper, holding every fact the paper states. */
  factFiles: Map<string, Entry[]>;
  nodes: number;
  relationships: number;
}

/**
 * The share of each kind among the generated nodes; at L, City comes to the ~10,800 German municipalities. The
 * administrative levels come from the register, not from the generator.
 */
const KIND_SHARES: Record<NodeKind, number> = {
  City: 0.108,
  Gemeindeverband: 0,
  Kreis: 0,
  Regierungsbezirk: 0,
  Land: 0,
  OrgUnit: 0.22,
  Body: 0.14,
  Document: 0.3,
  Project: 0.12,
  Organisation: 0.088,
  Role: 0.012,
  Standard: 0.008,
  Topic: 0.004,
};

/** The curated hubs stay the biggest of their kind, so the benchmark's queries about them meet real fan-out. */
const CURATED_HUBS: Partial<Record<NodeKind, string[]>> = {
  Organisation: ['eurocities', 'cdo-netzwerk-grossstaedte'],
  Project: ['digitalpakt-schule', 'horizon-2020'],
  Role: ['cdo'],
  Standard: ['ozg', 'din-spec-91357'],
  Topic: ['smart-city', 'open-data', 'verwaltungsdigitalisierung'],
};

/** Where the curated cities stand among all cities by size (rank 0 is the largest). */
const CURATED_CITY_RANKS: Record<string, number> = { koeln: 3, koblenz: 29, trier: 39 };

/**
 * How often each type is stated by a paper, beyond the facts about the paper itself and the cities' structure.
 * PART_OF is left to the structure: it is a hierarchy, and drawn like the other types a hub would become part of
 * thousands of units, which no real graph has and which makes every PART_OF walk explode.
 */
const FACT_TYPES: Partial<Record<RelationshipType, number>> = {
  MEMBER_OF: 14,
  IMPLEMENTS: 12,
  PARTICIPATES_IN: 11,
  ADDRESSES: 10,
  COOPERATES_WITH: 9,
  RUNS: 7,
  HAS_ROLE: 7,
  LEADS: 6,
  ADVISES: 5,
  ADOPTED: 5,
  CONTRIBUTED_TO: 4,
  FUNDED_BY: 3,
  FOUNDED: 1.5,
  MODELLED_ON: 1.5,
  PUBLISHED_BY: 1,
};

/** Which kinds a fact prefers at each end, among those its type allows. */
const FROM_KINDS: Partial<Record<NodeKind, number>> = {
  City: 4,
  OrgUnit: 3,
  Body: 2,
  Project: 2,
  Organisation: 1,
  Role: 1,
  Standard: 1,
};
const TO_KINDS: Partial<Record<NodeKind, number>> = {
  Organisation: 3,
  Project: 2,
  Standard: 2,
  Body: 1,
  City: 1,
  OrgUnit: 1,
  Topic: 1,
  Role: 1,
};

/** How likely a project at the end of such a fact is the city's own rather than a programme shared by many. */
const LOCAL_PROJECT: Partial<Record<RelationshipType, number>> = { RUNS: 0.8, LEADS: 0.8, FOUNDED: 0.7 };

const STATUS_WEIGHTS: Record<Status, number> = {
  ACTIVE: 60,
  PLANNED: 14,
  PROPOSED: 10,
  ENDED: 8,
  UNDER_REVIEW: 5,
  REJECTED: 3,
  IN_PROGRESS: 0,
  RECOMMENDED: 0,
  REVIEWED: 0,
};

const BODY_TYPES = { COMMITTEE: 40, WORKING_GROUP: 20, ADVISORY_BOARD: 15, STEERING_GROUP: 15, EXECUTIVE_BOARD: 10 };
const DOCUMENT_TYPES = { STELLUNGNAHME: 30, ANTRAG: 20, ANTWORT: 15, ANFRAGE: 15, KONZEPT: 10, WEBSITE: 10 };
const GLOBAL_ORGANISATION_TYPES = {
  NETWORK: 30,
  COMPANY: 25,
  RESEARCH: 15,
  PUBLIC_BODY: 15,
  ASSOCIATION: 10,
  STANDARDS_BODY: 5,
};
const ROLES_IN_FACTS = ['Mitglied', 'Vorsitz', 'Geschäftsführung', 'beratende Mitwirkung', 'Sprecher'];

interface CityInfo {
  id: string;
  name: string;
  weight: number;
  units: string[];
  bodies: string[];
  projects: string[];
  partyGroups: string[];
  /** Its papers; the first is its website, which states the city's structure. */
  papers: { id: string; type: string; date: string }[];
}

const DAY = 86_400_000;
const FIRST_DAY = Date.UTC(2010, 0, 1);

function isoDate(day: number): string {
  return new Date(FIRST_DAY + day * DAY).toISOString().slice(0, 10);
}

function dayOf(date: string): number {
  return Math.round((Date.parse(date) - FIRST_DAY) / DAY);
}

const slug = (text: string) =>
  names
    .withoutUmlauts(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/**
 * Node entries per generated file: a few hundred kilobytes each, well below the seed file size limit
 * (LIMITS.seedFileBytes) at every size.
 */
const NODES_PER_FILE = 5_000;

/**
 * Builds a synthetic graph around the curated dataset, the same for the same size and seed. Cities follow a power
 * law (a few large ones with many units, bodies and papers, thousands of small towns with one or two); networks,
 * programmes, roles, standards and topics are drawn by rank, so the curated hubs (the OZG, the CDO role, Eurocities)
 * collect thousands of relationships. Every relationship cites a paper of the city it belongs to.
 */
export class DatasetGenerator {
  private readonly rng: Random;
  private readonly nodeFiles = new Map<string, Entry[]>();
  private readonly factFiles = new Map<string, Entry[]>();
  private readonly keys = new Set<string>();
  private readonly kindOf = new Map<string, NodeKind>();
  private readonly nodesOfKind = new Map<NodeKind, number>();
  private relationshipCount = 0;
  private cities: CityInfo[] = [];
  private cityPool!: WeightedPool<CityInfo>;
  private readonly globals = new Map<NodeKind, WeightedPool<string>>();
  private readonly localOrganisations = new Map<CityInfo, string[]>();

  constructor(
    private readonly size: SizeSpec,
    private readonly curated: Dataset,
    seed: number,
  ) {
    this.rng = new Random(seed);
    for (const node of curated.nodes) this.kindOf.set(node.id, node.kind);
  }

  generate(): GeneratedDataset {
    const budget = this.size.nodes - this.curated.nodes.length;
    const count = (kind: NodeKind) => Math.max(4, Math.round(budget * KIND_SHARES[kind]));
    this.addCities(count('City'));
    this.addBodies(count('Body'));
    this.addOrgUnits(count('OrgUnit'));
    this.addPapers(count('Document'));
    this.addOrganisations(count('Organisation'));
    this.addProjects(count('Project'));
    this.addGlobals('Role', count('Role'), (i) => ({ name: names.roleName(this.rng, i) }));
    this.addGlobals('Standard', count('Standard'), (i) => {
      const type = this.rng.choose({ LAW: 3, STRATEGY: 3, REGULATION: 2, DIN_SPEC: 2 });
      return { type, ...names.standardName(this.rng, type, i) };
    });
    this.addGlobals('Topic', count('Topic'), (i) => ({
      name: `${names.SUBJECTS[i % names.SUBJECTS.length]} ${i + 1}`,
    }));
    this.addStructure();
    this.addNetworkHierarchy();
    this.addPaperFacts();
    this.addContentFacts(this.size.relationships - this.curated.relationships.length - this.relationshipCount);
    return {
      nodeFiles: this.nodeFiles,
      factFiles: this.factFiles,
      nodes: this.kindOf.size,
      relationships: this.relationshipCount + this.curated.relationships.length,
    };
  }

  private addNode(kind: NodeKind, id: string, props: Entry): void {
    const index = this.nodesOfKind.get(kind) ?? 0;
    this.nodesOfKind.set(kind, index + 1);
    const file = `nodes/synthetic-${kind.toLowerCase()}-${Math.floor(index / NODES_PER_FILE) + 1}.yaml`;
    const list = this.nodeFiles.get(file) ?? this.nodeFiles.set(file, []).get(file)!;
    list.push({ kind, id, ...props });
    this.kindOf.set(id, kind);
  }

  private addCities(count: number): void {
    const curated = new Map(this.curated.nodes.filter((n) => n.kind === 'City').map((n) => [n.id, n]));
    const total = count + curated.size;
    const weights = zipfWeights(total, 0.8);
    const byRank: (string | null)[] = Array.from({ length: total }, () => null);
    for (const [id, rank] of Object.entries(CURATED_CITY_RANKS)) byRank[Math.min(rank, total - 1)] = id;
    let next = 0;
    this.cities = byRank.map((curatedId, rank) => {
      const info = { weight: weights[rank]!, units: [], bodies: [], projects: [], partyGroups: [], papers: [] };
      if (curatedId) return { ...info, id: curatedId, name: curated.get(curatedId)!.properties.name as string };
      const id = `gemeinde-${String(++next).padStart(5, '0')}`;
      const name = names.cityName(this.rng);
      const state = this.rng.choose(names.STATES);
      const props: Entry = { name, state };
      if (this.rng.chance(0.3)) props.aliases = [...new Set([`Stadt ${name}`, names.withoutUmlauts(name)])];
      if (this.rng.chance(0.5)) props.ags = String(1_000_000 + this.rng.int(15_000_000)).padStart(8, '0');
      if (this.rng.chance(0.2)) props.description = `Gemeinde in ${state}.`;
      if (this.rng.chance(0.3)) props.website = `https://www.${slug(name)}.example/`;
      this.addNode('City', id, props);
      return { ...info, id, name };
    });
    this.cityPool = new WeightedPool(this.cities, weights);
  }

  /** Hands out `count` items by city size; with `oneEach`, every city gets one first (its council, its website). */
  private spread(count: number, oneEach: boolean, add: (city: CityInfo, index: number) => void): void {
    const first = oneEach ? Math.min(count, this.cities.length) : 0;
    for (let i = 0; i < count; i++) add(i < first ? this.cities[i]! : this.cityPool.draw(this.rng), i);
  }

  private addBodies(count: number): void {
    this.spread(count, true, (city, i) => {
      const type = i < this.cities.length ? 'COUNCIL' : this.rng.choose(BODY_TYPES);
      const id = `gremium-${i + 1}`;
      this.addNode('Body', id, { name: names.BODY_NAMES[type](city.name, this.rng.pick(names.SUBJECTS)), type });
      city.bodies.push(id);
    });
  }

  private addOrgUnits(count: number): void {
    this.spread(count, true, (city, i) => {
      const id = `einheit-${i + 1}`;
      const { name, code } = names.orgUnitName(this.rng, city.name);
      this.addNode('OrgUnit', id, code ? { name, code } : { name });
      city.units.push(id);
    });
  }

  private addPapers(count: number): void {
    this.spread(count, true, (city, i) => {
      const id = `papier-${i + 1}`;
      const website = city.papers.length === 0;
      const type = website ? 'WEBSITE' : this.rng.choose(DOCUMENT_TYPES);
      const date = isoDate(this.rng.int(16 * 365));
      const [prefix, label] = names.DOCUMENT_LABELS[type as keyof typeof names.DOCUMENT_LABELS];
      const reference = `${prefix}/${String(this.rng.int(10_000)).padStart(4, '0')}/${date.slice(0, 4)}`;
      const props: Entry = website
        ? { name: `Webseite ${city.name}`, type, title: `Stadtverwaltung ${city.name}` }
        : { name: `${label} ${reference} ${city.name}`, type, title: names.documentTitle(this.rng), reference };
      props.date = date;
      if (type === 'WEBSITE') props.url = `https://www.${slug(city.name)}.example/${id}`;
      this.addNode('Document', id, props);
      city.papers.push({ id, type, date });
    });
  }

  /** Council groups and municipal companies belong to a city; networks, institutes and providers serve many. */
  private addOrganisations(count: number): void {
    const local = Math.round(count * 0.4);
    this.spread(local, false, (city, i) => {
      const id = `organisation-${i + 1}`;
      const partyGroup = this.rng.chance(0.7);
      const name = partyGroup ? names.partyGroupName(this.rng, city.name) : `Stadtwerke ${city.name}`;
      this.addNode('Organisation', id, { name, type: partyGroup ? 'ASSOCIATION' : 'COMPANY' });
      if (partyGroup) city.partyGroups.push(id);
      const list = this.localOrganisations.get(city) ?? this.localOrganisations.set(city, []).get(city)!;
      list.push(id);
    });
    this.addGlobals('Organisation', count - local, (i) => {
      const type = this.rng.choose(GLOBAL_ORGANISATION_TYPES);
      return { name: names.globalOrganisationName(this.rng, type, i), type };
    });
  }

  private addProjects(count: number): void {
    const local = Math.round(count * 0.6);
    this.spread(local, false, (city, i) => {
      const id = `projekt-${i + 1}`;
      const type = this.rng.choose({ PROJECT: 5, PLATFORM: 3, PLAN: 2 });
      this.addNode('Project', id, { name: names.localProjectName(this.rng, city.name), type });
      city.projects.push(id);
    });
    this.addGlobals('Project', count - local, (i) => ({
      name: names.programmeName(this.rng, i),
      type: this.rng.choose({ FUNDING: 35, PROGRAMME: 35, PLATFORM: 30 }),
    }));
  }

  /** Nodes many cities share, ranked: the curated hubs first, then the generated ones, then the rest of curated. */
  private addGlobals(kind: NodeKind, count: number, make: (index: number) => Entry): void {
    const prefix = { Organisation: 'netz', Project: 'programm', Role: 'rolle', Standard: 'norm', Topic: 'thema' };
    const ids: string[] = [];
    for (let i = 0; i < count; i++) {
      const id = `${prefix[kind as keyof typeof prefix]}-${i + 1}`;
      this.addNode(kind, id, make(i));
      ids.push(id);
    }
    const hubs = CURATED_HUBS[kind] ?? [];
    const rest = this.curated.nodes.filter((n) => n.kind === kind && !hubs.includes(n.id)).map((n) => n.id);
    const ranked = [...hubs, ...ids, ...rest];
    this.globals.set(kind, new WeightedPool(ranked, zipfWeights(ranked.length, 1)));
  }

  private addRelationship(type: RelationshipType, from: string, to: string, source: string, props: Entry = {}) {
    const key = `${from}|${type}|${to}|${source}`;
    if (from === to || this.keys.has(key)) return false;
    const problem = checkEndpoints(type, this.kindOf.get(from)!, this.kindOf.get(to)!);
    if (problem) throw new Error(`generator bug: ${problem}`);
    this.keys.add(key);
    const file = `facts/${source}.yaml`;
    const list = this.factFiles.get(file) ?? this.factFiles.set(file, []).get(file)!;
    list.push({ from, type, to, source, ...props });
    this.relationshipCount += 1;
    return true;
  }

  /** How each city is organised, as its website states it: units, bodies, council groups, own projects. */
  private addStructure(): void {
    for (const city of this.cities) {
      const site = city.papers[0]!.id;
      city.units.forEach((unit, i) => {
        const parent = i > 0 && this.rng.chance(0.3) ? city.units[this.rng.int(i)]! : city.id;
        this.addRelationship('PART_OF', unit, parent, site);
      });
      for (const body of city.bodies) this.addRelationship('PART_OF', body, city.id, site);
      for (const organisation of this.localOrganisations.get(city) ?? []) {
        const council = city.partyGroups.includes(organisation) ? city.bodies[0] : undefined;
        this.addRelationship('PART_OF', organisation, council ?? city.id, site);
      }
      for (const project of city.projects) {
        const runner = city.units.length > 0 && this.rng.chance(0.5) ? this.rng.pick(city.units) : city.id;
        this.addRelationship('RUNS', runner, project, site);
      }
    }
  }

  /** Some networks are part of larger ones (a working group of Eurocities); each has at most one parent. */
  private addNetworkHierarchy(): void {
    const organisations = this.globals.get('Organisation')!;
    const papers = this.cities.flatMap((city) => city.papers);
    organisations.items.forEach((id, rank) => {
      if (rank === 0 || !this.rng.chance(0.15)) return;
      const parent = organisations.items[this.rng.int(rank)]!;
      this.addRelationship('PART_OF', id, parent, this.rng.pick(papers).id);
    });
  }

  /** What each paper says about itself: its city, its author, the body it went to, the motion it answers. */
  private addPaperFacts(): void {
    for (const city of this.cities) {
      let lastMotion: string | null = null;
      for (const paper of city.papers) {
        this.addRelationship('ISSUED_BY', paper.id, city.id, paper.id);
        if (paper.type === 'WEBSITE') continue;
        const motion = paper.type === 'ANTRAG' || paper.type === 'ANFRAGE';
        const authors = motion && city.partyGroups.length > 0 ? city.partyGroups : city.units;
        if (authors.length > 0 && this.rng.chance(0.75)) {
          this.addRelationship('AUTHORED_BY', paper.id, this.rng.pick(authors), paper.id);
        }
        if (city.bodies.length > 0 && this.rng.chance(0.6)) {
          const since = isoDate(dayOf(paper.date) + this.rng.int(60));
          this.addRelationship('PRESENTED_TO', paper.id, this.rng.pick(city.bodies), paper.id, { since });
        }
        if (!motion && lastMotion && this.rng.chance(0.6)) {
          this.addRelationship('RESPONDS_TO', paper.id, lastMotion, paper.id);
        }
        if (motion) lastMotion = paper.id;
      }
    }
  }

  /**
   * The facts papers state, `count` of them. Large cities write more papers, and a few papers (strategies,
   * concepts) state hundreds of facts: how many facts a paper states has a heavy tail.
   */
  private addContentFacts(count: number): void {
    const papers = this.cities.flatMap((city) => city.papers.map((paper) => ({ city, paper })));
    const weights = papers.map(() => 1 / (0.05 + this.rng.next()));
    const pool = new WeightedPool(papers, weights);
    let added = 0;
    for (let attempts = 0; added < count; attempts++) {
      if (attempts > count * 5) throw new Error(`generator could only place ${added} of ${count} facts`);
      const { city, paper } = pool.draw(this.rng);
      const type = this.rng.choose(FACT_TYPES as Record<RelationshipType, number>);
      const from = this.pickEnd(type, 'from', city);
      const to = this.pickEnd(type, 'to', city);
      if (from && to && this.addRelationship(type, from, to, paper.id, this.factProperties(type, paper.date))) {
        added += 1;
      }
    }
  }

  private pickEnd(type: RelationshipType, side: 'from' | 'to', city: CityInfo): string | null {
    const allowed = RELATIONSHIP_TYPES[type][side] as readonly NodeKind[];
    const preference = side === 'from' ? FROM_KINDS : TO_KINDS;
    const weights = Object.fromEntries(allowed.map((kind) => [kind, preference[kind] ?? 0])) as Record<string, number>;
    const kind = this.rng.choose(weights) as NodeKind;
    const local = (ids: string[]) => (ids.length > 0 ? this.rng.pick(ids) : null);
    const global = () => this.globals.get(kind)!.draw(this.rng);
    switch (kind) {
      case 'City':
        return side === 'to' && type === 'COOPERATES_WITH' ? this.cityPool.draw(this.rng).id : city.id;
      case 'OrgUnit':
        return local(city.units);
      case 'Body':
        return local(city.bodies);
      case 'Organisation':
        return side === 'from' && this.rng.chance(0.5) ? local(this.localOrganisations.get(city) ?? []) : global();
      case 'Project': {
        const ownShare = side === 'from' ? 0.7 : (LOCAL_PROJECT[type] ?? 0.3);
        return this.rng.chance(ownShare) ? local(city.projects) : global();
      }
      default:
        return global();
    }
  }

  private factProperties(type: RelationshipType, paperDate: string): Entry {
    const status = this.rng.choose(STATUS_WEIGHTS);
    const props: Entry = status === 'ACTIVE' && this.rng.chance(0.5) ? {} : { status };
    if (this.rng.chance(0.5)) {
      const since = this.rng.int(dayOf(paperDate) + 1);
      props.since = isoDate(since);
      if (status === 'ENDED' && this.rng.chance(0.5)) props.until = isoDate(since + this.rng.int(3 * 365));
    }
    if (this.rng.chance(0.3)) props.evidence = names.evidence(this.rng);
    if (['MEMBER_OF', 'ADVISES', 'LEADS', 'HAS_ROLE'].includes(type) && this.rng.chance(0.25)) {
      props.role = this.rng.pick(ROLES_IN_FACTS);
    }
    if (type === 'COOPERATES_WITH' && this.rng.chance(0.4)) {
      props.about = this.globals.get(this.rng.chance(0.7) ? 'Standard' : 'Topic')!.draw(this.rng);
    }
    return props;
  }
}
