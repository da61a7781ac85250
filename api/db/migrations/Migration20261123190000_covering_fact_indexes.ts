import { Migration } from '@mikro-orm/migrations';

// Covering indexes for the comparison (api/graphql/compare/comparison-facts.ts). At 30,000 directives a
// comparison visits every fact of the compared provinces to count its cells, and every passage they share:
// with the row key (and, for shared passages, the other side and the similarity) in the index, those visits
// are index-only scans instead of random reads of wide rows (a shared passage carries its quote twice).
// Each replaces the single-column index on directive_id it starts with.
export class Migration20261123190000_covering_fact_indexes extends Migration {

  override async up(): Promise<void> {
    // Building these over millions of shared passages outlasts the pool's statement timeout; `local` ends
    // with the migration's transaction.
    this.addSql(`set local statement_timeout = 0;`);
    this.addSql(`create index "target_directive_fact_index" on "target" ("directive_id", "metric", "id");`);
    this.addSql(`drop index if exists "target_directive_id_index";`);
    this.addSql(`create index "measure_directive_fact_index" on "measure" ("directive_id", "category", "id");`);
    this.addSql(`drop index if exists "measure_directive_id_index";`);
    this.addSql(`create index "slogan_mention_directive_fact_index" on "slogan_mention" ("directive_id", "slogan_id", "id");`);
    this.addSql(`drop index if exists "slogan_mention_directive_id_index";`);
    this.addSql(`create index "shared_passage_pair_index" on "shared_passage" ("directive_id", "other_id") include ("similarity", "id");`);
    this.addSql(`drop index if exists "shared_passage_directive_id_index";`);
  }

  override async down(): Promise<void> {
    this.addSql(`create index "target_directive_id_index" on "target" ("directive_id");`);
    this.addSql(`drop index if exists "target_directive_fact_index";`);
    this.addSql(`create index "measure_directive_id_index" on "measure" ("directive_id");`);
    this.addSql(`drop index if exists "measure_directive_fact_index";`);
    this.addSql(`create index "slogan_mention_directive_id_index" on "slogan_mention" ("directive_id");`);
    this.addSql(`drop index if exists "slogan_mention_directive_fact_index";`);
    this.addSql(`create index "shared_passage_directive_id_index" on "shared_passage" ("directive_id");`);
    this.addSql(`drop index if exists "shared_passage_pair_index";`);
  }

}
