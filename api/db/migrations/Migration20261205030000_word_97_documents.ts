import { Migration } from '@mikro-orm/migrations';

// A rendition may be read from a Word 97-2003 document (.doc).
export class Migration20261205030000_word_97_documents extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "rendition" drop constraint if exists "rendition_origin_format_check";`);
    this.addSql(`alter table "rendition" add constraint "rendition_origin_format_check" check ("origin_format" in ('TEXT', 'PDF_TEXT', 'PDF_OCR', 'IMAGE_OCR', 'DOCX', 'ODT', 'DOC'));`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "rendition" drop constraint if exists "rendition_origin_format_check";`);
    this.addSql(`alter table "rendition" add constraint "rendition_origin_format_check" check ("origin_format" in ('TEXT', 'PDF_TEXT', 'PDF_OCR', 'IMAGE_OCR', 'DOCX', 'ODT'));`);
  }

}
