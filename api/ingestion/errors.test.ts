import { IngestionError, formatSize } from './errors';

describe('IngestionError', () => {
  it('carries a code and a message and is an Error', () => {
    const e = new IngestionError('TOO_LARGE', 'file is 3.2 MB; the limit is 2 MB');
    expect(e).toBeInstanceOf(Error);
    expect(e).toBeInstanceOf(IngestionError);
    expect(e.code).toBe('TOO_LARGE');
    expect(e.name).toBe('IngestionError');
    expect(e.message).toBe('file is 3.2 MB; the limit is 2 MB');
  });
});

describe('formatSize', () => {
  it('writes sizes as a person reads them', () => {
    expect(formatSize(17)).toBe('17 bytes');
    expect(formatSize(512 * 1024)).toBe('512 KB');
    expect(formatSize(2 * 1024 * 1024)).toBe('2 MB');
    expect(formatSize(Math.round(3.2 * 1024 * 1024))).toBe('3.2 MB');
  });
});
