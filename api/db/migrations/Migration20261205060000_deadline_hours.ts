import { Migration } from '@mikro-orm/migrations';

// A time limit stated in hours ("trong vòng 12 giờ kể từ khi về") is kept in hours. It was a fraction of a day
// in an integer column: rounded (12 hours became 1 day, 2 hours 0 days) when rows were written by the ORM, and
// refused, failing the whole document, since facts are written as bound rows. Rows written before are read
// again from their deadline's quote, whose first figure is the time stated ("trong vòng 12 giờ ..."); a time
// spelled in words keeps its rounded days. Whole days of hours ("24 giờ") keep their days.
export class Migration20261205060000_deadline_hours extends Migration {

  override async up(): Promise<void> {
    for (const table of ['target', 'measure']) {
      this.addSql(`alter table "${table}" add column "deadline_hours" double precision null;`);
      this.addSql(
        `update "${table}" set "deadline_hours" = h.hours, "deadline_days" = case when h.hours % 24 = 0 then (h.hours / 24)::int end
           from (select "id", replace(figure, ',', '.')::numeric as hours from (select "id", (regexp_match("citation_quote", '^[^0-9]{0,40}([0-9]+(?:[.,][0-9]+)?)[[:space:]]*(?:giờ|tiếng|gio|tieng)', 'i'))[1] as figure
                   from "${table}" where "deadline_kind" = 'WITHIN_DAYS_OF_EVENT') f where figure is not null) h
          where h."id" = "${table}"."id";`,
      );
    }
  }

  override async down(): Promise<void> {
    for (const table of ['target', 'measure']) {
      this.addSql(`update "${table}" set "deadline_days" = ceil("deadline_hours" / 24) where "deadline_hours" is not null;`);
      this.addSql(`alter table "${table}" drop column "deadline_hours";`);
    }
  }

}
