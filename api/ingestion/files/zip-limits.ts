// Office documents of today are zip archives, and a hostile one can declare a small part and inflate to far more.
// The part that holds the text (.odt content.xml, .docx word/document.xml) is inflated only when the size the
// archive declares for it is one a text can have.
import { unzipSync } from 'fflate';

/** A letter's text part is some kilobytes; a book's a few megabytes. */
export const MAX_TEXT_PART_BYTES = 32 * 1024 * 1024;

/** The size the archive declares for one of its parts, read from its directory without inflating anything. */
export function declaredSize(bytes: Uint8Array, part: string): number | null {
  let size: number | null = null;
  unzipSync(bytes, {
    filter: (file) => {
      if (file.name === part) size = file.originalSize;
      return false;
    },
  });
  return size;
}
