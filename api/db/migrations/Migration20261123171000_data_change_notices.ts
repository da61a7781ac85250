import { Migration } from '@mikro-orm/migrations';

// Every committed write to what the API serves sends one NOTIFY on `data_changed` (data-changes.ts), so
// a server's response cache can forget answers that a write by any process made stale. A constant
// payload lets PostgreSQL fold a transaction's notices into one. Written by hand: triggers.
const TABLES = [
  'province', 'issuer', 'directive', 'rendition', 'clause', 'agency', 'agency_mention', 'measure', 'measure_agency',
  'target', 'slogan', 'slogan_mention', 'reference', 'shared_passage', 'passage', 'correction',
];

export class Migration20261123171000_data_change_notices extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create function notify_data_changed() returns trigger language plpgsql as $$
begin
  perform pg_notify('data_changed', '');
  return null;
end $$;`);
    for (const table of TABLES) {
      this.addSql(`create trigger "${table}_data_changed" after insert or update or delete or truncate on "${table}" for each statement execute function notify_data_changed();`);
    }
  }

  override async down(): Promise<void> {
    for (const table of TABLES) this.addSql(`drop trigger if exists "${table}_data_changed" on "${table}";`);
    this.addSql(`drop function if exists notify_data_changed();`);
  }

}
