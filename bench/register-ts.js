// Lets `node -r ./bench/register-ts.js bench/run.ts` run the benchmark and the project's sources straight from
// TypeScript. A tsc build into another folder would break src/local-neo4j/paths.ts, which finds the repository
// root (and so .neo4j/) relative to its own file; type checking stays with `npm run typecheck`.
/* global __dirname */
/* eslint-disable @typescript-eslint/no-require-imports -- a require hook is CommonJS by nature */
const fs = require('node:fs');
const path = require('node:path');
const ts = require('typescript');

const configFile = path.join(__dirname, '..', 'tsconfig.json');
const { config } = ts.readConfigFile(configFile, ts.sys.readFile);
const { options } = ts.convertCompilerOptionsFromJson(config.compilerOptions, path.dirname(configFile));
const compilerOptions = { ...options, sourceMap: false };

require.extensions['.ts'] = (module, filename) => {
  const { outputText } = ts.transpileModule(fs.readFileSync(filename, 'utf8'), { compilerOptions, fileName: filename });
  module._compile(outputText, filename);
};
