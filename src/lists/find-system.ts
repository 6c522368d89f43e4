import fs from 'node:fs';
import path from 'node:path';
import { CORE_SCHEMA, load } from 'js-yaml';
import { registerUnits } from '../matching/register-units';
import { NameResolver } from '../matching/resolve-name';
import { parseRegister } from '../seeding/register/parse-register';
import { registerCsv } from '../seeding/register/load-register';
import { readOparlList } from './build-oparl';
import type { Match } from './matches';

/** The folder of the list sources in the repository. */
export const LISTS_DIR = path.resolve(__dirname, '..', '..', 'lists');

export type SystemLookup =
  { found: true; title: string; url: string; unit: string } | { found: false; message: string };

/**
 * The OParl System the OParl list gives for a municipality, Gemeindeverband or Kreis named by its AGS, its
 * Regionalschlüssel or its name (resolved as any list's name is), by the decisions recorded in
 * lists/oparl-endpoints/matches.yml.
 */
export function findOparlSystem(city: string, seedDir: string, listsDir = LISTS_DIR): SystemLookup {
  const csv = registerCsv(seedDir);
  if (!csv) return { found: false, message: 'the dataset has no municipality register to look the name up in' };
  const resolver = new NameResolver(registerUnits(parseRegister(fs.readFileSync(csv, 'utf8')).rows));
  const wanted = city.trim();
  const byKey = /^\d{8}$/.test(wanted)
    ? `ags-${wanted}`
    : /^\d{5}$/.test(wanted)
      ? `kreis-${wanted}`
      : /^\d{9}$/.test(wanted)
        ? `verband-${wanted}`
        : null;
  let unit = byKey ? resolver.unit(byKey) : undefined;
  if (byKey && !unit) return { found: false, message: `"${wanted}" is no key of the register` };
  if (!unit) {
    const resolution = resolver.resolve({ name: wanted });
    if (resolution.status !== 'matched') {
      const candidates = resolution.candidates.slice(0, 10).map((u) => `${u.key} ${u.registerName} (${u.land})`);
      return {
        found: false,
        message:
          resolution.status === 'ambiguous'
            ? `"${wanted}" names several units of the register; give the AGS of one: ${candidates.join('; ')}`
            : `"${wanted}" is no name of the register${candidates.length ? `; did you mean: ${candidates.join('; ')}` : ''}`,
      };
    }
    unit = resolution.unit;
  }
  const matches = (load(fs.readFileSync(path.join(listsDir, 'oparl-endpoints', 'matches.yml'), 'utf8'), {
    schema: CORE_SCHEMA,
  }) ?? []) as Match[];
  const titles = new Set(matches.filter((m) => m.id === unit.id).map((m) => m.name));
  const entry = readOparlList(path.join(listsDir, 'oparl-endpoints', 'endpoints.yml')).find(({ entry }) =>
    titles.has(entry.title),
  )?.entry;
  if (!entry) return { found: false, message: `the OParl list names no system for ${unit.registerName} (${unit.key})` };
  return { found: true, title: entry.title, url: entry.url, unit: unit.id };
}
