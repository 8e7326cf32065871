import { ApplyPlacementsInput, AssignInput, AssignmentDto, ExchangeInput, FLOOR_PLAN_LIMITS } from '@markt/shared';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsInt, IsObject, IsUUID, Max, Min, ValidateNested } from 'class-validator';
import { INT32_MAX, Optional } from '../../common/validators';

export class AssignDto implements AssignInput {
  @IsUUID() applicationId!: string;
}

export class PlacementDto implements AssignmentDto {
  @IsUUID() standId!: string;
  @IsUUID() applicationId!: string;
}

export class ApplyPlacementsDto implements ApplyPlacementsInput {
  @IsArray()
  @ArrayMaxSize(FLOOR_PLAN_LIMITS.stands * FLOOR_PLAN_LIMITS.capacity.max)
  // ValidateNested alone lets nested arrays through.
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => PlacementDto)
  placements!: PlacementDto[];
}

export class SwapDto {
  @IsUUID() a!: string;
  @IsUUID() b!: string;
}

export class ExchangeDto implements ExchangeInput {
  @IsUUID() applicationId!: string;
  @IsUUID() withApplicationId!: string;
}

export class SuggestDto {
  /** Another seed gives another, equally valid suggestion. */
  @Optional() @IsInt() @Min(1) @Max(INT32_MAX) seed?: number;
}

export class UnassignQuery {
  @Optional() @IsUUID() applicationId?: string;
}
