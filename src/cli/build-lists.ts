import fs from 'node:fs';
import path from 'node:path';
import { dump } from 'js-yaml';
import { oparlEntries } from '../lists/build-oparl';
import { readWebSources, sourceText, webEntries } from '../lists/build-web';
import { MatchFile } from '../lists/matches';
import { registerUnits } from '../matching/register-units';
import { NameResolver } from '../matching/resolve-name';
import { loadFiles } from '../seeding/load-files';
import { parseRegister } from '../seeding/register/parse-register';
import { registerCsv } from '../seeding/register/load-register';
import { DEFAULT_SEED_DIR } from '../seeding/seed-graph';
import { LISTS_DIR } from '../config/project-paths';
import { runCli } from './run-cli';

/** The folder below seed/ the list sources are written to; it is rewritten on every run. */
const OUTPUT = 'lists';
const HEADER = '# yaml-language-server: $schema=../../schema/seed.schema.json';

const yaml = (comment: string, doc: object) =>
  `${HEADER}\n# ${comment}\n# Written by \`npm run lists\` from lists/; edit lists/ and run it again, not this file.\n${dump(doc, { lineWidth: 120, quotingType: "'" })}`;

runCli(async () => {
  const csv = registerCsv(DEFAULT_SEED_DIR);
  if (!csv) throw new Error('seed/register holds no register CSV');
  const units = registerUnits(parseRegister(fs.readFileSync(csv, 'utf8')).rows);
  const out = path.join(DEFAULT_SEED_DIR, OUTPUT);
  const curated = loadFiles(DEFAULT_SEED_DIR).filter((f) => !f.file.startsWith(`${OUTPUT}/`));
  const curatedByAgs = new Map<string, string>();
  const wikidata = new Map<string, string>();
  for (const node of curated.flatMap((f) => f.nodes) as Record<string, unknown>[]) {
    if (node.kind !== 'City' || typeof node.ags !== 'string') continue;
    curatedByAgs.set(`ags-${node.ags}`, String(node.id));
    if (typeof node.wikidata === 'string') wikidata.set(node.wikidata, `ags-${node.ags}`);
  }
  const idOf = (registerId: string) => curatedByAgs.get(registerId) ?? registerId;
  const resolver = new NameResolver(units, wikidata);
  const matchFile = (name: string) => new MatchFile(path.join(LISTS_DIR, name), resolver);

  fs.rmSync(out, { recursive: true, force: true });
  fs.mkdirSync(out, { recursive: true });
  const oparlMatches = matchFile('oparl-endpoints/matches.yml');
  const retrieved = '2026-12-03';
  const oparl = oparlEntries(path.join(LISTS_DIR, 'oparl-endpoints', 'endpoints.yml'), oparlMatches, retrieved);
  oparl.file.relationships.forEach((r) => (r.from = idOf(String(r.from))));
  fs.writeFileSync(path.join(out, 'web-oparl-endpoints-2022-12-06.txt'), oparl.text);
  fs.writeFileSync(
    path.join(out, 'oparl-endpoints.yaml'),
    yaml(
      'The bodies of the OParl list that the register has, each publishing its council information through OParl.',
      oparl.file,
    ),
  );
  oparlMatches.save(
    '# The OParl list\'s titles and the register units they mean; a match with a "basis" is a curator\'s decision.',
  );

  const webMatches = matchFile('web/matches.yml');
  const sources = readWebSources(path.join(LISTS_DIR, 'web'));
  for (const source of sources) fs.writeFileSync(path.join(out, `${source.id}.txt`), sourceText(source));
  const web = webEntries(sources, webMatches, idOf);
  fs.writeFileSync(
    path.join(out, 'web-sources.yaml'),
    yaml('Programmes, rankings and networks from public web pages (lists/web), matched to the register.', {
      nodes: web.nodes,
      relationships: web.relationships,
    }),
  );
  webMatches.save(
    '# The names of the web sources and the register units they mean; a match with a "basis" is a curator\'s decision.',
  );

  const undecided = [...oparlMatches.undecided(), ...webMatches.undecided()];
  // The lists' own nodes (programmes, rounds, projects) are no units of the register.
  const own = new Set(web.nodes.map((n) => String(n.id)));
  const units_ = new Set(
    [...oparl.file.relationships, ...web.relationships].map((r) => String(r.from)).filter((id) => !own.has(id)),
  );
  console.log(
    `OParl list: ${oparl.bodies} bodies matched. Web sources: ${sources.length}, ${web.relationships.length} facts.`,
  );
  console.log(`${units_.size} municipalities, Verbände and Kreise with a fact from the lists.`);
  console.log(`${undecided.length} names undecided (see lists/*/matches.yml):`);
  for (const match of undecided)
    console.log(`  ${match.name}${match.land ? ` (${match.land})` : ''}: ${match.candidates?.length ?? 0} candidates`);
  if (web.unplacedLeads.length) {
    console.log(`${web.unplacedLeads.length} leads in no one project of their round (unknown, or no member of one):`);
    for (const lead of web.unplacedLeads) console.log(`  ${lead}`);
  }
});
