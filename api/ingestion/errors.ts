// Errors a user sees when a file cannot be ingested. The code lets callers (CLI, GraphQL) map the failure to
// an exit status or an error extension; the message is written for the person who uploaded the file.

export type IngestionErrorCode =
  | 'EMPTY'
  | 'NOT_TEXT'
  | 'TOO_LARGE'
  | 'NOT_A_DIRECTIVE'
  /** A PDF protected by a password. */
  | 'ENCRYPTED'
  /** A PDF or an image that its reader cannot parse. */
  | 'DAMAGED';

export class IngestionError extends Error {
  readonly code: IngestionErrorCode;

  constructor(code: IngestionErrorCode, message: string) {
    super(message);
    this.name = 'IngestionError';
    this.code = code;
    // Keeps `instanceof` working when compiled to ES5-style classes or across module copies.
    Object.setPrototypeOf(this, new.target.prototype);
  }
}

/** "3.2 MB", "2 MB", "512 KB", "17 bytes": sizes as a person reads them (binary units, as the limit is). */
export function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${trimZero(bytes / (1024 * 1024))} MB`;
  if (bytes >= 1024) return `${trimZero(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}

function trimZero(n: number): string {
  return n.toFixed(1).replace(/\.0$/, '');
}
