import { IngestionError, formatSize, sizeOverLimit } from './errors';

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

describe('sizeOverLimit', () => {
  it('never says a size is over a limit that reads the same', () => {
    expect(sizeOverLimit('file', Math.round(3.2 * 1024 * 1024), 2 * 1024 * 1024)).toBe('file is 3.2 MB; the limit is 2 MB');
    expect(sizeOverLimit('file', 2 * 1024 * 1024 + 1, 2 * 1024 * 1024)).toBe('file is 2,097,153 bytes; the limit is 2,097,152 bytes (2 MB)');
  });
});
