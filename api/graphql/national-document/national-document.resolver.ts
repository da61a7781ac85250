import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { Province, Reference } from '../../db/entities';
import { loadNationalDocuments, lookupNumber, nationalDocument } from '../../reference/national-documents';
import type { Context } from '../context';
import { clientError } from '../errors';
import { loadAll } from '../loaders';
import { distinctCodes, knownProvinces } from '../province/known-provinces';
import { ReferenceType } from '../reference/reference.type';
import { daysBetween, mayBeSameYear, yearOfIso } from '../../text/dates';
import { citingDirectives, type Citing } from './implementations-query';
import { ImplementationsType, NationalDocumentType, type ImplementationType } from './national-document.type';
import type { Row } from '../../read/rows';

const MAX_PER_PROVINCE = 50;

@Resolver()
export class NationalDocumentResolver {
  @Query(() => [NationalDocumentType], { description: 'The catalogue of national documents provinces cite, oldest first.' })
  nationalDocuments(): NationalDocumentType[] {
    return [...loadNationalDocuments()];
  }

  @Query(() => ImplementationsType, {
    description:
      'Which provinces cited a document ("128/NQ-CP"; case, spaces, and "CD" for "CĐ", are forgiven), with the citing directives and their quotes, and how many days after the document was issued. Provinces earliest first. A citation dated in another year than the document is left out: numbering starts again each year.',
  })
  async implementations(
    @Arg('of', { description: 'The document number.' }) of: string,
    @Arg('provinces', () => [String], { nullable: true, description: 'Only these provinces (ISO 3166-2 codes).' }) provinces: string[] | null,
    @Arg('perProvince', () => Int, { defaultValue: 5, description: `Citing directives listed per province, oldest first (1 to ${MAX_PER_PROVINCE}); all are counted.` }) perProvince: number,
    @Ctx() { em, loaders }: Context,
  ): Promise<ImplementationsType> {
    if (!of.trim() || of.length > 60) throw clientError('BAD_USER_INPUT', 'give a document number such as "128/NQ-CP"');
    if (perProvince < 1 || perProvince > MAX_PER_PROVINCE) throw clientError('BAD_USER_INPUT', `perProvince must be 1 to ${MAX_PER_PROVINCE}`);
    if (provinces) await knownProvinces(loaders, provinces);
    const number = lookupNumber(of);
    const document = nationalDocument(number);
    const citing = await citingDirectives(em, number, provinces ? distinctCodes(provinces) : null, yearOfIso(document?.issuedOn));
    // Null, not a guess, when the document or the citing directive has no known date.
    const daysAfter = (day: string | null) => (document && day ? daysBetween(document.issuedOn, day) : null);

    const groups = new Map<string | null, Citing[]>();
    for (const c of citing) groups.set(c.province, [...(groups.get(c.province) ?? []), c]);
    const byDate = (a: Citing, b: Citing) => (a.datedOn ?? '9999').localeCompare(b.datedOn ?? '9999') || a.directiveId - b.directiveId;
    const ordered = [...groups.entries()].map(([code, list]) => [code, list.sort(byDate)] as const).sort((a, b) => byDate(a[1][0], b[1][0]));
    const provinceRows = await loadAll(loaders.provinceByCode, ordered.flatMap(([code]) => (code ? [code] : [])));
    const byCode = new Map(provinceRows.filter((p): p is Province => p !== null).map((p) => [p.code, p]));

    return {
      number,
      document,
      provinces: await Promise.all(
        ordered.map(async ([code, list]) => {
          const shown = list.slice(0, perProvince);
          const references = await loadAll(loaders.byId.Reference, shown.map((c) => c.referenceId));
          const directives = await loadAll(loaders.byId.Directive, shown.map((c) => c.directiveId));
          const citations: ImplementationType[] = shown.map((c, i) => ({ directive: directives[i], reference: references[i], daysAfter: daysAfter(c.datedOn) }));
          const first = list.find((c) => c.datedOn) ?? null;
          return {
            province: code ? byCode.get(code) ?? null : null,
            directives: list.length,
            firstCitedOn: first?.datedOn ?? null,
            daysAfter: daysAfter(first?.datedOn ?? null),
            citations,
          };
        }),
      ),
    };
  }
}

@Resolver(() => ReferenceType)
export class ReferenceNationalResolver {
  @FieldResolver(() => NationalDocumentType, { nullable: true, description: 'The cited document\'s entry in the national catalogue (`nationalDocuments`), when it is one; a citation dated in another year than the entry cites another document of that number.' })
  national(@Root() reference: Row<Reference>): NationalDocumentType | null {
    const document = nationalDocument(reference.number);
    return document && mayBeSameYear(yearOfIso(document.issuedOn), yearOfIso(reference.issuedOn)) ? document : null;
  }
}
