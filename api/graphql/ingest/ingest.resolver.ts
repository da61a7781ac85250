import type { EntityManager } from '@mikro-orm/postgresql';
import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { requireCaller } from '../../auth/auth-checker';
import { rateLimited } from '../../auth/errors';
import { ingestRateLimit } from '../../auth/rate-limit';
import { AgencyMention, Directive, Measure, Reference, Rendition, SloganMention, Target } from '../../db/entities';
import { formatSize } from '../../ingestion/errors';
import { ingest } from '../../ingestion/ingest';
import { MAX_PAGES } from '../../ingestion/files/read-file';
import type { Context } from '../context';
import { clientError } from '../errors';
import { FactCountsType, IngestOutcomeEnum, IngestPayload } from './ingest.type';

/**
 * Texts are smaller than the command line's files may be (2 MiB): a request body carries the text as
 * JSON, and the HTTP body limit (1 MB) must leave room so that an oversized text is told TOO_LARGE.
 */
export const MAX_TEXT_BYTES = 512 * 1024;
/** A file sent in base64 fits the body limit of an editor's requests (LIMITS.editorBodyBytes). */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
const MAX_ORIGIN = 500;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

const ERRORS =
  'Errors: UNPROCESSABLE_DOCUMENT with extensions.reason EMPTY, NOT_TEXT, TOO_LARGE, NOT_A_DIRECTIVE, ENCRYPTED or DAMAGED ' +
  '(nothing is stored); RATE_LIMITED with extensions.retryAfter in seconds.';

@Resolver()
export class IngestResolver {
  @Authorized('editor')
  @Mutation(() => IngestPayload, {
    description:
      `Ingests one directive text (OCR, portal article, markdown or plain text; at most ${formatSize(MAX_TEXT_BYTES)} of UTF-8) through the same ` +
      `path as \`npm run ingest\`. Needs an editor key. ${ERRORS}`,
  })
  async ingestDocument(
    @Arg('text', { description: 'The document\'s full text.' }) text: string,
    @Arg('origin', () => String, { nullable: true, description: 'Where the text comes from: a file name or an address, kept with the rendition.' })
    origin: string | null | undefined,
    @Ctx() context: Context,
  ): Promise<IngestPayload> {
    return ingestBytes(context, Buffer.from(text, 'utf8'), origin, { maxBytes: MAX_TEXT_BYTES, textOnly: true });
  }

  @Authorized('editor')
  @Mutation(() => IngestPayload, {
    description:
      `Ingests one file, sent in base64: a PDF (its text layer, or OCR of its pages when it has none), a page image (PNG, JPEG, TIFF: OCR), ` +
      `a Word document (.docx) or a text file; at most ${formatSize(MAX_UPLOAD_BYTES)} and ${MAX_PAGES} pages. The file is kept and served at the rendition's sourceFile.url. ` +
      `OCR takes a few seconds a page. Needs an editor key. ${ERRORS}`,
  })
  async ingestFile(
    @Arg('content', { description: 'The file\'s bytes in base64 (a "data:...;base64," prefix is accepted).' }) content: string,
    @Arg('origin', () => String, { nullable: true, description: 'Where the file comes from: a file name or an address, kept with the rendition.' })
    origin: string | null | undefined,
    @Ctx() context: Context,
  ): Promise<IngestPayload> {
    const encoded = content.replace(/^data:[^,]*;base64,/, '').replace(/\s+/g, '');
    if (!BASE64.test(encoded) || encoded.length % 4 === 1) throw clientError('BAD_USER_INPUT', 'content must be the file\'s bytes in base64');
    return ingestBytes(context, Buffer.from(encoded, 'base64'), origin, { maxBytes: MAX_TEXT_BYTES, maxFileBytes: MAX_UPLOAD_BYTES });
  }
}

/** The two mutations' one path: the caller's key and budget, then ingestion, then the payload. */
async function ingestBytes(
  context: Context,
  bytes: Buffer,
  origin: string | null | undefined,
  limits: { maxBytes: number; maxFileBytes?: number; textOnly?: boolean },
): Promise<IngestPayload> {
  const caller = await requireCaller(context, ['editor']);
  // The mutation's EntityManager is the primary's (graphql/context.ts): the budget is shared by every instance.
  const take = await ingestRateLimit.take(context.em, caller.keyId);
  if (!take.ok) throw rateLimited(take.retryAfterSeconds, `${ingestRateLimit.perMinute} documents per minute`);
  if (origin != null && (origin.trim() === '' || origin.length > MAX_ORIGIN)) {
    throw clientError('BAD_USER_INPUT', `origin must be 1 to ${MAX_ORIGIN} characters, or left out`);
  }

  // A document that cannot be ingested throws an IngestionError: UNPROCESSABLE_DOCUMENT with its reason (api/errors.ts).
  const result = await ingest(context.em, bytes, { origin: origin?.trim() ?? null, ...limits });
  // Ingestion wrote through its own transaction; read the rows back into this request's identity map.
  const em = context.em;
  const directive = await em.findOneOrFail(Directive, { id: result.directive.id }, { refresh: true });
  const rendition = await em.findOneOrFail(Rendition, { id: result.rendition.id }, { refresh: true });
  const [best] = await context.loaders.renditionsByDirective.load(directive.id); // best text first
  return {
    outcome: IngestOutcomeEnum[result.outcome],
    directive,
    rendition,
    factsFromThisText: best?.id === rendition.id,
    facts: await countFacts(em, directive),
  };
}

async function countFacts(em: EntityManager, directive: Directive): Promise<FactCountsType> {
  const [measures, targets, sloganMentions, agencyMentions, references] = await Promise.all([
    em.count(Measure, { directive }),
    em.count(Target, { directive }),
    em.count(SloganMention, { directive }),
    em.count(AgencyMention, { directive }),
    em.count(Reference, { directive }),
  ]);
  return { measures, targets, sloganMentions, agencyMentions, references };
}
