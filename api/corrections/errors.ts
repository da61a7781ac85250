/** A correction refused: the code becomes the GraphQL error code, the message says what to change. */
export class CorrectionError extends Error {
  constructor(
    readonly code: 'BAD_USER_INPUT' | 'NOT_FOUND',
    message: string,
  ) {
    super(message);
    this.name = 'CorrectionError';
    Object.setPrototypeOf(this, new.target.prototype);
  }
}
