import { PlatformError } from '../errors';

/** A correction refused: the code becomes the GraphQL error code, the message says what to change. */
export class CorrectionError extends PlatformError {
  constructor(code: 'BAD_USER_INPUT' | 'NOT_FOUND', message: string) {
    super(code, message);
  }
}
