import { vocabulary, type CodeOf } from './vocabulary';

export const RENDITION_FORMAT = vocabulary('RenditionFormat', 'How a text of a directive reached us; it decides how the text was cleaned.', {
  OCR: 'Optical character recognition of a scan: hard line breaks, misread characters.',
  PORTAL: 'An article on a government web portal, with site boilerplate removed.',
  MARKDOWN: 'A markdown transcript, with emphasis marks removed.',
  PLAIN: 'Plain text.',
});
export type RenditionFormat = CodeOf<typeof RENDITION_FORMAT>;

export const LEGACY_ENCODING = vocabulary('LegacyEncoding', 'A pre-Unicode Vietnamese encoding a text was converted from.', {
  TCVN3: 'TCVN 5712 (ABC), the fonts named .Vn…',
  VNI: 'VNI, the fonts named VNI-…',
  VIQR: 'VIQR, marks typed as ASCII after the letter ("Tho^ng ba\'o").',
  WINDOWS_1258: 'Windows-1258, the code page Vietnamese Windows saves "ANSI" text in (Notepad, a word processor\'s plain text): tones as marks after their letters.',
});
export type LegacyEncoding = CodeOf<typeof LEGACY_ENCODING>;

export const ORIGIN_FORMAT = vocabulary('OriginFormat', 'The kind of file a rendition was read from.', {
  TEXT: 'A text file (plain, markdown, a saved portal page): read as it is.',
  PDF_TEXT: "A PDF's text layer, laid out in reading order.",
  PDF_OCR: 'A PDF without a usable text layer (a scan), its pages rendered and read by OCR.',
  IMAGE_OCR: 'An image of a page (PNG, JPEG or TIFF), read by OCR.',
  DOCX: "A Word document (.docx): its paragraphs in order, a table's cells row by row.",
  ODT: "An OpenDocument text (.odt), as LibreOffice saves it: its paragraphs in order, a table's cells row by row.",
  DOC: "A Word 97-2003 document (.doc): its paragraphs in order, a table's cells row by row, text deleted with changes tracked left out.",
});
export type OriginFormat = CodeOf<typeof ORIGIN_FORMAT>;
