import type { EntityManager } from '@mikro-orm/postgresql';
import { boundQuery } from '../db/bound-query';
import { Directive, DirectiveFingerprint, Rendition, SharedPassage } from '../db/entities';
import { findSharedPassages, prepareText, type PreparedText, type SharedPassage as SharedPassageFound } from '../reuse';
import { recipientRegions } from './recipient-regions';
import { fingerprintWords } from '../reuse/fingerprint';
import type { PendingRows } from './pending-rows';
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

function preparedText(rendition: RenditionText): PreparedText {
  let p = cachedText(rendition.checksum);
  if (!p) {
    p = prepareText(rendition.text, recipientRegions(rendition.text));
    if (prepared.size >= PREPARED_KEPT) prepared.delete(prepared.keys().next().value!);
    prepared.set(rendition.checksum, p);
  }
  return p;
}

function cachedText(checksum: string): PreparedText | undefined {
  const p = prepared.get(checksum);
  if (p) {
    prepared.delete(checksum); // refreshed: most recently used last
    prepared.set(checksum, p);
  }
  return p;
}

/**
 * The prepared texts of candidate renditions, by id. Texts are read only for those not prepared already:
 * the same few candidates come back document after document, and their texts are most of what reuse reads.
 */
async function candidateTexts(em: EntityManager, renditions: CandidateRendition[]): Promise<Map<number, PreparedText>> {
  const out = new Map<number, PreparedText>();
  const missing: CandidateRendition[] = [];
  for (const r of renditions) {
    const p = cachedText(r.checksum);
    if (p) out.set(r.id, p);
    else missing.push(r);
  }
  for (const [id, text] of await renditionTexts(em, missing)) out.set(id, preparedText(text));
  return out;
}

/**
 * What text reuse needs of a new text, found before the ingestion's transaction and its lock: the text's
 * fingerprint, its prepared units, and the passages it shares with the best texts of the directives that
 * look like candidates now. Aligning is most of reuse's time, and a rendition's text never changes, so
 * under the lock (sharedPassages) only candidates that arrived in between are aligned.
 */
export interface ReusePreparation {
  hashes: number[];
  prepared: PreparedText;
  /** Passages shared with a candidate's best rendition, by the rendition's checksum (its text). */
  aligned: Map<string, Shared[]>;
  /** The candidates found before the lock, best first (one more than stored), and the newest rendition then. */
  candidates: CandidateRendition[];
  latestRendition: number;
  /** The text's sampled runs held by fewer than MAX_HASH_HOLDERS directives before the lock. */
  usable: number[];
}

/** A passage and its quote in the other text. */
interface Shared {
  passage: SharedPassageFound;
  quote: string;
}

function sharedWith(mine: PreparedText, other: PreparedText): Shared[] {
  return findSharedPassages(mine, other).map((passage) => ({ passage, quote: other.text.slice(passage.b.start, passage.b.end) }));
}

export async function prepareTextReuse(em: EntityManager, text: Pick<Rendition, 'checksum' | 'text'>): Promise<ReusePreparation> {
  return timeStageAsync('reuse', async () => {
    const prepared = preparedText(text);
    const hashes = fingerprintWords(prepared.words);
    const aligned = new Map<string, Shared[]>();
    // One more than stored: the directive this text may turn out to belong to is not known yet.
    const { newest: latestRendition, candidates, usable } = await candidateRenditions(em, hashes, null, MAX_CANDIDATES + 1, null);
    const others = candidates ?? [];
    const texts = await candidateTexts(em, others);
    for (const other of others) aligned.set(other.checksum, sharedWith(prepared, texts.get(other.id)!));
    return { hashes, prepared, aligned, candidates: others, latestRendition, usable };
  });
}

/**
 * Before the lock, for documents ingested together (in this order): aligns each with the earlier ones it will
 * likely have as candidates. They are not in the database yet, so the search before the lock cannot find them,
 * but under the lock they are the newest directives and often among the most similar; aligning them there
 * would hold the lock. The guess ranks them with the candidates found, as the search does (most usable runs
 * shared, the newest on ties); the search under the lock decides, and aligns whatever the guess missed.
 */
export function alignWithEarlier(batch: readonly { checksum: string; reuse: ReusePreparation }[]): void {
  const runs = batch.map(({ reuse }) => new Set(reuse.hashes));
  batch.forEach(({ reuse }, i) => {
    const usable = new Set(reuse.usable);
    const found = reuse.candidates.map((c) => ({ shared: c.shared, newest: c.directive_id, earlier: null as number | null }));
    const earlier = batch.slice(0, i).map((_, j) => ({ shared: count(runs[j], usable), newest: Number.MAX_SAFE_INTEGER - (i - j), earlier: j }));
    const likely = [...found, ...earlier.filter((e) => e.shared >= MIN_SHARED_RUNS)]
      .sort((a, b) => b.shared - a.shared || b.newest - a.newest)
      .slice(0, MAX_CANDIDATES + 1);
    for (const { earlier: j } of likely) {
      if (j === null || reuse.aligned.has(batch[j].checksum)) continue;
      reuse.aligned.set(batch[j].checksum, sharedWith(reuse.prepared, batch[j].reuse.prepared));
    }
  });
}

function count(runs: Set<number>, usable: Set<number>): number {
  let n = 0;
  for (const h of runs) if (usable.has(h)) n++;
  return n;
}

/**
 * Re-computes what the directive's best text shares with every other directive's best text, at
 * ingestion, so that reading reuse costs one indexed lookup. Renditions of one directive are never
 * compared with each other: they are the same text, not reuse.
 */
export async function updateTextReuse(em: EntityManager, directive: Directive, best: Rendition, reuse: ReusePreparation, replacing: boolean, pending: PendingRows): Promise<void> {
  return timeStageAsync('reuse', () => storeTextReuse(em, directive, best, reuse, replacing, pending));
}

/**
 * `replacing` false: the directive is new in this transaction, so no row of reuse names it yet. Shared
 * passages are written with the batch's other rows (pending); fingerprints at once, as the next document's
 * candidate search reads them.
 */
async function storeTextReuse(em: EntityManager, directive: Directive, best: Rendition, reuse: ReusePreparation, replacing: boolean, pending: PendingRows): Promise<void> {
  if (!replacing) {
    // A new directive's fingerprints are written by the candidate search's statement: one round trip
    // fewer under the lock, and the search still reads the rows and holder counts as they were before.
    pending.addSharedPairs(await sharedPassages(em, directive, best, reuse, true));
    return;
  }
  await em.nativeDelete(SharedPassage, { $or: [{ directive }, { other: directive }] });
  pending.addSharedPairs(await sharedPassages(em, directive, best, reuse, false));
  // Last: writing fingerprints updates their holder counts (fingerprint_hash), whose rows stay locked
  // until the ingestion commits; every ingestion touches the common ones, so the shorter the better.
  await em.nativeDelete(DirectiveFingerprint, { directive });
  if (reuse.hashes.length === 0) return;
  // One array: a sixth of the JSON of the same rows.
  await boundQuery(em, 'insert into directive_fingerprint (directive_id, hash) select ?, unnest(?::int[])', [directive.id, reuse.hashes]);
}

/**
 * The best renditions (bestFirst) of the directives sharing at least MIN_SHARED_RUNS usable sampled runs
 * with `hashes`, at most `limit` directives, the most runs first (the newest on ties), `exclude` left out.
 * Runs held by MAX_HASH_HOLDERS directives or more (this one not yet counted) are skipped: their holder
 * count (fingerprint_hash) is read key by key. Each usable run is then looked up in the (hash, directive)
 * index (lateral join, index-only). The lookup's limit never cuts a usable run's holders (fewer than
 * MAX_HASH_HOLDERS); it keeps the planner from flattening the lateral join into a hash join over a scan of the
 * whole table, which it chose from its guess of how many rows a run holds (15 ms a search at 300 directives,
 * growing with the corpus, against 1). One statement, one round trip.
 *
 * Also answers the text's usable runs (alignWithEarlier ranks a batch's earlier documents by them) and the
 * newest rendition the statement sees (`mine`, the one being stored, left out). Ingestions
 * write renditions, fingerprints and holder counts only under the ingestion lock and commit before
 * releasing it, and every one that changes them adds a rendition: with `unless` given and still the
 * newest, nothing the search reads has changed since it ran before the lock, and it does not run again
 * (candidates null; the statement's filter on it is evaluated once, before any run is read).
 */
async function candidateRenditions(
  em: EntityManager,
  hashes: number[],
  exclude: { directive: number; rendition: number } | null,
  limit: number,
  unless: number | null,
  store: number | null = null,
): Promise<{ newest: number; candidates: CandidateRendition[] | null; usable: number[] }> {
  // `store`: a directive whose fingerprints (`hashes`) the statement inserts. The search reads the snapshot
  // taken before the insert, and the holder counts' trigger runs after it, so it finds what it would have
  // found with the insert one statement later.
  const storing = store !== null && hashes.length > 0;
  const rows: (Partial<CandidateRendition> & { newest: number | null; usable: number[] | null })[] = await em.getConnection().execute(
    `with ${storing ? 'stored as (insert into directive_fingerprint (directive_id, hash) select ?, unnest(array[?]::int[])),' : ''}
     newest as (select max(id) as id from rendition where id <> ?),
     usable as materialized (
       select mine.hash from unnest(array[?]::int[]) as mine(hash)
        where (select newest.id from newest) is distinct from ?
          and coalesce((select counted.holders from fingerprint_hash counted where counted.hash = mine.hash), 0) < ?
     ),
     candidate as (
       select theirs.directive_id, count(*) as shared,
              row_number() over (order by count(*) desc, theirs.directive_id desc) as rank from usable
        cross join lateral (select t.directive_id from directive_fingerprint t where t.hash = usable.hash and t.directive_id <> ? limit ?) theirs
        group by theirs.directive_id having count(*) >= ?
        order by count(*) desc, theirs.directive_id desc limit ?
     ),
     best as (
       select distinct on (r.directive_id) r.id, r.directive_id, r.checksum, r.quality, candidate.rank::int as rank, candidate.shared::int as shared
         from candidate join rendition r on r.directive_id = candidate.directive_id
        order by r.directive_id, r.quality desc, r.id
     )
     select newest.id as newest, case when best.rank is null or best.rank = 1 then (select array_agg(hash) from usable) end as usable, best.*
       from newest left join best on true`,
    // An empty list would not parse; a single run is fewer than MIN_SHARED_RUNS, so it finds no candidate.
    [
      ...(storing ? [store, hashes] : []),
      ...[exclude?.rendition ?? -1, hashes.length ? hashes : [0], unless ?? -1, MAX_HASH_HOLDERS, exclude?.directive ?? -1, MAX_HASH_HOLDERS, MIN_SHARED_RUNS, limit],
    ],
    'all',
    em.getTransactionContext(),
  );
  const newest = rows[0]?.newest ?? 0;
  const usable = rows.find((r) => r.usable)?.usable ?? [];
  if (unless !== null && newest === unless) return { newest, candidates: null, usable };
  return { newest, candidates: bestFirst(rows.filter((r): r is CandidateRendition & { newest: number; usable: number[] } => r.id != null)), usable };
}

/** The candidates under the lock: those found before it (this directive left out) unless a rendition arrived since. */
async function currentCandidates(em: EntityManager, directive: Directive, best: Rendition, reuse: ReusePreparation, storeFingerprints: boolean): Promise<CandidateRendition[]> {
  const exclude = { directive: directive.id, rendition: best.id };
  const store = storeFingerprints ? directive.id : null;
  const { candidates } = await candidateRenditions(em, reuse.hashes, exclude, MAX_CANDIDATES, reuse.latestRendition, store);
  if (candidates) return candidates;
  const kept = reuse.candidates.filter((c) => c.directive_id !== directive.id).sort((a, b) => a.rank - b.rank);
  return bestFirst(kept.slice(0, MAX_CANDIDATES));
}

/** The passages the directive's best text shares with its candidates', as rows. */
async function sharedPassages(em: EntityManager, directive: Directive, best: Rendition, reuse: ReusePreparation, storeFingerprints: boolean): Promise<SharedPairRow[]> {
  const others = await currentCandidates(em, directive, best, reuse, storeFingerprints);
  if (others.length === 0) return [];

  // Texts only of the candidates not aligned before the lock (another ingestion committed them since).
  const texts = await candidateTexts(em, others.filter((o) => !reuse.aligned.has(o.checksum)));
  const pairs: SharedPairRow[] = [];
  for (const other of others) {
    for (const { passage: p, quote } of reuse.aligned.get(other.checksum) ?? sharedWith(reuse.prepared, texts.get(other.id)!)) {
      pairs.push({
        directive_id: directive.id,
        rendition_id: best.id,
        other_id: other.directive_id,
        other_rendition_id: other.id,
        start_offset: p.a.start,
        end_offset: p.a.end,
        quote: best.text.slice(p.a.start, p.a.end),
        other_start: p.b.start,
        other_end: p.b.end,
        other_quote: quote,
        similarity: p.similarity,
        words: p.words,
      });
    }
  }
  return pairs;
}

/** A passage shared with another directive, seen from the directive being stored. */
export interface SharedPairRow {
  directive_id: number;
  rendition_id: number;
  other_id: number;
  other_rendition_id: number;
  start_offset: number;
  end_offset: number;
  quote: string;
  other_start: number;
  other_end: number;
  other_quote: string;
  similarity: number;
  words: number;
}

/**
 * Stores each pair as two rows, one read from either directive. Each pair travels once (the JSON of both
 * rows was a third of a megabyte a document, most of what an ingestion sent); the statement writes both.
 */
export async function insertSharedPairs(em: EntityManager, pairs: SharedPairRow[]): Promise<void> {
  if (pairs.length === 0) return;
  await boundQuery(
    em,
    `insert into shared_passage (directive_id, rendition_id, start_offset, end_offset, quote,
                                 other_id, other_rendition_id, other_start, other_end, other_quote, similarity, words)
     select row.* from json_to_recordset(?::json) as p(directive_id int, rendition_id int, other_id int, other_rendition_id int,
                                                      start_offset int, end_offset int, quote text,
                                                      other_start int, other_end int, other_quote text, similarity double precision, words int)
      cross join lateral (values
        (p.directive_id, p.rendition_id, p.start_offset, p.end_offset, p.quote, p.other_id, p.other_rendition_id, p.other_start, p.other_end, p.other_quote, p.similarity, p.words),
        (p.other_id, p.other_rendition_id, p.other_start, p.other_end, p.other_quote, p.directive_id, p.rendition_id, p.start_offset, p.end_offset, p.quote, p.similarity, p.words)
      ) as row`,
    [JSON.stringify(pairs)],
  );
}

interface CandidateRendition {
  id: number;
  directive_id: number;
  checksum: string;
  quality: number;
  /** 1 for the directive sharing the most runs (the newest on ties). */
  rank: number;
  /** Usable sampled runs it shares with the text. */
  shared: number;
}

type RenditionText = Pick<Rendition, 'checksum' | 'text'>;

/** Each directive's best rendition is its highest quality, earliest on ties (as everywhere else); best first. */
function bestFirst<R extends { id: number; quality: number }>(rows: R[]): R[] {
  return rows.sort((a, b) => b.quality - a.quality || a.id - b.id);
}

/** The texts of renditions, by id: only what the comparison reads, not their source texts or metadata. */
async function renditionTexts(em: EntityManager, renditions: CandidateRendition[]): Promise<Map<number, RenditionText>> {
  if (renditions.length === 0) return new Map();
  const rows: (RenditionText & { id: number })[] = await em.getConnection().execute(
    'select id, checksum, text from rendition where id in (?)',
    [renditions.map((r) => r.id)],
    'all',
    em.getTransactionContext(),
  );
  return new Map(rows.map((r) => [r.id, r]));
}
