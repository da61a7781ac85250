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
});
export type LegacyEncoding = CodeOf<typeof LEGACY_ENCODING>;
