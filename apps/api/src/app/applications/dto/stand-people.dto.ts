import { LIMITS, StandPeopleInput } from '@markt/shared';
import { Transform } from 'class-transformer';
import { IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';

const trimmed = () => Transform(({ value }) => (typeof value === 'string' ? value.trim() || null : value));

/** Who staffs the stand; names are required (badges and catering), accessibility needs may be cleared. */
export class StandPeopleDto implements StandPeopleInput {
  @trimmed()
  @IsNotEmpty()
  @IsString()
  @MaxLength(LIMITS.application.text)
  staffNames!: string;

  @IsOptional()
  @trimmed()
  @IsString()
  @MaxLength(LIMITS.application.text)
  staffAccessibilityNeeds!: string | null;
}
