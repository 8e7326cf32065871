import { ApplyPlacementsInput, AssignInput, AssignmentDto, FLOOR_PLAN_LIMITS } from '@markt/shared';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsInt, IsOptional, IsUUID, Min, ValidateNested } from 'class-validator';

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
  @ValidateNested({ each: true })
  @Type(() => PlacementDto)
  placements!: PlacementDto[];
}

export class SwapDto {
  @IsUUID() a!: string;
  @IsUUID() b!: string;
}

export class SuggestDto {
  /** Another seed gives another, equally valid suggestion. */
  @IsOptional() @IsInt() @Min(1) seed?: number;
}

export class UnassignQuery {
  @IsOptional() @IsUUID() applicationId?: string;
}
