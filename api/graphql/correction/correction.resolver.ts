import type { Strength } from '../../domain/facts';
import type { DocumentKind } from '../../domain/directive';
import type { FilterQuery } from '@mikro-orm/postgresql';
import { LocalDate } from '../scalars';
import { Arg, Authorized, Ctx, FieldResolver, Float, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { requireCaller } from '../../auth/auth-checker';
import { Correction, Directive, Measure, Target } from '../../db/entities';
import { correctDirective, correctMeasure, correctTarget } from '../../corrections/correct';
import type { Context } from '../context';
import { DirectiveType } from '../directive/directive.type';
import { DocumentKindEnum } from '../enums';
import { clientError } from '../errors';
import { MeasureType } from '../measure/measure.type';
import { StrengthEnum } from '../enums';
import { fromGlobalId, numericKey } from '../node/global-id';
import { NodeInterface } from '../node/node.interface';
import { TargetType } from '../target/target.type';
import { forgetCorrections } from './correction-loaders';
import { CorrectionType } from './correction.type';
import type { Row } from '../../read/rows';
import { referenced } from '../loaders';

const REASON = 'Why, for the audit trail: what the document or its source shows (required).';
const MAX_LIST = 500;

/** Runs a correction as the calling editor (a refusal is a CorrectionError, answered with its code). */
async function asEditor(context: Context, work: (author: { keyId: number; name: string }) => Promise<number>): Promise<number> {
  const caller = await requireCaller(context, ['editor']);
  try {
    return await work({ keyId: caller.keyId, name: caller.name });
  } finally {
    forgetCorrections(context);
  }
}

@Resolver(() => CorrectionType)
export class CorrectionResolver {
  @Authorized('editor')
  @Mutation(() => TargetType, {
    description:
      "Corrects a target's value, unit, qualifiers and/or deadline, with a reason. Needs an editor key. The target then serves the new values (corrected: true) and the change is listed in its corrections. Invalid values: BAD_USER_INPUT.",
  })
  async correctTarget(
    @Arg('id', () => ID, { description: 'Global id of the target.' }) id: string,
    @Arg('value', () => Float, { nullable: true, description: 'The right number (0 or more; at most 100 for PERCENT).' }) value: number | null,
    @Arg('unit', () => String, { nullable: true, description: 'The right unit: a code of seeds/lexicons/units.json.' }) unit: string | null,
    @Arg('poolSize', () => Int, { nullable: true, description: 'Samples per pool, 2 to 100.' }) poolSize: number | null,
    @Arg('dose', () => Int, { nullable: true, description: 'The vaccine dose, 1 to 10.' }) dose: number | null,
    @Arg('scope', () => String, { nullable: true, description: 'Where it applies, as written; "" clears it.' }) scope: string | null,
    @Arg('population', () => String, { nullable: true, description: 'Who it counts, as written; "" clears it.' }) population: string | null,
    @Arg('condition', () => String, { nullable: true, description: 'When it applies, as written ("" clears it; contingent follows).' }) condition: string | null,
    @Arg('deadlineDate', () => LocalDate, { nullable: true, description: 'The last day to reach it: the deadline becomes BY_DATE.' }) deadlineDate: string | null,
    @Arg('reason', { description: REASON }) reason: string,
    @Ctx() context: Context,
  ): Promise<Target> {
    const key = numericKey(id, 'Target');
    await asEditor(context, (author) => correctTarget(context.em, author, key, { value, unit, poolSize, dose, scope, population, condition, deadlineDate }, reason));
    context.loaders.byId.Target.clear(key);
    return context.em.findOneOrFail(Target, { id: key }, { refresh: true });
  }

  @Authorized('editor')
  @Mutation(() => MeasureType, {
    description: "Corrects a measure's category (its OxCGRT indicator follows), strength and/or deadline, with a reason. Needs an editor key. Invalid values: BAD_USER_INPUT.",
  })
  async correctMeasure(
    @Arg('id', () => ID, { description: 'Global id of the measure.' }) id: string,
    @Arg('category', () => String, { nullable: true, description: 'The right category: a code of seeds/lexicons/categories.json.' }) category: string | null,
    @Arg('strength', () => StrengthEnum, { nullable: true, description: 'The right strength.' }) strength: Strength | null,
    @Arg('deadlineDate', () => LocalDate, { nullable: true, description: 'The last day to carry it out: the deadline becomes BY_DATE.' }) deadlineDate: string | null,
    @Arg('reason', { description: REASON }) reason: string,
    @Ctx() context: Context,
  ): Promise<Measure> {
    const key = numericKey(id, 'Measure');
    await asEditor(context, (author) => correctMeasure(context.em, author, key, { category, strength, deadlineDate }, reason));
    context.loaders.byId.Measure.clear(key);
    return context.em.findOneOrFail(Measure, { id: key }, { refresh: true });
  }

  @Authorized('editor')
  @Mutation(() => DirectiveType, {
    description:
      "Corrects a directive's issue date, number, kind, meeting date, province and/or signer, with a reason. Needs an editor key. The correction holds when more texts of the directive arrive. Invalid values: BAD_USER_INPUT.",
  })
  async correctDirective(
    @Arg('id', () => ID, { description: 'Global id of the directive.' }) id: string,
    @Arg('issuedOn', () => LocalDate, { nullable: true, description: 'The right issue date (not before 2019-12-01, not in the future).' }) issuedOn: string | null,
    @Arg('number', () => String, { nullable: true, description: 'The right document number, e.g. "370-TB/TU"; spaces around separators are removed.' }) number: string | null,
    @Arg('kind', () => DocumentKindEnum, { nullable: true, description: 'The right kind of document.' }) kind: DocumentKind | null,
    @Arg('meetingOn', () => LocalDate, { nullable: true, description: 'The day of the meeting it reports (it dates the directive while the issue date is unknown).' })
    meetingOn: string | null,
    @Arg('province', () => String, { nullable: true, description: 'The right province, by ISO 3166-2 code ("VN-13").' }) province: string | null,
    @Arg('signerName', () => String, { nullable: true, description: 'The signer\'s name as written ("Nguyễn Văn Thắng").' }) signerName: string | null,
    @Arg('signerTitle', () => String, { nullable: true, description: 'The signer\'s title as written ("Phó Chủ tịch").' }) signerTitle: string | null,
    @Arg('reason', { description: REASON }) reason: string,
    @Ctx() context: Context,
  ): Promise<Directive> {
    const key = numericKey(id, 'Directive');
    await asEditor(context, (author) => correctDirective(context.em, author, key, { issuedOn, number, kind, meetingOn, province, signerName, signerTitle }, reason));
    context.loaders.byId.Directive.clear(key);
    return context.em.findOneOrFail(Directive, { id: key }, { refresh: true });
  }

  @Query(() => [CorrectionType], {
    description: 'The audit trail of corrections, newest first: of one object (`target`), of one directive and its facts (`directive`), or of all.',
  })
  corrections(
    @Arg('target', () => ID, { nullable: true, description: 'Global id of a Target, Measure or Directive: only the corrections now applied to it.' }) target: string | null,
    @Arg('directive', () => ID, { nullable: true, description: 'Global id of a directive: the corrections of its metadata and of its facts, including any a new text no longer matches.' })
    directive: string | null,
    @Arg('first', () => Int, { defaultValue: 100, description: `At most this many (1 to ${MAX_LIST}).` }) first: number,
    @Ctx() { em }: Context,
  ): Promise<Correction[]> {
    if (first < 1 || first > MAX_LIST) throw clientError('BAD_USER_INPUT', `first must be between 1 and ${MAX_LIST}`);
    const where: FilterQuery<Correction>[] = [];
    if (target != null) {
      const { type } = fromGlobalId(target);
      if (type !== 'Target' && type !== 'Measure' && type !== 'Directive') throw clientError('BAD_USER_INPUT', 'target must be the id of a Target, Measure or Directive');
      where.push({ kind: type.toUpperCase() as Correction['kind'], factId: numericKey(target, type) });
    }
    if (directive != null) where.push({ directive: numericKey(directive, 'Directive') });
    return em.find(Correction, { $and: where }, { orderBy: { id: 'desc' }, limit: first });
  }

  @FieldResolver(() => ID, { description: 'Sequential number of the correction: later corrections have larger ids.' })
  id(@Root() correction: Row<Correction>): string {
    return String(correction.id);
  }

  @FieldResolver(() => String, { description: 'Who made it: the name of the API key used.' })
  author(@Root() correction: Row<Correction>): string {
    return correction.authorName;
  }

  @FieldResolver(() => Int, { description: 'Id of the API key used (see `npm run keys -- list`).' })
  authorKeyId(@Root() correction: Row<Correction>): number {
    return correction.author.id;
  }

  @FieldResolver(() => Boolean, { description: 'False when a later text of the directive no longer gives the corrected fact: the correction is kept but applies to nothing.' })
  applied(@Root() correction: Row<Correction>): boolean {
    return correction.factId !== null;
  }

  @FieldResolver(() => NodeInterface, { nullable: true, description: 'The corrected Target, Measure or Directive as served now; null when not applied.' })
  async object(@Root() correction: Row<Correction>, @Ctx() { loaders }: Context): Promise<unknown> {
    if (correction.factId === null) return null;
    const type = ({ TARGET: 'Target', MEASURE: 'Measure', DIRECTIVE: 'Directive' } as const)[correction.kind];
    return loaders.byId[type].load(correction.factId);
  }

  @FieldResolver(() => DirectiveType, { description: 'The directive the corrected fact or metadata belongs to.' })
  directive(@Root() correction: Row<Correction>, @Ctx() { loaders }: Context): Promise<Directive> {
    return referenced(loaders.byId.Directive, correction.directive.id);
  }
}
