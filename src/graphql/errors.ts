import { GraphQLError } from 'graphql';
import { InputError } from '../ingest/errors';

export function notFound(type: string, id: string): GraphQLError {
  return new GraphQLError(`No ${type} with id "${id}"`, { extensions: { code: 'NOT_FOUND' } });
}

export function unauthenticated(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
}

/** Input errors keep their message and code; anything else is internal and is masked unless debugging. */
export function publicError(error: unknown, debug: boolean): { message: string; code: string } | null {
  if (error instanceof InputError) return { message: error.message, code: error.code };
  if (error instanceof GraphQLError && error.extensions?.code) return null; // already public
  return debug ? null : { message: 'Internal server error', code: 'INTERNAL_SERVER_ERROR' };
}
