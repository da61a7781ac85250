import { Migration } from '@mikro-orm/migrations';
import { documentNumberKey } from '../../text/document-number';

export class Migration20261201161802_number_keys_and_text_identity extends Migration {

  override async up(): Promise<void> {
    await this.execute(`drop index "directive_number_lower_index";`);
    await this.execute(`alter table "directive" add column "number_key" text null;`);
    // Keys are computed by the code ingestion uses. Directives that already share a key (the duplicates this
    // index prevents from now on) keep theirs apart with their id, for an editor to merge: nothing is lost.
    const rows = (await this.execute(`select id, number, province_code, kind from directive where number is not null order by id`)) as {
      id: number;
      number: string;
      province_code: string | null;
      kind: string | null;
    }[];
    const seen = new Set<string>();
    const keys = rows.map((r) => {
      const key = documentNumberKey(r.number);
      const scope = `${key}\u0000${r.province_code ?? ''}\u0000${r.kind ?? ''}`;
      const free = !seen.has(scope);
      seen.add(scope);
      return { id: r.id, key: free ? key : `${key} #${r.id}` };
    });
    if (keys.length) {
      await this.execute(`update "directive" d set "number_key" = v.key from json_to_recordset(?::json) as v(id int, key text) where d.id = v.id;`, [JSON.stringify(keys)]);
    }
    await this.execute(`create unique index "directive_number_key_unique" on "directive" ("number_key", coalesce("province_code", ''), coalesce("kind", '')) where "number_key" is not null;`);

    await this.execute(`alter table "rendition" add column "text_checksum" varchar(64) null;`);
    await this.execute(`update "rendition" set "text_checksum" = encode(sha256(convert_to("text", 'UTF8')), 'hex');`);
    await this.execute(`create index "rendition_text_checksum_index" on "rendition" ("text_checksum");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "directive_number_key_unique";`);
    this.addSql(`alter table "directive" drop column "number_key";`);

    this.addSql(`CREATE INDEX directive_number_lower_index ON public.directive USING btree (lower(number));`);

    this.addSql(`drop index "rendition_text_checksum_index";`);
    this.addSql(`alter table "rendition" drop column "text_checksum";`);
  }

}
