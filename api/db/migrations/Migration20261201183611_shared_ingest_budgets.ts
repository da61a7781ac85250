import { Migration } from '@mikro-orm/migrations';

export class Migration20261201183611_shared_ingest_budgets extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "ingest_budget" ("api_key_id" int not null, "tokens" double precision not null, "refilled_at" timestamptz not null, "taken" boolean not null, constraint "ingest_budget_pkey" primary key ("api_key_id"));`);

    this.addSql(`alter table "ingest_budget" add constraint "ingest_budget_api_key_id_foreign" foreign key ("api_key_id") references "api_key" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "api_key" add column "last_write_lsn" pg_lsn null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "ingest_budget" cascade;`);

    this.addSql(`alter table "api_key" drop column "last_write_lsn";`);
  }

}
