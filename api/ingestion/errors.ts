import { PlatformError } from '../errors';

// Errors a user sees when a file cannot be ingested. The code lets callers (CLI, GraphQL) map the failure to
// an exit status or an error extension; the message is written for the person who uploaded the file.

export type IngestionErrorCode =
  | 'EMPTY'
  | 'NOT_TEXT'
  | 'TOO_LARGE'
  | 'NOT_A_DIRECTIVE'
  /** A PDF protected by a password. */
  | 'ENCRYPTED'
  /** A PDF, an image or a Word document that its reader cannot parse. */
  | 'DAMAGED';

/** A document that cannot be ingested: UNPROCESSABLE_DOCUMENT, with `code` as its `reason`. */
export class IngestionError extends PlatformError {
  constructor(
    readonly code: IngestionErrorCode,
    message: string,
  ) {
    super('UNPROCESSABLE_DOCUMENT', message, { reason: code });
  }
}

/** "3.2 MB", "2 MB", "512 KB", "17 bytes": sizes as a person reads them (binary units, as the limit is). */
export function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${trimZero(bytes / (1024 * 1024))} MB`;
  if (bytes >= 1024) return `${trimZero(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}

/** "file is 3.2 MB; the limit is 2 MB", in bytes when rounding would make the two look equal ("2 MB; the limit is 2 MB"). */
export function sizeOverLimit(what: string, bytes: number, maxBytes: number): string {
  const [size, limit] = [formatSize(bytes), formatSize(maxBytes)];
  if (size !== limit) return `${what} is ${size}; the limit is ${limit}`;
  const exact = (n: number) => `${n.toLocaleString('en')} bytes`;
  return `${what} is ${exact(bytes)}; the limit is ${exact(maxBytes)} (${limit})`;
}

function trimZero(n: number): string {
  return n.toFixed(1).replace(/\.0$/, '');
}
