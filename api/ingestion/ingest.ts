import type { EntityManager } from '@mikro-orm/postgresql';
import { applyDirectiveCorrections, reapplyFactCorrections } from '../corrections/reapply';
import { Directive, Issuer, Province, Rendition, SourceFile } from '../db/entities';
import { analyseFile, type Analysis, type AnalyseFileOptions } from './analyse';
import { IngestionError } from './errors';
import { placeText } from './match';
import { clauseRows } from './persist-clauses';
import { mergeMetadata } from './merge-metadata';
import { deleteFacts, insertFacts, linkCitationsTo, pruneCatalogues } from './persist-facts';
import { PendingRows } from './pending-rows';
import { alignWithEarlier, prepareTextReuse, updateTextReuse, type ReusePreparation } from './persist-reuse';
import { passageRows, PASSAGE_TEXT_LOCK, releasePassages } from '../search/passages';

export type IngestOutcome = 'NEW_DIRECTIVE' | 'NEW_RENDITION' | 'UNCHANGED';

export interface IngestResult {
  outcome: IngestOutcome;
  directive: Directive;
  rendition: Rendition;
}

export interface IngestOptions extends AnalyseFileOptions {
  /** Where the document came from (a file name, an address), kept with the rendition. */
  origin?: string | null;
}

/**
 * Ingests one document (a text file, a PDF or a page image): analyse it (no database), then, in one
 * transaction, attach it to the directive it is a text of (or a new one), store its clauses, keep the PDF
 * or image it was read from, and re-derive the directive's metadata. Anything that fails rolls the whole
 * transaction back; an identical text already held changes nothing.
 */
export async function ingest(em: EntityManager, input: Buffer | string, options: IngestOptions = {}): Promise<IngestResult> {
  const [settled] = await ingestMany(em, [{ input, options }]);
  if (!settled.ok) throw settled.error;
  return settled.result;
}

export interface IngestInput {
  input: Buffer | string;
  options?: IngestOptions;
}

/** What became of one document of ingestMany: its result, or what ingest() would have thrown. */
export type IngestSettled = { ok: true; result: IngestResult } | { ok: false; error: unknown };

/**
 * Ingests several documents, in order, with the rows of all written together: one transaction that takes the
 * ingestion lock once, and one statement per kind of row for all (pending-rows.ts). Each document sees those
 * before it as it would had they been ingested one by one (its candidates for text reuse among them), so the
 * database ends as it would have. If any document fails, the transaction rolls back and the documents are
 * stored one by one, each in its own transaction: the failing one leaves nothing, the others land. A document
 * that cannot be analysed is reported and left out; the others go on.
 */
export async function ingestMany(em: EntityManager, inputs: readonly IngestInput[]): Promise<IngestSettled[]> {
  const settled: IngestSettled[] = [];
  const ready: { index: number; document: AnalysedDocument }[] = [];
  for (const [index, { input, options = {} }] of inputs.entries()) {
    try {
      const analysis = await analyseFile(typeof input === 'string' ? Buffer.from(input, 'utf8') : input, options);
      // Before the lock, so that two ingestions align texts side by side (persist-reuse.ts).
      const reuse = await prepareTextReuse(em.fork(), { checksum: analysis.checksum, text: analysis.cleaned.text });
      ready.push({ index, document: { analysis, origin: options.origin ?? null, reuse } });
    } catch (error) {
      settled[index] = { ok: false, error };
    }
  }
  if (ready.length === 0) return settled;
  alignWithEarlier(ready.map(({ document }) => ({ checksum: document.analysis.checksum, reuse: document.reuse })));
  const store = (documents: AnalysedDocument[]) => em.fork().transactional((tx) => persistAll(tx as EntityManager, documents));
  try {
    const results = await store(ready.map((r) => r.document));
    ready.forEach(({ index }, k) => (settled[index] = { ok: true, result: results[k] }));
  } catch (error) {
    if (ready.length === 1) settled[ready[0].index] = { ok: false, error };
    else {
      for (const { index, document } of ready) {
        settled[index] = await store([document]).then(([result]) => ({ ok: true as const, result }), (e: unknown) => ({ ok: false as const, error: e }));
      }
    }
  }
  return settled;
}

/** A document analysed and prepared for text reuse, ready to be stored. */
interface AnalysedDocument {
  analysis: Analysis;
  origin: string | null;
  reuse: ReusePreparation;
}

/**
 * Key of the advisory lock every ingestion's transaction takes: persisting is short beside analysis (done
 * before, in parallel), and one at a time is what lets the second of two copies sent at once see the first
 * (UNCHANGED, or a new text of the same directive) instead of creating a second directive or failing on a
 * unique index. Any value works as long as nothing else takes it: "dcp-ingest" as a 32-bit number.
 */
const INGESTION_LOCK = 0x64637069;

/** Stores the documents in order under one lock, their pending rows written at the end. */
async function persistAll(em: EntityManager, documents: AnalysedDocument[]): Promise<IngestResult[]> {
  // The passage texts' lock too (search/passages.ts), after ours and in the same round trip: it is only
  // ever taken alone or after ours, and reindexing, its other writer, waits while a document is stored.
  await em.getConnection().execute('select pg_advisory_xact_lock(?), pg_advisory_xact_lock(?)', [INGESTION_LOCK, PASSAGE_TEXT_LOCK], 'all', em.getTransactionContext());
  const pending = new PendingRows();
  const results: IngestResult[] = [];
  // Each document in a manager of its own, in the same transaction: a flush compares every entity its
  // manager holds, and those of the documents before are written already.
  for (const document of documents) results.push(await persist(em.fork({ keepTransactionContext: true }), document, pending));
  await pending.write(em);
  return results;
}

async function persist(em: EntityManager, { analysis, origin, reuse }: AnalysedDocument, pending: PendingRows): Promise<IngestResult> {
  const place = await placeText(em, analysis);
  // A text we hold, byte for byte or once cleaned (trailing spaces, extra blank lines).
  if (place.known !== null) {
    const known = await em.findOneOrFail(Rendition, place.known, { populate: ['directive'] });
    return { outcome: 'UNCHANGED', directive: known.directive, rendition: known };
  }
  if (!place.provinceHeld) {
    const provinceCode = analysis.metadata.province.value?.code;
    throw new IngestionError('NOT_A_DIRECTIVE', `province ${provinceCode} is not in the reference data; load seeds/provinces.json first`);
  }

  const existing = place.directive === null ? null : await em.findOneOrFail(Directive, place.directive);
  // A directive held already may have rows of this batch still pending: what follows reads, deletes or prunes them.
  if (existing) await pending.write(em);
  const directive = existing ?? em.create(Directive, { number: null, kind: null, province: null, issuer: null, issuedOn: null, meetingOn: null, datedOn: null, signerName: null, signerTitle: null, signerOnBehalfOf: null, subject: null, provinceEvidence: null });
  const file = analysis.origin.file;
  const sourceFile = file
    ? ((await em.findOne(SourceFile, { checksum: file.checksum })) ??
      em.create(SourceFile, { checksum: file.checksum, mediaType: file.mediaType, byteSize: file.bytes.length, pageCount: file.pageCount, bytes: file.bytes }))
    : null;
  const rendition = em.create(Rendition, {
    directive,
    checksum: analysis.checksum,
    textChecksum: analysis.textChecksum,
    origin,
    format: analysis.cleaned.format,
    sourceText: analysis.source,
    text: analysis.cleaned.text,
    quality: analysis.quality,
    encoding: analysis.cleaned.encoding ?? null,
    metadata: analysis.metadata,
    originFormat: analysis.origin.format,
    pageStarts: analysis.origin.pageStarts,
    ocrConfidence: analysis.origin.ocrConfidence,
    sourceFile,
  });
  // A directive created by this ingestion has this text only, and no corrections, facts, passages or
  // fingerprints yet: its fields are written with it, and there is nothing to read back, delete or prune.
  const replacing = existing !== null;
  if (!replacing) await applyMetadata(em, directive, [rendition], place.issuer);
  await em.flush();
  pending.addClauses(clauseRows(rendition, analysis));

  const renditions = replacing ? await em.find(Rendition, { directive }, { orderBy: { id: 'asc' } }) : [rendition];
  if (replacing) {
    await applyMetadata(em, directive, renditions);
    // Editors' corrections win over what the texts say, however many texts arrive later.
    await applyDirectiveCorrections(em, directive);
    await em.flush();
  }

  // Facts follow the best text: a better rendition replaces them, a worse one leaves them.
  const best = [...renditions].sort((a, b) => b.quality - a.quality || a.id - b.id)[0];
  if (best === rendition) {
    if (replacing) await deleteFacts(em, directive);
    await insertFacts(em, directive, rendition, analysis.facts, pending);
    if (replacing) {
      await pending.write(em); // pruning and corrections read the facts just added
      await pruneCatalogues(em);
      await reapplyFactCorrections(em, directive);
      await em.flush();
    }
    const released = replacing ? await releasePassages(em, directive) : [];
    pending.addPassages(passageRows(directive, rendition, analysis.cleaned.text), released);
    await updateTextReuse(em, directive, rendition, reuse, replacing, pending);
  }
  await linkCitationsTo(em, directive, pending);
  return { outcome: existing ? 'NEW_RENDITION' : 'NEW_DIRECTIVE', directive, rendition };
}

/**
 * Re-derives the directive's fields from all its renditions (see merge-metadata.ts). `textIssuer`: the id of
 * the issuer the only rendition names, read with the placement (match.ts), or null if none is held.
 */
async function applyMetadata(em: EntityManager, directive: Directive, renditions: Rendition[], textIssuer?: number | null): Promise<void> {
  const merged = mergeMetadata(renditions.map((r) => ({ metadata: r.metadata, quality: r.quality, id: r.id })));
  const province = merged.provinceCode ? em.getReference(Province, merged.provinceCode) : null;
  let issuer: Issuer | null = null;
  if (merged.issuer) {
    const { name, kind, level, district } = merged.issuer;
    let held: Issuer | null;
    if (textIssuer === undefined) held = await em.findOne(Issuer, { name, province: merged.provinceCode ?? null });
    else held = textIssuer === null ? null : em.getReference(Issuer, textIssuer);
    issuer = held ?? em.create(Issuer, { name, kind, level: level ?? 'PROVINCE', district: district ?? null, province });
  }
  em.assign(directive, {
    number: merged.number,
    kind: merged.kind,
    province,
    provinceInferred: merged.provinceInferred,
    provinceEvidence: merged.provinceEvidence,
    issuer,
    issuedOn: merged.issuedOn,
    meetingOn: merged.meetingOn,
    datedOn: merged.issuedOn ?? merged.meetingOn,
    datedFrom: merged.datedFrom,
    datedTo: merged.datedTo,
    signerName: merged.signer?.name ?? null,
    signerTitle: merged.signer?.title ?? null,
    signerOnBehalfOf: merged.signer?.onBehalfOf ?? null,
    subject: merged.subject,
    recipients: merged.recipients,
    missing: merged.missing,
  });
}
