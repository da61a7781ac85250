import type { EntityManager } from '@mikro-orm/postgresql';
import { Directive, DirectiveFingerprint, Rendition, SharedPassage } from '../db/entities';
import { findSharedPassages, prepareText } from '../reuse';
import { fingerprint } from '../reuse/fingerprint';

/** Directives sharing fewer sampled runs than this are not compared word by word. */
const MIN_SHARED_RUNS = 2;
/** Most candidates compared per ingestion, the most similar first. */
const MAX_CANDIDATES = 200;

/**
 * Re-computes what the directive's best text shares with every other directive's best text, at
 * ingestion, so that reading reuse costs one indexed lookup. Renditions of one directive are never
 * compared with each other: they are the same text, not reuse.
 */
export async function updateTextReuse(em: EntityManager, directive: Directive, best: Rendition): Promise<void> {
  await em.nativeDelete(DirectiveFingerprint, { directive });
  await em.nativeDelete(SharedPassage, { $or: [{ directive }, { other: directive }] });
  const hashes = fingerprint(best.text);
  if (hashes.length === 0) return;
  await em.insertMany(DirectiveFingerprint, hashes.map((hash) => ({ directive, hash })));

  const candidates: { directive_id: number }[] = await em.getConnection().execute(
    `select theirs.directive_id from directive_fingerprint mine
       join directive_fingerprint theirs on theirs.hash = mine.hash and theirs.directive_id <> mine.directive_id
      where mine.directive_id = ?
      group by theirs.directive_id having count(*) >= ?
      order by count(*) desc, theirs.directive_id limit ?`,
    [directive.id, MIN_SHARED_RUNS, MAX_CANDIDATES],
    'all',
    em.getTransactionContext(),
  );
  if (candidates.length === 0) return;

  const others: Rendition[] = await bestRenditions(em, candidates.map((c) => c.directive_id));
  const mine = prepareText(best.text);
  const rows = [];
  for (const other of others) {
    for (const p of findSharedPassages(mine, prepareText(other.text))) {
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
