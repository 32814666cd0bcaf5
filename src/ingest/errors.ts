/** Input the service refuses, with a stable machine-readable code (surfaced as GraphQL extensions.code). */
export type InputErrorCode =
  | 'EMPTY_TEXT'
  | 'TEXT_TOO_LARGE'
  | 'INVALID_TEXT'
  | 'INVALID_DATE'
  | 'INVALID_URL'
  | 'INVALID_ARGUMENT'
  | 'NOT_FOUND';

export class InputError extends Error {
  constructor(
    readonly code: InputErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'InputError';
  }
}
