import { Migration } from '@mikro-orm/migrations';

// Holder counts of fingerprint hashes, kept by statement-level triggers (written by hand: MikroORM's
// diff knows tables, not triggers). Counting holders with a capped index scan at every ingestion read
// ~50 index entries per run hash once the corpus had thousands of directives; a count per hash is one.
export class Migration20261123160000_fingerprint_holders extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "fingerprint_hash" ("hash" int not null, "holders" int not null, constraint "fingerprint_hash_pkey" primary key ("hash"));`);
    // Hashes in ascending order: two ingestions touching the same hashes lock them in the same order.
    this.addSql(`create function count_fingerprint_holders() returns trigger language plpgsql as $$
begin
  if tg_op = 'INSERT' then
    insert into fingerprint_hash (hash, holders)
      select hash, count(*) from added group by hash order by hash
      on conflict (hash) do update set holders = fingerprint_hash.holders + excluded.holders;
  else
    update fingerprint_hash h set holders = h.holders - gone.n
      from (select hash, count(*) as n from removed group by hash order by hash) gone
     where h.hash = gone.hash;
  end if;
  return null;
end $$;`);
    this.addSql(`create trigger fingerprint_holders_added after insert on directive_fingerprint referencing new table as added for each statement execute function count_fingerprint_holders();`);
    this.addSql(`create trigger fingerprint_holders_removed after delete on directive_fingerprint referencing old table as removed for each statement execute function count_fingerprint_holders();`);
    this.addSql(`insert into fingerprint_hash (hash, holders) select hash, count(*) from directive_fingerprint group by hash;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists fingerprint_holders_added on directive_fingerprint;`);
    this.addSql(`drop trigger if exists fingerprint_holders_removed on directive_fingerprint;`);
    this.addSql(`drop function if exists count_fingerprint_holders();`);
    this.addSql(`drop table if exists "fingerprint_hash" cascade;`);
  }

}
