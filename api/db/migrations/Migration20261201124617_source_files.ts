import { Migration } from '@mikro-orm/migrations';

// PDFs and page images as ingested (kept in the database, see entities/SourceFile.ts), and what a rendition
// read from one records: the kind of file, where its pages begin, and how sure OCR was.
export class Migration20261201124617_source_files extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "source_file" ("checksum" varchar(64) not null, "media_type" text not null, "byte_size" int not null, "page_count" int not null, "bytes" bytea not null, "received_at" timestamptz not null default now(), constraint "source_file_pkey" primary key ("checksum"));`);

    this.addSql(`alter table "rendition" add column "origin_format" text check ("origin_format" in ('TEXT', 'PDF_TEXT', 'PDF_OCR', 'IMAGE_OCR')) not null default 'TEXT', add column "page_starts" jsonb null, add column "ocr_confidence" double precision null, add column "source_file_checksum" varchar(64) null;`);
    this.addSql(`alter table "rendition" add constraint "rendition_source_file_checksum_foreign" foreign key ("source_file_checksum") references "source_file" ("checksum") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "rendition" drop constraint "rendition_source_file_checksum_foreign";`);

    this.addSql(`drop table if exists "source_file" cascade;`);

    this.addSql(`alter table "rendition" drop column "origin_format", drop column "page_starts", drop column "ocr_confidence", drop column "source_file_checksum";`);
  }

}
