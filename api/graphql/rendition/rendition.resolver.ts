import { Ctx, FieldResolver, ID, Resolver, Root, UseMiddleware } from 'type-graphql';
import { CountsAgainstBudget, LONG_TEXT_COMPLEXITY } from '../response-budget';
import { Clause, Directive, Rendition } from '../../db/entities';
import { ClauseType } from '../clause/clause.type';
import type { Context } from '../context';
import { nestedOr, referenced } from '../loaders';
import { DirectiveType, MissingValueType } from '../directive/directive.type';
import { ID_DESCRIPTION, toGlobalId } from '../node/global-id';
import { RenditionType } from './rendition.type';
import { SourceFileType, sourceFileUrl } from '../source-file/source-file.type';
import { DIRECTIVE_FIELD } from '../../domain/directive';
import type { Row } from '../../read/rows';

@Resolver(() => RenditionType)
export class RenditionResolver {
  @FieldResolver(() => ID, { description: ID_DESCRIPTION })
  id(@Root() rendition: Row<Rendition>): string {
    return toGlobalId('Rendition', rendition.id);
  }

  @FieldResolver(() => String, {
    complexity: LONG_TEXT_COMPLEXITY,
    description: 'The cleaned text (NFC, boilerplate and line breaks of the source removed); every offset refers to it. Up to 512 KB: it costs as much as 200 fields.',
  })
  @UseMiddleware(CountsAgainstBudget)
  async text(@Root() rendition: Row<Rendition>, @Ctx() { loaders }: Context): Promise<string> {
    // Lists of renditions are read without their texts; a rendition just written carries its own.
    return rendition.text ?? (await loaders.renditionText.load(rendition.id)) ?? '';
  }

  @FieldResolver(() => DirectiveType, { description: 'The directive this is a text of.' })
  directive(@Root() rendition: Row<Rendition>, @Ctx() { loaders }: Context): Promise<Directive> {
    return referenced(loaders.byId.Directive, rendition.directive.id);
  }

  @FieldResolver(() => [MissingValueType], {
    description:
      "What this text alone does not say, and why (a portal copy has no signature block, a scan no date line). The directive's own fields take each value from whichever of its texts has it.",
  })
  missing(@Root() rendition: Row<Rendition>): MissingValueType[] {
    const m = rendition.metadata;
    return DIRECTIVE_FIELD.codes.filter((field) => m[field]?.value === null).map((field) => ({ field, reason: m[field].reason ?? '' }) as MissingValueType);
  }

  @FieldResolver(() => SourceFileType, { nullable: true, description: 'The PDF, page image or Word document the text was read from; null for a text file.' })
  async sourceFile(@Root() rendition: Row<Rendition>, @Ctx() { loaders }: Context): Promise<SourceFileType | null> {
    if (!rendition.sourceFile) return null;
    const file = await loaders.sourceFileByChecksum.load(rendition.sourceFile.checksum);
    return file && { checksum: file.checksum, mediaType: file.mediaType, byteSize: file.byteSize, pageCount: file.pageCount, url: sourceFileUrl(file.checksum) };
  }

  @FieldResolver(() => [ClauseType], { description: 'Its numbered structure, in document order.' })
  clauses(@Root() rendition: Row<Rendition>, @Ctx() { loaders }: Context): Clause[] | Promise<Clause[]> {
    return nestedOr(rendition, 'clauses', () => loaders.clausesByRendition.load(rendition.id));
  }
}
