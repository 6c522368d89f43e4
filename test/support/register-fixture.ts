import fs from 'node:fs';
import path from 'node:path';
import { writeDataset, type FixtureFiles } from './seed-fixture';

export const REGISTER_HEADER =
  'satzart,textkennzeichen,land,rb,kreis,vb,gemeinde,gemeindename,flaeche,bevoelkerung,maennlich,weiblich,jekm2,postleitzahl,laengengrad,breitengrad,schluessel,bezeichnung,verstaedterungschluessel,verstaedterungbezeichnung';

/** Rows in the Destatis layout: a Land, a Landkreis with a Verbandsgemeinde of two Gemeinden, and a Stadt. */
export const REGISTER_ROWS = [
  '10,,07,,,,,Rheinland-Pfalz,,,,,,,,,,,,',
  '20,,07,1,,,,früher: Reg.-Bez. Koblenz,,,,,,,,,,,,',
  '40,44,07,1,37,,,Mayen-Koblenz,,,,,,,,,,,,',
  '50,50,07,1,37,0003,,"Andernach, Stadt",,,,,,,,,,,,',
  '60,63,07,1,37,0003,003,"Andernach, Stadt", 53.34, 29 922, 14 539, 15 383,  561,56626,"7,398566","50,439583",J18,Rheintal,02,mittlere Besiedlungsdichte',
  '50,53,07,1,37,5001,,Pellenz,,,,,,,,,,,,',
  '60,64,07,1,37,5001,056,Kretz, 4.18,  702,  335,  367,  168,56630,"7,361895","50,394106",J12,Eifel,03,gering besiedelt',
  '60,64,07,1,37,5001,057,Kruft, 18.23, 4 117, 2 057, 2 060,  226,56642,"7,336575","50,385163",J12,Eifel,03,gering besiedelt',
];

export const REGISTER_SOURCE = {
  nodes: [
    {
      kind: 'Document',
      id: 'fx-register',
      name: 'Register',
      type: 'WEBSITE',
      title: 'Gemeindeverzeichnis',
      date: '2019-12-31',
      dateMeaning: 'STATE_OF_DATA',
      url: 'https://www.destatis.de/',
      licence: '© Statistisches Bundesamt (Destatis), 2020; dl-de/by-2-0',
    },
  ],
};

/** A dataset folder with a register of `rows` (the Destatis header added) and `files` beside it. */
export function writeRegisterDataset(rows: string[], files: FixtureFiles = {}): string {
  const dir = writeDataset({ 'register/source.yaml': REGISTER_SOURCE, ...files });
  fs.writeFileSync(
    path.join(dir, 'register', 'AuszugGV4QAktuell.csv'),
    `\uFEFF${[REGISTER_HEADER, ...rows].join('\n')}\n`,
  );
  return dir;
}
