// Lets `node -r ./bench/register-ts.js bench/run.ts` run the benchmark and the project's sources straight from
// TypeScript. A tsc build into another folder would break src/local-neo4j/paths.ts, which finds the repository
// root (and so .neo4j/) relative to its own file; type checking stays with `npm run typecheck`.
//
// What a file compiles to is kept in node_modules/.cache, by a hash of the file, the compiler options and the
// compiler's version: the tests start child processes this way many times, and loading the compiler and compiling
// every module again took seconds each time.
/* global __dirname, process */
/* eslint-disable @typescript-eslint/no-require-imports -- a require hook is CommonJS by nature */
const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');

const root = path.join(__dirname, '..');
const configFile = path.join(root, 'tsconfig.json');
const cacheDir = path.join(root, 'node_modules', '.cache', 'register-ts');
const compilerVersion = JSON.parse(fs.readFileSync(require.resolve('typescript/package.json'), 'utf8')).version;
const settings = `${compilerVersion}\n${fs.readFileSync(configFile, 'utf8')}`;

let compiler = null;

/** The compiler and the project's options, loaded only when a file is not in the cache. */
function loadCompiler() {
  if (compiler) return compiler;
  const ts = require('typescript');
  const { config } = ts.readConfigFile(configFile, ts.sys.readFile);
  const { options } = ts.convertCompilerOptionsFromJson(config.compilerOptions, path.dirname(configFile));
  compiler = { ts, compilerOptions: { ...options, sourceMap: false } };
  return compiler;
}

function compile(source, filename) {
  const key = crypto.createHash('sha256').update(settings).update(filename).update(source).digest('hex');
  const cached = path.join(cacheDir, `${key}.js`);
  try {
    return fs.readFileSync(cached, 'utf8');
  } catch {
    const { ts, compilerOptions } = loadCompiler();
    const { outputText } = ts.transpileModule(source, { compilerOptions, fileName: filename });
    // Written under a name of its own, then renamed: processes compiling the same file at once do not mix.
    const partial = `${cached}.${process.pid}.tmp`;
    fs.mkdirSync(cacheDir, { recursive: true });
    fs.writeFileSync(partial, outputText);
    fs.renameSync(partial, cached);
    return outputText;
  }
}

require.extensions['.ts'] = (module, filename) => {
  module._compile(compile(fs.readFileSync(filename, 'utf8'), filename), filename);
};
