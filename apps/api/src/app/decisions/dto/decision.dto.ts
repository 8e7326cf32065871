import { BulkDecisionInput, Decision, DECISIONS, DecisionInput, LIMITS } from '@markt/shared';
import { ArrayMaxSize, ArrayMinSize, IsBoolean, IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';

export class DecisionDto implements DecisionInput {
  @IsIn(DECISIONS)
  decision!: Decision;

  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.review.message)
  message?: string;

  @IsOptional()
  @IsBoolean()
  confirmOverCapacity?: boolean;
}

export class BulkDecisionDto extends DecisionDto implements BulkDecisionInput {
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @IsUUID('all', { each: true })
  applicationIds!: string[];
}
