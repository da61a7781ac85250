// A Word document (.docx), as provinces attach to their portal posts beside or instead of a PDF. Read by
// mammoth: paragraphs in order, a table's cells row by row and each cell's paragraphs together, so the
// letterhead's two cells give the issuer and its number, then the motto and the dateline, as a transcript
// prints them. A Word document has no fixed pages (its reader lays them out), so none are located.
import mammoth from 'mammoth';
import { IngestionError } from '../errors';

export async function readDocxText(bytes: Buffer): Promise<string> {
  let raw: string;
  try {
    raw = (await mammoth.extractRawText({ buffer: bytes })).value;
  } catch (error) {
    throw new IngestionError('DAMAGED', `the Word document cannot be read (${error instanceof Error ? error.message : String(error)})`);
  }
  // mammoth ends every paragraph with a blank line; a directive's paragraphs are its lines, and an empty
  // paragraph stays a blank line.
  return raw.replace(/\n\n/gu, '\n');
}
