import { BulkDecisionInput, Decision, DECISIONS, DecisionInput, LIMITS, ReleaseInput } from '@markt/shared';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsIn, IsString, IsUUID, MaxLength } from 'class-validator';
import { Optional } from '../../common/validators';

export class DecisionDto implements DecisionInput {
  @IsIn(DECISIONS)
  decision!: Decision;

  @Optional()
  @IsString()
  @MaxLength(LIMITS.review.message)
  message?: string;

  @Optional()
  @IsBoolean()
  confirmOverCapacity?: boolean;

  @Optional()
  @IsBoolean()
  stage?: boolean;
}

export class BulkDecisionDto extends DecisionDto implements BulkDecisionInput {
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @IsUUID('all', { each: true })
  applicationIds!: string[];
}

export class ReleaseDto implements ReleaseInput {
  @Optional()
  @IsBoolean()
  confirmOverCapacity?: boolean;
}
