import fs from 'node:fs';
import path from 'node:path';

const EXAMPLES_FILE = path.resolve(__dirname, '..', '..', 'schema', 'examples.graphql');

interface Example {
  name: string;
  text: string;
}

/** Splits schema/examples.graphql into its named operations, each with the comment above it. */
export function readExamples(source: string): Example[] {
  return source
    .split(/\n(?=(?:#[^\n]*\n)*query )/)
    .map((chunk) => chunk.trim())
    .filter((chunk) => /^(#[^\n]*\n)*query \w+/.test(chunk))
    .map((chunk) => ({ name: /query (\w+)/.exec(chunk)![1]!, text: chunk }));
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/**
 * A small page for trying queries in a browser: a query box prefilled with the analysts' examples and the raw answer.
 * Everything is inline, so it works offline (Apollo's own landing pages load from a CDN).
 */
export function renderQueryConsole(): string {
  const examples = readExamples(fs.readFileSync(EXAMPLES_FILE, 'utf8'));
  const options = examples.map((e) => `<option value="${escapeHtml(e.name)}">${escapeHtml(e.name)}</option>`).join('');
  const data = JSON.stringify(Object.fromEntries(examples.map((e) => [e.name, e.text]))).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>kommunen-graph · GraphQL</title>
<style>
body{font:15px/1.4 system-ui,sans-serif;margin:0;display:grid;grid-template-rows:auto 1fr;height:100vh}
header{padding:.6em 1em;background:#1d3557;color:#fff;display:flex;gap:1em;align-items:center}
header h1{font-size:1.1em;margin:0}main{display:grid;grid-template-columns:1fr 1fr;gap:1em;padding:1em;min-height:0}
textarea,pre{font:13px/1.4 ui-monospace,monospace;margin:0;padding:.6em;border:1px solid #ccc;overflow:auto;min-height:0}
button{font-size:1em;padding:.3em 1em}
</style></head>
<body><header><h1>kommunen-graph</h1>
<label>Example <select id="example">${options}</select></label>
<button id="run">Run ▶</button><span>POST /graphql · schema: <code>schema/schema.graphql</code></span></header>
<main><textarea id="query" spellcheck="false" aria-label="GraphQL query"></textarea><pre id="result" aria-live="polite"></pre></main>
<script>
const examples = ${data};
const query = document.getElementById('query');
const result = document.getElementById('result');
const select = document.getElementById('example');
select.onchange = () => { query.value = examples[select.value]; };
select.onchange();
document.getElementById('run').onclick = async () => {
  result.textContent = '…';
  const response = await fetch(location.pathname === '/' ? '/graphql' : location.pathname, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: query.value })
  });
  result.textContent = JSON.stringify(await response.json(), null, 2);
};
</script></body></html>
`;
}
