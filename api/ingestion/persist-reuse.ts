import type { EntityManager } from '@mikro-orm/postgresql';
import { Directive, DirectiveFingerprint, Rendition, SharedPassage } from '../db/entities';
import { findSharedPassages, prepareText, type PreparedText } from '../reuse';
import { fingerprint } from '../reuse/fingerprint';
import { timeStageAsync } from './stage-timer';

/** Directives sharing fewer sampled runs than this are not compared word by word. */
const MIN_SHARED_RUNS = 2;
/** Most candidates compared per ingestion, the most similar first. */
const MAX_CANDIDATES = 200;
/**
 * A sampled run held by more directives than this is boilerplate ("phòng, chống dịch COVID-19 trên địa
 * bàn"), not a sign of reuse: it is left out of the candidate search. Without this, the search joins each
 * such run with every directive holding it and grows with the corpus.
 */
export const MAX_HASH_HOLDERS = 50;
/** Prepared texts of recent candidates, by checksum: a rendition's text never changes. */
const PREPARED_KEPT = 256;
const prepared = new Map<string, PreparedText>();

function preparedText(rendition: Rendition): PreparedText {
  let p = prepared.get(rendition.checksum);
  if (p) {
    prepared.delete(rendition.checksum); // refreshed: most recently used last
  } else {
    p = prepareText(rendition.text);
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
  await em.nativeDelete(DirectiveFingerprint, { directive });
  await em.nativeDelete(SharedPassage, { $or: [{ directive }, { other: directive }] });
  const hashes = fingerprint(best.text);
  if (hashes.length === 0) return;
  await em.insertMany(DirectiveFingerprint, hashes.map((hash) => ({ directive, hash })));

  // Runs held by more than MAX_HASH_HOLDERS directives are skipped; counting stops there. The usable runs
  // are then looked up one by one in the hash index (lateral join): a plain join lets the planner hash the
  // whole fingerprint table, a scan that grows with the corpus.
  const candidates: { directive_id: number }[] = await em.getConnection().execute(
    `with usable as materialized (
       select mine.hash from directive_fingerprint mine
        where mine.directive_id = ?
          and (select count(*) from (select 1 from directive_fingerprint f where f.hash = mine.hash limit ?) held) <= ?
     )
     select theirs.directive_id from usable
      cross join lateral (select t.directive_id from directive_fingerprint t where t.hash = usable.hash and t.directive_id <> ?) theirs
      group by theirs.directive_id having count(*) >= ?
      order by count(*) desc, theirs.directive_id limit ?`,
    [directive.id, MAX_HASH_HOLDERS + 1, MAX_HASH_HOLDERS, directive.id, MIN_SHARED_RUNS, MAX_CANDIDATES],
    'all',
    em.getTransactionContext(),
  );
  if (candidates.length === 0) return;

  const others: Rendition[] = await bestRenditions(em, candidates.map((c) => c.directive_id));
  const mine = preparedText(best);
  const rows = [];
  for (const other of others) {
    for (const p of findSharedPassages(mine, preparedText(other))) {
      const here = { start: p.a.start, end: p.a.end, quote: best.text.slice(p.a.start, p.a.end) };
      const there = { start: p.b.start, end: p.b.end, quote: other.text.slice(p.b.start, p.b.end) };
      const shared = { similarity: p.similarity, words: p.words };
      rows.push(
        { directive, rendition: best, ...here, other: other.directive, otherRendition: other, otherStart: there.start, otherEnd: there.end, otherQuote: there.quote, ...shared },
        { directive: other.directive, rendition: other, ...there, other: directive, otherRendition: best, otherStart: here.start, otherEnd: here.end, otherQuote: here.quote, ...shared },
      );
    }
  }
  if (rows.length) await em.insertMany(SharedPassage, rows);
}

/** Each directive's best rendition: highest quality, earliest on ties (as everywhere else). */
async function bestRenditions(em: EntityManager, directiveIds: number[]): Promise<Rendition[]> {
  const renditions = await em.find(Rendition, { directive: { $in: directiveIds } }, { orderBy: { quality: 'desc', id: 'asc' } });
  const seen = new Set<number>();
  return renditions.filter((r) => !seen.has(r.directive.id) && seen.add(r.directive.id));
}
