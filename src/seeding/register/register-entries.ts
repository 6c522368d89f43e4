import {
  ADMINISTRATIVE_TYPE_WORDS as TYPE_WORDS,
  type CITY_TYPES,
  type GEMEINDEVERBAND_TYPES,
  type KREIS_TYPES,
  type URBANISATION_DEGREES,
  type NodeKind,
} from '../../model';
import { unitDisplayName, withoutAddition } from './display-names';
import { RECORD_TYPES, type RecordType, type RegisterIssue, type RegisterRow } from './parse-register';

/** The register's Textkennzeichen of a Kreis, a Gemeindeverband and a Gemeinde, as the model's types. */
const KREIS_TYPE_CODES: Record<string, (typeof KREIS_TYPES)[number]> = {
  '41': 'KREISFREIE_STADT',
  '42': 'STADTKREIS',
  '43': 'KREIS',
  '44': 'LANDKREIS',
  '45': 'REGIONALVERBAND',
};

const NO_KREIS = '00';

/** 50 is a verbandsfreie Gemeinde: the row repeats the municipality and is no unit of its own. */
const VERBANDSFREI = '50';
const VERBAND_TYPE_CODES: Record<string, (typeof GEMEINDEVERBAND_TYPES)[number]> = {
  '51': 'AMT',
  '52': 'SAMTGEMEINDE',
  '53': 'VERBANDSGEMEINDE',
  '54': 'VERWALTUNGSGEMEINSCHAFT',
  '55': 'KIRCHSPIELSLANDGEMEINDE',
  '56': 'VERWALTUNGSVERBAND',
  '58': 'ERFUELLENDE_GEMEINDE',
};

const CITY_TYPE_CODES: Record<string, (typeof CITY_TYPES)[number]> = {
  '60': 'MARKT',
  '61': 'KREISFREIE_STADT',
  '62': 'STADTKREIS',
  '63': 'STADT',
  '64': 'GEMEINDE',
  '65': 'GEMEINDEFREIES_GEBIET',
  '66': 'GEMEINDEFREIES_GEBIET_UNBEWOHNT',
  '67': 'GROSSE_KREISSTADT',
};

const URBANISATION_CODES: Record<string, (typeof URBANISATION_DEGREES)[number]> = {
  '01': 'DICHT_BESIEDELT',
  '02': 'MITTLERE_BESIEDLUNGSDICHTE',
  '03': 'GERING_BESIEDELT',
};

/** The ids of the register's nodes: from their keys, so that they stay the same from one edition to the next. */
export const registerIds = {
  land: (ars: string) => `land-${ars}`,
  regierungsbezirk: (ars: string) => `regierungsbezirk-${ars}`,
  kreis: (ars: string) => `kreis-${ars}`,
  verband: (ars: string) => `verband-${ars}`,
  gemeinde: (ags: string) => `ags-${ags}`,
};

/** A node of the register, as a raw entry that validation checks like any curated one. */
export interface RegisterNode extends Record<string, unknown> {
  kind: NodeKind;
  id: string;
  name: string;
}

export interface RegisterEntries {
  nodes: RegisterNode[];
  /** PART_OF from each unit to the one above it. */
  partOf: { from: string; to: string }[];
  /** Rows read per record type. */
  counts: Record<RecordType, number>;
  /** Inhabitants per Land, summed over its Gemeinden. */
  populationByLand: Map<string, number>;
  issues: RegisterIssue[];
}

/** A row's key: the Regionalschlüssel of a unit, the AGS of a Gemeinde (unique whatever its Gemeindeverband). */
const keyOf = (row: RegisterRow): string => {
  if (row.recordType === 60) return row.land + row.rb + row.kreis + row.gemeinde;
  const parts = [row.land, row.rb, row.kreis, row.vb];
  const length = { 10: 1, 20: 2, 30: 3, 40: 3, 50: 4 }[row.recordType];
  return parts.slice(0, length).join('');
};

/**
 * Turns the register's rows into nodes and PART_OF links, after checking them: every key unique, every Gemeinde
 * with its Gemeindeverband, Kreis and Land, every Textkennzeichen known, and every population the register states
 * for a unit equal to the sum over its Gemeinden (and men plus women equal to the population).
 */
export function registerEntries(rows: RegisterRow[]): RegisterEntries {
  const issues: RegisterIssue[] = [];
  const counts = Object.fromEntries(Object.keys(RECORD_TYPES).map((t) => [t, 0])) as Record<RecordType, number>;
  const byKey = new Map<string, RegisterRow>();
  for (const row of rows) {
    counts[row.recordType] += 1;
    const key = `${row.recordType}:${keyOf(row)}`;
    const earlier = byKey.get(key);
    if (earlier) issues.push({ line: row.line, message: `key ${keyOf(row)} repeats line ${earlier.line}` });
    else byKey.set(key, row);
  }
  const find = (type: RecordType, key: string) => byKey.get(`${type}:${key}`);
  const nodes: RegisterNode[] = [];
  const partOf: { from: string; to: string }[] = [];
  const populationByLand = new Map<string, number>();
  const populationByUnit = new Map<string, number>();

  for (const row of rows) {
    const land = find(10, row.land);
    const kreisKey = row.land + row.rb + row.kreis;
    const place = (what: string) => issues.push({ line: row.line, message: what });
    switch (row.recordType) {
      case 10:
        nodes.push({ kind: 'Land', id: registerIds.land(row.land), name: row.name, ars: row.land });
        break;
      case 20: {
        const ars = row.land + row.rb;
        if (!land) place(`Regierungsbezirk ${ars} has no Land ${row.land}`);
        nodes.push({ kind: 'Regierungsbezirk', id: registerIds.regierungsbezirk(ars), name: row.name, ars });
        partOf.push({ from: registerIds.regierungsbezirk(ars), to: registerIds.land(row.land) });
        break;
      }
      case 40: {
        const type = KREIS_TYPE_CODES[row.textCode];
        if (!type) place(`unknown Textkennzeichen "${row.textCode}" for a Kreis`);
        if (!land) place(`Kreis ${kreisKey} has no Land ${row.land}`);
        if (!type || !land) break;
        const rb = find(20, row.land + row.rb);
        nodes.push({
          kind: 'Kreis',
          id: registerIds.kreis(kreisKey),
          name: unitDisplayName(type, row.name),
          ars: kreisKey,
          type,
          description: `${TYPE_WORDS[type]} in ${land.name}`,
        });
        partOf.push({
          from: registerIds.kreis(kreisKey),
          to: rb ? registerIds.regierungsbezirk(row.land + row.rb) : registerIds.land(row.land),
        });
        break;
      }
      case 50: {
        if (row.textCode === VERBANDSFREI) break;
        const type = VERBAND_TYPE_CODES[row.textCode];
        const kreis = find(40, kreisKey);
        if (!type) place(`unknown Textkennzeichen "${row.textCode}" for a Gemeindeverband`);
        if (!kreis) place(`Gemeindeverband ${kreisKey}${row.vb} has no Kreis ${kreisKey}`);
        if (!type || !kreis || !land) break;
        const ars = kreisKey + row.vb;
        nodes.push({
          kind: 'Gemeindeverband',
          id: registerIds.verband(ars),
          name: unitDisplayName(type, row.name),
          ars,
          type,
          description: `${TYPE_WORDS[type]} · ${kreisName(kreis)} · ${land.name}`,
        });
        partOf.push({ from: registerIds.verband(ars), to: registerIds.kreis(kreisKey) });
        break;
      }
      case 60: {
        const ags = kreisKey + row.gemeinde;
        const ars = kreisKey + row.vb + row.gemeinde;
        const type = CITY_TYPE_CODES[row.textCode];
        const kreis = find(40, kreisKey);
        const verband = find(50, kreisKey + row.vb);
        const urbanisation = row.urbanisation ? URBANISATION_CODES[row.urbanisation] : undefined;
        if (!type) place(`unknown Textkennzeichen "${row.textCode}" for a Gemeinde`);
        if (!land) place(`Gemeinde ${ags} has no Land ${row.land}`);
        // Kreis 00 is no Kreis: the register's way of keying an area that belongs to the Land alone, such as coastal waters.
        const outsideKreise = row.kreis === NO_KREIS;
        if (!kreis && !outsideKreise) place(`Gemeinde ${ags} has no Kreis ${kreisKey}`);
        if (!verband) place(`Gemeinde ${ags} has no Gemeindeverband ${kreisKey}${row.vb}`);
        if (row.urbanisation && !urbanisation) place(`unknown degree of urbanisation "${row.urbanisation}"`);
        if (row.male !== undefined && row.female !== undefined && row.male + row.female !== row.population)
          place(`men (${row.male}) and women (${row.female}) do not add up to the population (${row.population})`);
        if (!type || !land || !(kreis || outsideKreise) || !verband) break;
        // 0,0 lies in the Atlantic: the register's placeholder for an area without a centre.
        const located = row.latitude !== 0 || row.longitude !== 0;
        const inVerband = verband.textCode !== VERBANDSFREI;
        const verbandType = VERBAND_TYPE_CODES[verband.textCode];
        const hierarchy = [
          inVerband && verbandType ? unitDisplayName(verbandType, verband.name) : '',
          type === 'KREISFREIE_STADT' || type === 'STADTKREIS' || !kreis ? '' : kreisName(kreis),
          land.name,
        ].filter(Boolean);
        nodes.push({
          kind: 'City',
          id: registerIds.gemeinde(ags),
          name: withoutAddition(row.name),
          description: [TYPE_WORDS[type], ...hierarchy].join(' · '),
          state: land.name,
          ags,
          ars,
          officialName: row.name,
          type,
          population: row.population,
          area: row.area,
          density: row.density,
          postcode: row.postcode,
          latitude: located ? row.latitude : undefined,
          longitude: located ? row.longitude : undefined,
          urbanisation,
        });
        partOf.push({
          from: registerIds.gemeinde(ags),
          to: inVerband
            ? registerIds.verband(kreisKey + row.vb)
            : kreis
              ? registerIds.kreis(kreisKey)
              : registerIds.land(row.land),
        });
        const population = row.population ?? 0;
        populationByLand.set(row.land, (populationByLand.get(row.land) ?? 0) + population);
        for (const unit of [row.land, row.land + row.rb, kreisKey, kreisKey + row.vb])
          populationByUnit.set(unit, (populationByUnit.get(unit) ?? 0) + population);
        break;
      }
    }
  }
  for (const row of rows) {
    if (row.recordType === 60 || row.recordType === 30 || row.population === undefined) continue;
    const sum = populationByUnit.get(keyOf(row)) ?? 0;
    if (sum !== row.population)
      issues.push({
        line: row.line,
        message: `${RECORD_TYPES[row.recordType]} ${row.name} states ${row.population} inhabitants, its Gemeinden add up to ${sum}`,
      });
  }
  return { nodes: nodes.map(withoutEmpty), partOf, counts, populationByLand, issues };
}

function kreisName(kreis: RegisterRow): string {
  const type = KREIS_TYPE_CODES[kreis.textCode];
  return type ? unitDisplayName(type, kreis.name) : kreis.name;
}

/** Leaves out the figures a row does not have, e.g. the postcode of an uninhabited area. */
function withoutEmpty(node: RegisterNode): RegisterNode {
  return Object.fromEntries(Object.entries(node).filter(([, value]) => value !== undefined)) as RegisterNode;
}
