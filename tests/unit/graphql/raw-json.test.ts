import { SerializedData, stringifyResult } from '../../../src/graphql/compiled/raw-json';

describe('responses whose data PostgreSQL already serialised', () => {
  const json = '{"actors":{"totalCount":2,"edges":[{"node":{"name":"Zoë \\"Z\\" Ortiz"}}]}}';

  it('are sent as written, in the key order Apollo uses, and parse to the same object', () => {
    const text = stringifyResult({ data: new SerializedData(json) as never, extensions: { sqlStatements: 1 } });
    expect(text).toBe(`{"data":${json},"extensions":{"sqlStatements":1}}\n`);
    expect(JSON.parse(text).data).toEqual(JSON.parse(json));
  });

  it('serialise as the plain object anywhere else', () => {
    expect(JSON.stringify({ data: new SerializedData(json) })).toBe(JSON.stringify({ data: JSON.parse(json) }));
  });

  it('leave ordinary results to JSON.stringify', () => {
    const value = { errors: [{ message: 'no' }], data: { a: 1 } };
    expect(stringifyResult(value)).toBe(`${JSON.stringify(value)}\n`);
  });
});
