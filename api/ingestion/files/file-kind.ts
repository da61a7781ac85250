// Which reader a file needs, told by its first bytes rather than its name: a researcher's downloads are often
// named "download.php" or "van-ban.pdf.txt", while a format's signature does not lie.

export type FileKind = 'PDF' | 'PNG' | 'JPEG' | 'TIFF' | 'DOCX' | 'ODT' | 'DOC' | 'LEGACY_OFFICE' | 'TEXT';

/** The media type a kept source file is served with. */
export const MEDIA_TYPE: Record<Exclude<FileKind, 'TEXT'>, string> = {
  PDF: 'application/pdf',
  PNG: 'image/png',
  JPEG: 'image/jpeg',
  TIFF: 'image/tiff',
  DOCX: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  ODT: 'application/vnd.oasis.opendocument.text',
  DOC: 'application/msword',
  LEGACY_OFFICE: 'application/x-cfb',
};

/**
 * Office 97-2003 files are compound files (an archive of streams) that start so. A Word document (.doc) is one
 * with a stream named WordDocument (the directory writes names in UTF-16).
 */
const COMPOUND_FILE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const WORD_STREAM = Buffer.from('WordDocument', 'utf16le');

const SIGNATURES: { kind: Exclude<FileKind, 'TEXT' | 'DOCX' | 'ODT' | 'DOC'>; bytes: number[] }[] = [
  // Readers accept junk before a PDF's header; a text that merely mentions "%PDF-" must stay a text.
  { kind: 'PDF', bytes: [...Buffer.from('%PDF-')] },
  { kind: 'PNG', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { kind: 'JPEG', bytes: [0xff, 0xd8, 0xff] },
  { kind: 'TIFF', bytes: [0x49, 0x49, 0x2a, 0x00] },
  { kind: 'TIFF', bytes: [0x4d, 0x4d, 0x00, 0x2a] },
  // Excel's and PowerPoint's files of those years, and a .docx protected by a password, are compound files too.
  { kind: 'LEGACY_OFFICE', bytes: COMPOUND_FILE },
];

/** A zip archive; a Word document is one that holds word/document.xml (its entries' names are stored as written). */
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const WORD_BODY = 'word/document.xml';
/**
 * An OpenDocument text is a zip whose first entry, stored uncompressed, is "mimetype" holding its media type: the
 * type is written in the archive's first bytes (a template's type, "...text-template", starts with it too).
 */
const ODT_TYPE = 'mimetypeapplication/vnd.oasis.opendocument.text';

export function fileKind(bytes: Uint8Array): FileKind {
  const zip = ZIP.every((byte, i) => bytes[i] === byte);
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (zip && buffer.subarray(0, 120).includes(ODT_TYPE, 0, 'latin1')) return 'ODT';
  if (zip && buffer.includes(WORD_BODY, 0, 'latin1')) return 'DOCX';
  if (COMPOUND_FILE.every((byte, i) => bytes[i] === byte) && buffer.includes(WORD_STREAM)) return 'DOC';
  for (const { kind, bytes: signature } of SIGNATURES) {
    if (signature.every((byte, i) => bytes[i] === byte)) return kind;
  }
  return 'TEXT';
}
