import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Correction, Directive, Measure, Target } from '../../db/entities';
import type { CorrectedKind } from '../../db/entities/Correction';
import type { Context } from '../context';
import { DirectiveType } from '../directive/directive.type';
import { MeasureType } from '../measure/measure.type';
import { TargetType } from '../target/target.type';
import { correctionsOf } from './correction-loaders';
import { CorrectionType } from './correction.type';
import type { Row } from '../../read/rows';

// `corrections` and `corrected` on the correctable types, declared here so the types' own folders
// need not know about editing. Both read one batched loader per request.

const history = (kind: CorrectedKind, id: number, context: Context): Promise<Correction[]> => correctionsOf(context)[kind].load(id);

@Resolver(() => TargetType)
export class TargetCorrectionFields {
  @FieldResolver(() => [CorrectionType], { description: 'Editors\' corrections of this target, newest first; empty when it is as extracted.' })
  corrections(@Root() target: Row<Target>, @Ctx() context: Context): Promise<Correction[]> {
    return history('TARGET', target.id, context);
  }

  @FieldResolver(() => Boolean, { description: 'True when an editor corrected this target: its values are not (all) as extracted.' })
  async corrected(@Root() target: Row<Target>, @Ctx() context: Context): Promise<boolean> {
    return (await history('TARGET', target.id, context)).length > 0;
  }
}

@Resolver(() => MeasureType)
export class MeasureCorrectionFields {
  @FieldResolver(() => [CorrectionType], { description: 'Editors\' corrections of this measure, newest first; empty when it is as extracted.' })
  corrections(@Root() measure: Row<Measure>, @Ctx() context: Context): Promise<Correction[]> {
    return history('MEASURE', measure.id, context);
  }

  @FieldResolver(() => Boolean, { description: 'True when an editor corrected this measure: its values are not (all) as extracted.' })
  async corrected(@Root() measure: Row<Measure>, @Ctx() context: Context): Promise<boolean> {
    return (await history('MEASURE', measure.id, context)).length > 0;
  }
}

@Resolver(() => DirectiveType)
export class DirectiveCorrectionFields {
  @FieldResolver(() => [CorrectionType], {
    description: 'Editors\' corrections of this directive\'s metadata, newest first (its facts\' corrections are on the facts, or `corrections(directive:)`).',
  })
  corrections(@Root() directive: Row<Directive>, @Ctx() context: Context): Promise<Correction[]> {
    return history('DIRECTIVE', directive.id, context);
  }

  @FieldResolver(() => Boolean, { description: 'True when an editor corrected this directive\'s metadata (issue or meeting date, number, kind, province or signer).' })
  async corrected(@Root() directive: Row<Directive>, @Ctx() context: Context): Promise<boolean> {
    return (await history('DIRECTIVE', directive.id, context)).length > 0;
  }
}
