import { docFiles, readDocAnswers, select } from '../support/doc-answers';

describe('example answers in the docs', () => {
  it.each(docFiles())(
    'when %s shows a JSON block, then it is an answer marked with the question it answers',
    (file) => {
      const { jsonBlocks, answers } = readDocAnswers(file);
      expect(answers.map((a) => a.body[0] - 1)).toEqual(jsonBlocks);
    },
  );

  it('when the docs are read, then the front page and the querying guide show answers the tests check', () => {
    const files = docFiles().flatMap((file) => readDocAnswers(file).answers.map((a) => a.file));
    expect(new Set(files)).toEqual(new Set(['README.md', 'docs/querying.md']));
  });

  it('when a selector names a part of a response, then that part is taken, and a missing part is undefined', () => {
    const response = { data: { paths: [{ length: 1 }, { length: 2 }] }, extensions: { asOf: [] } };
    expect(select(response, 'data.paths[1]')).toEqual({ length: 2 });
    expect(select(response, 'extensions')).toEqual({ asOf: [] });
    expect(select(response, '.')).toBe(response);
    expect(select(response, 'data.nothing[0].x')).toBeUndefined();
  });
});
