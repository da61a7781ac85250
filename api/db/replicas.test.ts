import { REPLICA_DEFAULTS, replicaSettings } from './replica-settings';
import { parseLsn } from './replicas';

describe('parseLsn', () => {
  it('orders WAL positions as PostgreSQL does, across the 4 GB boundary of the low half', () => {
    expect(parseLsn('0/16B3748') < parseLsn('0/16B3750')).toBe(true);
    expect(parseLsn('0/FFFFFFFF') < parseLsn('1/0')).toBe(true);
    expect(parseLsn('16/B374D848')).toBe((0x16n << 32n) + 0xb374d848n);
  });

  it('refuses what is not a position', () => {
    expect(() => parseLsn('16-B374D848')).toThrow('not a WAL position: "16-B374D848"');
  });
});

describe('replicaSettings', () => {
  it('reads the comma-separated URLs and the lag bound', () => {
    const { urls, options } = replicaSettings({
      DATABASE_REPLICA_URLS: ' postgresql://u:p@10.0.0.12:5432/directives, postgres://u:p@10.0.0.13/directives ,',
      DATABASE_REPLICA_MAX_LAG_MS: '2000',
    });
    expect(urls).toEqual(['postgresql://u:p@10.0.0.12:5432/directives', 'postgres://u:p@10.0.0.13/directives']);
    expect(options.maxLagMs).toBe(2000);
  });

  it('has no replicas and the default bound when nothing is set', () => {
    expect(replicaSettings({})).toEqual({ urls: [], options: REPLICA_DEFAULTS });
  });

  it('stops start-up on a value that is not one, naming the variable and never echoing a URL', () => {
    expect(() => replicaSettings({ DATABASE_REPLICA_URLS: 'postgresql://ok@h/db,secret@host/db' })).toThrow(
      'DATABASE_REPLICA_URLS: each entry must be a postgresql:// URL; found one that is not (entry 2)',
    );
    expect(() => replicaSettings({ DATABASE_REPLICA_MAX_LAG_MS: '5s' })).toThrow('DATABASE_REPLICA_MAX_LAG_MS must be a whole number of milliseconds above 0; found "5s"');
    expect(() => replicaSettings({ DATABASE_REPLICA_MAX_LAG_MS: '0' })).toThrow('DATABASE_REPLICA_MAX_LAG_MS');
  });
});
