import { ConsentsInput } from '@markt/shared';
import { IsBoolean } from 'class-validator';
import { Optional } from '../../common/validators';

/** The consents an applicant can give or withdraw at any time (privacy consent is part of applying). */
export class ConsentsDto implements ConsentsInput {
  @Optional() @IsBoolean() publicationConsent?: boolean;
  @Optional() @IsBoolean() photoConsent?: boolean;
}
