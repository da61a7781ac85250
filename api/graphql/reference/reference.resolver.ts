import { Args, ArgsType, Ctx, Field, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { Directive, Reference } from '../../db/entities';
import { CitationType, citationOf, type CitationValue } from '../citation/citation.type';
import type { Context } from '../context';
import { DirectiveType } from '../directive/directive.type';
import { FactFilterArgs } from '../fact-filter';
import { referenceCondition } from '../../read/filters';
import { ID_DESCRIPTION, toGlobalId } from '../node/global-id';
import type { Page } from '../pagination/connection';
import { findPageById } from '../pagination/id-page';
import { PageArgs } from '../pagination/page-args';
import { ReferenceConnection, ReferenceType } from './reference.type';
import type { Row } from '../../read/rows';
import { referenced } from '../loaders';

@ArgsType()
class ReferenceFilterArgs extends FactFilterArgs {
  @Field(() => [String], { nullable: true, description: 'Only citations of these document numbers ("1699/CĐ-TTg"; spaces, and "CD" for "CĐ", are forgiven).' })
  numbers?: string[] | null;
}

@Resolver(() => ReferenceType)
export class ReferenceResolver {
  @Query(() => ReferenceConnection, { description: 'Citations of other documents across all directives, in extraction order.' })
  references(@Args() filter: ReferenceFilterArgs, @Args() page: PageArgs, @Ctx() { reads }: Context): Promise<Page<Reference>> {
    return findPageById(reads, Reference, referenceCondition(filter), page);
  }

  @FieldResolver(() => ID, { description: ID_DESCRIPTION })
  id(@Root() reference: Row<Reference>): string {
    return toGlobalId('Reference', reference.id);
  }

  @FieldResolver(() => DirectiveType, { description: 'The directive that cites.' })
  directive(@Root() reference: Row<Reference>, @Ctx() { loaders }: Context): Promise<Directive> {
    return referenced(loaders.byId.Directive, reference.directive.id);
  }

  @FieldResolver(() => DirectiveType, { nullable: true, description: 'The cited document, when the corpus holds it.' })
  cited(@Root() reference: Row<Reference>, @Ctx() { loaders }: Context): Promise<Directive | null> | null {
    return reference.cited ? loaders.byId.Directive.load(reference.cited.id) : null;
  }

  @FieldResolver(() => CitationType, { description: 'The words that cite it.' })
  citation(@Root() reference: Row<Reference>): CitationValue {
    return citationOf(reference);
  }
}
