import { Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { pageAt } from '../../ingestion/files/pages';
import { sourceFileUrl } from '../source-file/source-file.type';
import type { Rendition } from '../../db/entities';
import type { Context } from '../context';
import { RenditionType } from '../rendition/rendition.type';
import { CitationType, type CitationValue } from './citation.type';
import { referenced } from '../loaders';

@Resolver(() => CitationType)
export class CitationResolver {
  @FieldResolver(() => RenditionType, { description: 'The rendition whose text the offsets refer to.' })
  rendition(@Root() citation: CitationValue, @Ctx() { loaders }: Context): Promise<Rendition> {
    return referenced(loaders.byId.Rendition, citation.renditionId);
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description: 'The page of the PDF or page image the quote begins on (from 1); null for a text file or a Word document, or where a page boundary near it could not be located.',
  })
  async page(@Root() citation: CitationValue, @Ctx() { loaders }: Context): Promise<number | null> {
    const rendition = await loaders.byId.Rendition.load(citation.renditionId);
    return rendition ? pageOf(rendition, citation) : null;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Address of the PDF, page image or Word document the quote was read from, opened at its page (`#page=N`) when it has one; null for a text file.',
  })
  async sourceUrl(@Root() citation: CitationValue, @Ctx() { loaders }: Context): Promise<string | null> {
    const rendition = await loaders.byId.Rendition.load(citation.renditionId);
    if (!rendition?.sourceFile) return null;
    return sourceFileUrl(rendition.sourceFile.checksum, pageOf(rendition, citation));
  }
}

function pageOf(rendition: Rendition, citation: CitationValue): number | null {
  return rendition.pageStarts ? pageAt(rendition.pageStarts, citation.start) : null;
}
