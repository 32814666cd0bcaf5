import type { FormattedExecutionResult } from 'graphql';

/**
 * A response's `data` that Postgres has already written as JSON text: passed to the client as it
 * is instead of being parsed and serialised again. Anything else that serialises it (toJSON) still
 * gets the plain object.
 */
export class SerializedData {
  constructor(readonly json: string) {}

  toJSON(): unknown {
    return JSON.parse(this.json);
  }
}

/** Apollo's stringifyResult: the default (JSON plus a newline), splicing pre-serialised data in. */
export function stringifyResult(value: FormattedExecutionResult): string {
  const data: unknown = value.data;
  if (!(data instanceof SerializedData)) return `${JSON.stringify(value)}\n`;
  // The key order of Apollo's own responses: errors, data, extensions.
  const errors = value.errors ? `"errors":${JSON.stringify(value.errors)},` : '';
  const extensions = value.extensions ? `,"extensions":${JSON.stringify(value.extensions)}` : '';
  return `{${errors}"data":${data.json}${extensions}}\n`;
}
