import { buildDocument, sentenceAt } from '../../../src/extract/document';

describe('document', () => {
  it('does not end sentences at titles, initials or decimals', () => {
    const text = 'Gen. J. Smith met Mr. Jones in the U.S. capital. He said 3.5 percent. "Go," he said.';
    const doc = buildDocument(text);
    expect(doc.sentences.map((s) => text.slice(s.start, s.end))).toEqual([
      'Gen. J. Smith met Mr. Jones in the U.S. capital.',
      'He said 3.5 percent.',
      '"Go," he said.',
    ]);
  });

  it('keeps closing quotes with their sentence and splits paragraphs', () => {
    const text = '“We will win.” She left.\nNext paragraph here.';
    const doc = buildDocument(text);
    expect(doc.paragraphs).toHaveLength(2);
    expect(doc.sentences.map((s) => text.slice(s.start, s.end))).toEqual(['“We will win.”', 'She left.', 'Next paragraph here.']);
    expect(sentenceAt(doc, text.indexOf('She'))?.index).toBe(1);
    expect(doc.sentences[1].tokens.map((t) => t.text)).toEqual(['She', 'left', '.']);
  });
});

describe('sentences after U.S.', () => {
  it('goes on before a capitalised title and ends before a function word', () => {
    const text = 'She met U.S. Attorney Jo Roe in the U.S. The talks went well.';
    const doc = buildDocument(text);
    expect(doc.sentences.map((s) => text.slice(s.start, s.end))).toEqual(['She met U.S. Attorney Jo Roe in the U.S.', 'The talks went well.']);
  });
});

describe('sentences after a state abbreviation', () => {
  it('ends before a sentence opener and goes on before a name or a verb', () => {
    const text = 'The plant is in Dayton, Ohio, near Tulsa, Okla. The owner, Gov. Jo Roe of Fla. Roe Mills, said it would close.';
    const doc = buildDocument(text);
    expect(doc.sentences.map((s) => text.slice(s.start, s.end))).toEqual([
      'The plant is in Dayton, Ohio, near Tulsa, Okla.',
      'The owner, Gov. Jo Roe of Fla. Roe Mills, said it would close.',
    ]);
  });
});

describe('sentences before a wire-style quotation', () => {
  it('ends a sentence before two backquotes that open a quotation', () => {
    const text = "``We must act,'' she said. ``Nobody else will.''";
    const doc = buildDocument(text);
    expect(doc.sentences.map((s) => text.slice(s.start, s.end))).toEqual(["``We must act,'' she said.", "``Nobody else will.''"]);
  });
});
