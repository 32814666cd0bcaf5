import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';

export * from './generated/graphql';

export class NewsgraphError extends Error {
  constructor(
    message: string,
    readonly errors: { message: string; extensions?: { code?: string } }[],
  ) {
    super(message);
    this.name = 'NewsgraphError';
  }
}

/**
 * Runs a generated typed operation: result and variables are checked by the compiler against the
 * schema. Throws NewsgraphError (with each error's extensions.code) when the server reports errors.
 */
export async function request<TResult, TVariables extends Record<string, unknown>>(
  endpoint: string,
  document: TypedDocumentNode<TResult, TVariables>,
  variables: TVariables,
  options: { token?: string } = {},
): Promise<TResult> {
  const res = await fetch(endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(options.token ? { authorization: `Bearer ${options.token}` } : {}) },
    body: JSON.stringify({ query: print(document), variables }),
  });
  const body = (await res.json()) as { data?: TResult; errors?: NewsgraphError['errors'] };
  if (body.errors?.length) throw new NewsgraphError(body.errors.map((e) => e.message).join('; '), body.errors);
  if (!body.data) throw new NewsgraphError(`HTTP ${res.status} without data`, []);
  return body.data;
}
