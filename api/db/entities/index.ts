import { Agency } from './Agency';
import { AgencyMention } from './AgencyMention';
import { ApiKey } from './ApiKey';
import { Citation } from './Citation';
import { Clause } from './Clause';
import { Correction } from './Correction';
import { Deadline } from './Deadline';
import { Directive } from './Directive';
import { DirectiveFingerprint } from './DirectiveFingerprint';
import { FingerprintHash } from './FingerprintHash';
import { IngestBudget } from './IngestBudget';
import { Issuer } from './Issuer';
import { Measure } from './Measure';
import { MeasureAgency } from './MeasureAgency';
import { Passage } from './Passage';
import { PassageText } from './PassageText';
import { Province } from './Province';
import { Reference } from './Reference';
import { Rendition } from './Rendition';
import { Slogan } from './Slogan';
import { SloganMention } from './SloganMention';
import { SourceFile } from './SourceFile';
import { SharedPassage } from './SharedPassage';
import { StatedPeriod } from './StatedPeriod';
import { Target } from './Target';

export { Agency, AgencyMention, Citation, Clause, Deadline, Directive, DirectiveFingerprint, FingerprintHash, Issuer, Measure, MeasureAgency, Province, Reference, Rendition, SharedPassage, Slogan, SloganMention, StatedPeriod, Target, Passage, PassageText, ApiKey, Correction, SourceFile, IngestBudget };

/** Every entity the ORM maps, in one list for its configuration. */
export const entities = [Province, Issuer, Directive, Rendition, Clause, Citation, Deadline, StatedPeriod, Agency, AgencyMention, Measure, MeasureAgency, Target, Slogan, SloganMention, Reference, DirectiveFingerprint, FingerprintHash, SharedPassage, Passage, PassageText, ApiKey, Correction, SourceFile, IngestBudget];
