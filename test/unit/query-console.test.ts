import fs from 'node:fs';
import path from 'node:path';
import { Kind, parse, type OperationDefinitionNode } from 'graphql';
import { readExamples, renderQueryConsole } from '../../src/http/query-console';

const source = fs.readFileSync(path.resolve(__dirname, '..', '..', 'schema', 'examples.graphql'), 'utf8');

describe('the query console', () => {
  it('when the examples file is split, then every named operation is found, each a valid document', () => {
    const names = parse(source)
      .definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)
      .map((d) => d.name?.value);
    const examples = readExamples(source);
    expect(examples.map((e) => e.name)).toEqual(names);
    for (const example of examples) expect(() => parse(example.text)).not.toThrow();
  });

  it('when rendered, then it offers every example and loads nothing from another host', () => {
    const page = renderQueryConsole();
    for (const { name } of readExamples(source)) expect(page).toContain(`<option value="${name}">`);
    expect(page).not.toMatch(/(src|href)=["']?(https?:)?\/\//);
  });
});
