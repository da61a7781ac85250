import path from 'node:path';
import { defaultLexicons } from '../ingestion/lexicons';
import { canonicalNumber } from '../ingestion/lexicons/document-kinds';
import { repoRoot } from '../repo-root';
import { isoDate } from '../text/dates';
import { loadReferenceFile } from './reference-file';

// The national documents provinces cite (16/CT-TTg, 128/NQ-CP...), as reference data with where each entry was
// checked: what a reference to one of them links to, and the day implementations(of:) counts from.

export interface NationalDocument {
  /** As printed, and as references store it after canonicalNumber(): "1699/CĐ-TTg". */
  number: string;
  /** A code of seeds/lexicons/document-kinds.json. */
  kind: string;
  issuer: string;
  issuedOn: string;
  title: string;
  titleEn: string;
  sourceUrl: string;
  note: string | null;
}

const cache = new Map<string, NationalDocument[]>();

export function defaultNationalDocumentsFile(): string {
  return path.join(repoRoot(), 'seeds', 'national-documents.json');
}

export function loadNationalDocuments(file?: string): NationalDocument[] {
  return loadReferenceFile(file ?? defaultNationalDocumentsFile(), cache, validateNationalDocuments);
}

/** A number as references store it, however a reader typed it ("128/nq-cp", "1699/CD-TTg", "1699 /CĐ-TTg"). */
export function lookupNumber(number: string): string {
  // Symbols of national documents are written in capitals; a reader's lower case is not a different number.
  return canonicalNumber(defaultLexicons().documentKinds, number.trim().toUpperCase());
}

/** The catalogue entry of a number however it is spelled, or null. */
export function nationalDocument(number: string): NationalDocument | null {
  const key = lookupNumber(number);
  return loadNationalDocuments().find((d) => d.number === key) ?? null;
}

export function validateNationalDocuments(data: unknown, label = 'seeds/national-documents.json'): NationalDocument[] {
  const fail = (message: string): never => {
    throw new Error(`${label}: ${message}`);
  };
  const documents = (data as { documents?: unknown })?.documents;
  if (!Array.isArray(documents) || documents.length === 0) fail('"documents" must be a non-empty list');
  const lex = defaultLexicons().documentKinds;
  const kinds = new Set(lex.kinds.map((k) => k.code));
  const seen = new Set<string>();
  return Object.freeze(
    (documents as Record<string, unknown>[]).map((d, i) => {
      const at = `documents[${i}]${typeof d?.number === 'string' ? ` (${d.number})` : ''}`;
      const text = (field: string, optional = false): string | null => {
        const v = d?.[field];
        if ((v === undefined || v === null) && optional) return null;
        if (typeof v !== 'string' || !v.trim()) fail(`${at}: ${field} must be a non-empty string`);
        return (v as string).normalize('NFC');
      };
      const number = text('number')!;
      if (canonicalNumber(lex, number) !== number) fail(`${at}: number must be written as references store it: "${canonicalNumber(lex, number)}"`);
      if (seen.has(number)) fail(`${at}: listed twice`);
      seen.add(number);
      const kind = text('kind')!;
      if (!kinds.has(kind)) fail(`${at}: kind must be a code of seeds/lexicons/document-kinds.json`);
      const issuedOn = text('issuedOn')!;
      const [y, m, day] = issuedOn.split('-').map(Number);
      if (!/^\d{4}-\d{2}-\d{2}$/.test(issuedOn) || isoDate(y, m, day) !== issuedOn) fail(`${at}: issuedOn must be a real day as YYYY-MM-DD`);
      const sourceUrl = text('sourceUrl')!;
      if (!/^https?:\/\//.test(sourceUrl)) fail(`${at}: sourceUrl must be an http(s) address`);
      return Object.freeze({ number, kind, issuer: text('issuer')!, issuedOn, title: text('title')!, titleEn: text('titleEn')!, sourceUrl, note: text('note', true) });
    }),
  ) as NationalDocument[];
}
