import type { EntityManager } from '@mikro-orm/postgresql';
import { Directive, DirectiveFingerprint, Rendition, SharedPassage } from '../db/entities';
import { insertRecords } from '../db/insert-records';
import { findSharedPassages, prepareText, type PreparedText } from '../reuse';
import { recipientRegions } from './recipient-regions';
import { fingerprint } from '../reuse/fingerprint';
import { timeStageAsync } from './stage-timer';

/** Directives sharing fewer sampled runs than this are not compared word by word. */
const MIN_SHARED_RUNS = 2;
/**
 * Most candidates compared per ingestion, the most similar first (the newest on ties). Ten covers the
 * copies a reader follows up (and later directives add themselves); more made each ingestion, and the
 * rows stored per directive, grow with how many provinces recycled the same central text.
 */
const MAX_CANDIDATES = 10;
/**
 * A sampled run held by more directives than this is boilerplate ("phòng, chống dịch COVID-19 trên địa
 * bàn"), not a sign of reuse: it is left out of the candidate search. Without this, the search joins each
 * such run with every directive holding it and grows with the corpus.
 */
export const MAX_HASH_HOLDERS = 50;
/** Prepared texts of recent candidates, by checksum: a rendition's text never changes. */
const PREPARED_KEPT = 256;
const prepared = new Map<string, PreparedText>();

function preparedText(rendition: Pick<Rendition, 'checksum' | 'text'>): PreparedText {
  let p = prepared.get(rendition.checksum);
  if (p) {
    prepared.delete(rendition.checksum); // refreshed: most recently used last
  } else {
    p = prepareText(rendition.text, recipientRegions(rendition.text));
    if (prepared.size >= PREPARED_KEPT) prepared.delete(prepared.keys().next().value!);
  }
  prepared.set(rendition.checksum, p);
  return p;
}

/**
 * Re-computes what the directive's best text shares with every other directive's best text, at
 * ingestion, so that reading reuse costs one indexed lookup. Renditions of one directive are never
 * compared with each other: they are the same text, not reuse.
 */
export async function updateTextReuse(em: EntityManager, directive: Directive, best: Rendition): Promise<void> {
  return timeStageAsync('reuse', () => storeTextReuse(em, directive, best));
}

async function storeTextReuse(em: EntityManager, directive: Directive, best: Rendition): Promise<void> {
  await em.nativeDelete(SharedPassage, { $or: [{ directive }, { other: directive }] });
  const hashes = fingerprint(best.text);
  await storeSharedPassages(em, directive, best, hashes);
  // Last: writing fingerprints updates their holder counts (fingerprint_hash), whose rows stay locked
  // until the ingestion commits; every ingestion touches the common ones, so the shorter the better.
  await em.nativeDelete(DirectiveFingerprint, { directive });
  await insertRecords(em, 'directive_fingerprint', ['directive_id', 'hash'], hashes.map((hash) => ({ directive_id: directive.id, hash })));
}

async function storeSharedPassages(em: EntityManager, directive: Directive, best: Rendition, hashes: number[]): Promise<void> {
  if (hashes.length === 0) return;
  // Runs held by MAX_HASH_HOLDERS directives or more (this one not yet counted) are skipped: their
  // holder count (fingerprint_hash) is read key by key. Each usable run is then looked up in the hash
  // index (lateral join): otherwise the planner prefers scanning the primary key (directive, hash) or
  // hashing the table, work that grows with the corpus.
  const candidates: { directive_id: number }[] = await em.getConnection().execute(
    `with usable as materialized (
       select mine.hash from unnest(array[?]::int[]) as mine(hash)
        where coalesce((select counted.holders from fingerprint_hash counted where counted.hash = mine.hash), 0) < ?
     )
     select theirs.directive_id from usable
      cross join lateral (select t.directive_id from directive_fingerprint t where t.hash = usable.hash and t.directive_id <> ?) theirs
      group by theirs.directive_id having count(*) >= ?
      order by count(*) desc, theirs.directive_id desc limit ?`,
    [hashes, MAX_HASH_HOLDERS, directive.id, MIN_SHARED_RUNS, MAX_CANDIDATES],
    'all',
    em.getTransactionContext(),
  );
  if (candidates.length === 0) return;

  const others = await bestRenditions(em, candidates.map((c) => c.directive_id));
  const mine = preparedText(best);
  const rows: Record<string, unknown>[] = [];
  for (const other of others) {
    for (const p of findSharedPassages(mine, preparedText(other))) {
      const here = { directive_id: directive.id, rendition_id: best.id, start_offset: p.a.start, end_offset: p.a.end, quote: best.text.slice(p.a.start, p.a.end) };
      const there = { directive_id: other.directive.id, rendition_id: other.id, start_offset: p.b.start, end_offset: p.b.end, quote: other.text.slice(p.b.start, p.b.end) };
      const shared = { similarity: p.similarity, words: p.words };
      rows.push({ ...here, ...otherSide(there), ...shared }, { ...there, ...otherSide(here), ...shared });
    }
  }
  await insertRecords(em, 'shared_passage', SHARED_PASSAGE_COLUMNS, rows);
}

const SHARED_PASSAGE_COLUMNS = [
  'directive_id', 'rendition_id', 'start_offset', 'end_offset', 'quote',
  'other_id', 'other_rendition_id', 'other_start', 'other_end', 'other_quote', 'similarity', 'words',
];

/** One side of a shared passage, as the other side's columns of the row stored from this one. */
function otherSide(side: { directive_id: number; rendition_id: number; start_offset: number; end_offset: number; quote: string }) {
  return { other_id: side.directive_id, other_rendition_id: side.rendition_id, other_start: side.start_offset, other_end: side.end_offset, other_quote: side.quote };
}

type ComparedRendition = Pick<Rendition, 'id' | 'directive' | 'checksum' | 'text' | 'quality'>;

/** Each directive's best rendition: highest quality, earliest on ties (as everywhere else). */
async function bestRenditions(em: EntityManager, directiveIds: number[]): Promise<ComparedRendition[]> {
  // Only what the comparison reads: the candidates' source texts and metadata are not needed.
  const renditions = await em.find(
    Rendition,
    { directive: { $in: directiveIds } },
    { orderBy: { quality: 'desc', id: 'asc' }, fields: ['directive', 'checksum', 'text', 'quality'] },
  );
  const seen = new Set<number>();
  return renditions.filter((r) => !seen.has(r.directive.id) && seen.add(r.directive.id));
}
