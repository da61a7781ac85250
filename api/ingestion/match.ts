import type { EntityManager } from '@mikro-orm/postgresql';
import { boundQuery } from '../db/bound-query';
import { containment, shingles } from '../text/shingles';
import type { Analysis } from './analyse';
import { documentNumberKey } from '../text/document-number';

// Share of 5-word runs two texts must have in common to be renditions of one directive. OCR noise
// costs the notice 370-TB/TU's scan about a third of its runs against the portal copy; directives
// that merely reuse paragraphs are kept apart by their metadata, which must not contradict.
export const SAME_TEXT_THRESHOLD = 0.5;

/** Where a new text goes, by ids: ingest.ts loads the entities only when it needs them. */
export interface Placement {
  /** A rendition with this text, byte for byte or once cleaned: nothing to store. */
  known: number | null;
  /** False when the text names a province the reference data lacks. */
  provinceHeld: boolean;
  /** The directive the text is a new rendition of; null for a new directive. */
  directive: number | null;
  /** The issuer the text names, if held (a new directive's issuer is the one its text names). */
  issuer: number | null;
}

/**
 * Reads, in one statement (one round trip under the ingestion lock), whether we hold the text already, whether
 * its province is in the reference data, and the directive it belongs to if we hold it: the same number (by
 * its key) in the same province, or, when none has its number, a directive with compatible metadata (a field
 * equal or unknown on either side) whose texts it nearly repeats. Also the issuer it names, if held.
 */
export async function placeText(em: EntityManager, analysis: Analysis): Promise<Placement> {
  const { metadata } = analysis;
  const province = metadata.province.value?.code ?? null;
  // By key: "402-cv/tu", "402 - CV/TU" and Cyrillic look-alikes are the number we hold.
  const numberKey = metadata.number.value ? documentNumberKey(metadata.number.value) : null;
  const rows = await boundQuery<{ what: 'known' | 'province' | 'number' | 'text' | 'issuer'; id: number; text: string | null }>(
    em,
    `with p as (select ?::text as checksum, ?::text as text_checksum, ?::text as province, ?::text as number_key, ?::text as kind, ?::date as issued_on,
                       ?::date as meeting_on, ?::text as issuer),
     -- Numbering starts again each year: a number of another year is another directive. A text that gives no
     -- year joins the one dated directive of its number, else the undated one; it never chooses among years.
     numbered as (
       select d.id, extract(year from d.dated_on)::int as year from directive d, p
        where d.number_key = p.number_key and (p.province is null or d.province_code = p.province or d.province_code is null)
          and (coalesce(p.issued_on, p.meeting_on) is null or d.dated_on is null or extract(year from d.dated_on) = extract(year from coalesce(p.issued_on, p.meeting_on)))
     ),
     by_number as (
       select n.id from numbered n, p
        where coalesce(p.issued_on, p.meeting_on) is not null or n.year is null or (select count(*) from numbered where year is not null) = 1
        order by n.year is null, n.id limit 1
     ),
     compatible as (
       select d.id from directive d, p
        where not exists (select 1 from by_number)
          and (p.number_key is null or d.number is null)
          and (p.province is null or d.province_code = p.province or d.province_code is null)
          and (p.kind is null or d.kind = p.kind or d.kind is null)
          and (p.issued_on is null or d.issued_on = p.issued_on or d.issued_on is null)
          and (p.meeting_on is null or d.meeting_on = p.meeting_on or d.meeting_on is null)
     )
     (select 'known' as what, r.id, null as text from rendition r, p where r.checksum = p.checksum or r.text_checksum = p.text_checksum limit 1)
     union all select 'province', 0, null from p where exists (select 1 from province where code = p.province)
     union all select 'number', id, null from by_number
     union all select 'text', r.directive_id, r.text from rendition r where r.directive_id in (select id from compatible)
     union all (select 'issuer', i.id, null from issuer i, p where i.name = p.issuer and coalesce(i.province_code, '') = coalesce(p.province, '') limit 1)`,
    [analysis.checksum, analysis.textChecksum, province, numberKey, metadata.kind.value, metadata.issuedOn.value, metadata.meetingOn.value, metadata.issuer.value?.name ?? null],
  );
  const known = rows.find((r) => r.what === 'known')?.id ?? null;
  const provinceHeld = province === null || rows.some((r) => r.what === 'province');
  const byNumber = rows.find((r) => r.what === 'number')?.id ?? null;
  const texts = rows.filter((r) => r.what === 'text').map((r) => ({ directive: r.id, text: r.text as string }));
  const directive = byNumber ?? nearlyRepeated(analysis, texts);
  return { known, provinceHeld, directive, issuer: rows.find((r) => r.what === 'issuer')?.id ?? null };
}

/** The directive whose text the new one contains most, at least SAME_TEXT_THRESHOLD of its runs; the first on ties. */
function nearlyRepeated(analysis: Analysis, texts: { directive: number; text: string }[]): number | null {
  if (texts.length === 0) return null;
  const mine = shingles(analysis.cleaned.text);
  let best: { directive: number; score: number } | null = null;
  for (const held of texts) {
    const score = containment(mine, shingles(held.text));
    if (score >= SAME_TEXT_THRESHOLD && (!best || score > best.score)) best = { directive: held.directive, score };
  }
  return best?.directive ?? null;
}
