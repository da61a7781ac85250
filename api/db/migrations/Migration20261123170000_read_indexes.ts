import { Migration } from '@mikro-orm/migrations';

// Indexes for reads the benchmark found scanning (npm run bench prints the plans). Written by hand:
// MikroORM's diff does not express indexes on expressions.
export class Migration20261123170000_read_indexes extends Migration {

  override async up(): Promise<void> {
    // directive(number: "402-cv/tu") compares lower(number) = lower($1).
    this.addSql(`create index "directive_number_lower_index" on "directive" (lower("number"));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "directive_number_lower_index";`);
  }

}
