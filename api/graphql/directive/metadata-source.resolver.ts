import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Directive, Rendition } from '../../db/entities';
import { DIRECTIVE_FIELD, type DirectiveField, type DirectiveMetadata, type Known } from '../../domain/directive';
import type { CitationValue } from '../citation/citation.type';
import type { Context } from '../context';
import { correctionsOf } from '../correction/correction-loaders';
import { loadAll } from '../loaders';
import { DirectiveFieldEnum } from '../enums';
import { DirectiveType } from './directive.type';
import { MetadataSourceType, type MetadataCandidateType } from './metadata-source.type';
import type { Row } from '../../read/rows';

// Directive.sources: each metadata field with the citation that gives the value served and what every
// rendition said, read from the renditions' own readings (Rendition.metadata) beside the merged value.

/** A field's value as text, the same way for what a rendition read and what the directive serves. */
function asText(field: DirectiveField, value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (field === 'province') return (value as { code: string }).code;
  if (field === 'issuer' || field === 'signer') return (value as { name: string }).name;
  return String(value);
}

/** The value the directive serves now, as text; the issuer is loaded by the caller. */
function served(d: Directive, field: DirectiveField, issuerName: string | null): string | null {
  switch (field) {
    case 'province':
      return d.province?.code ?? null;
    case 'issuer':
      return issuerName;
    case 'signer':
      return d.signerName;
    default:
      return (d[field] as string | null) ?? null;
  }
}

/** Corrections record directive fields by these names (corrections/fields.ts). */
const CORRECTED_AS: Partial<Record<DirectiveField, string[]>> = { signer: ['signerName', 'signerTitle'] };

@Resolver(() => DirectiveType)
export class MetadataSourceResolver {
  @FieldResolver(() => [MetadataSourceType], {
    description: 'Where each metadata field comes from: the value served, the words that give it, and what each of the directive\'s texts said (its candidates).',
  })
  async sources(
    @Root() directive: Row<Directive>,
    @Arg('fields', () => [DirectiveFieldEnum], { nullable: true, description: 'Only these fields; all when omitted.' }) fields: DirectiveField[] | null,
    @Ctx() context: Context,
  ): Promise<MetadataSourceType[]> {
    const renditions: Rendition[] = await context.loaders.renditionsByDirective.load(directive.id); // best text first
    const issuer = directive.issuer ? await context.loaders.byId.Issuer.load(directive.issuer.id) : null;
    const corrections = await correctionsOf(context).DIRECTIVE.load(directive.id);
    // Quotes are cut from the texts, which the list of renditions leaves out.
    const texts = await loadAll(context.loaders.renditionText, renditions.map((r) => r.id));
    return (fields ?? DIRECTIVE_FIELD.codes).map((field) => {
      const value = served(directive, field, issuer?.name ?? null);
      const candidates: MetadataCandidateType[] = renditions.map((r, i) => {
        const known = (r.metadata as DirectiveMetadata)[field as keyof DirectiveMetadata] as Known<unknown> | undefined;
        const text = asText(field, known?.value);
        const citation: CitationValue | null =
          text !== null && known?.start !== undefined && known.end !== undefined
            ? { renditionId: r.id, start: known.start, end: known.end, quote: (texts[i] ?? '').slice(known.start, known.end), rule: `metadata.${field}` }
            : null;
        return { rendition: r, value: text, reason: text === null ? known?.reason ?? 'not read' : null, citation };
      });
      const names = CORRECTED_AS[field] ?? [field];
      return {
        field,
        value,
        corrected: corrections.some((c) => names.includes(c.field)),
        citation: candidates.find((c) => c.value !== null && c.value === value && c.citation)?.citation ?? null,
        candidates,
      };
    });
  }
}
