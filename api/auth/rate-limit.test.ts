import { ingestRatePerMinute } from './rate-limit';

describe('INGEST_RATE_PER_MINUTE', () => {
  it('gives 30 documents a minute when unset or empty, and the value when it is a positive number', () => {
    expect(ingestRatePerMinute({})).toBe(30);
    expect(ingestRatePerMinute({ INGEST_RATE_PER_MINUTE: ' ' })).toBe(30);
    expect(ingestRatePerMinute({ INGEST_RATE_PER_MINUTE: '120' })).toBe(120);
    expect(ingestRatePerMinute({ INGEST_RATE_PER_MINUTE: '0.5' })).toBe(0.5);
  });

  it('refuses a value that is no positive number, naming the variable', () => {
    for (const bad of ['abc', '0', '-5', '30/min', 'Infinity']) {
      expect(() => ingestRatePerMinute({ INGEST_RATE_PER_MINUTE: bad })).toThrow(`INGEST_RATE_PER_MINUTE must be a number of documents above 0; found ${JSON.stringify(bad)}`);
    }
  });
});
