// Which reader a file needs, told by its first bytes rather than its name: a researcher's downloads are often
// named "download.php" or "van-ban.pdf.txt", while a format's signature does not lie.

export type FileKind = 'PDF' | 'PNG' | 'JPEG' | 'TIFF' | 'TEXT';

/** The media type a kept source file is served with. */
export const MEDIA_TYPE: Record<Exclude<FileKind, 'TEXT'>, string> = {
  PDF: 'application/pdf',
  PNG: 'image/png',
  JPEG: 'image/jpeg',
  TIFF: 'image/tiff',
};

const SIGNATURES: { kind: Exclude<FileKind, 'TEXT'>; bytes: number[] }[] = [
  // Readers accept junk before a PDF's header; a text that merely mentions "%PDF-" must stay a text.
  { kind: 'PDF', bytes: [...Buffer.from('%PDF-')] },
  { kind: 'PNG', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { kind: 'JPEG', bytes: [0xff, 0xd8, 0xff] },
  { kind: 'TIFF', bytes: [0x49, 0x49, 0x2a, 0x00] },
  { kind: 'TIFF', bytes: [0x4d, 0x4d, 0x00, 0x2a] },
];

export function fileKind(bytes: Uint8Array): FileKind {
  for (const { kind, bytes: signature } of SIGNATURES) {
    if (signature.every((byte, i) => bytes[i] === byte)) return kind;
  }
  return 'TEXT';
}
