import {
  BackgroundPlacement,
  FEATURE_KINDS,
  FeatureKind,
  FloorFeature,
  FLOOR_PLAN_LIMITS as L,
  FloorPlanInput,
  Rotation,
  ROTATIONS,
  Stand,
} from '@markt/shared';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsNumber,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateBy,
  ValidateNested,
} from 'class-validator';
import { INT32_MAX, IsDecimal, Optional } from '../../common/validators';
import { BACKGROUND_URL_PATTERN } from '../background-storage';

const coordinate = () => IsDecimal(2);

const isPoint = (point: unknown) =>
  Array.isArray(point) &&
  point.length === 2 &&
  point.every((n) => typeof n === 'number' && Number.isFinite(n) && Math.abs(n) <= L.room.max);

/** Every element an [x, y] pair of numbers within the room's range. */
const IsOutline = () =>
  ValidateBy({
    name: 'invalidOutline',
    validator: {
      validate: (value: unknown) => Array.isArray(value) && value.every(isPoint),
      defaultMessage: () => 'The outline is a list of [x, y] points',
    },
  });

export class StandDto implements Stand {
  @Optional() @IsUUID() id?: string;
  @IsNotEmpty() @IsString() @MaxLength(L.number) number!: string;
  @coordinate() @Min(-L.room.max) @Max(L.room.max) x!: number;
  @coordinate() @Min(-L.room.max) @Max(L.room.max) y!: number;
  @coordinate() @Min(L.stand.min) @Max(L.stand.max) width!: number;
  @coordinate() @Min(L.stand.min) @Max(L.stand.max) depth!: number;
  @IsIn(ROTATIONS) rotation!: Rotation;
  @IsBoolean() hasPower!: boolean;
  @IsBoolean() stepFree!: boolean;
  @IsInt() @Min(L.capacity.min) @Max(L.capacity.max) capacity!: number;
  @Optional() @IsString() @MaxLength(L.notes) notes?: string;
}

export class FeatureDto implements FloorFeature {
  @IsNotEmpty() @IsString() @MaxLength(40) id!: string;
  @IsIn(FEATURE_KINDS) kind!: FeatureKind;
  @coordinate() @Min(-L.room.max) @Max(L.room.max) x!: number;
  @coordinate() @Min(-L.room.max) @Max(L.room.max) y!: number;
  @coordinate() @Min(0.05) @Max(L.room.max) width!: number;
  @coordinate() @Min(0.05) @Max(L.room.max) depth!: number;
  @IsIn(ROTATIONS) rotation!: Rotation;
  @Optional() @IsString() @MaxLength(100) label?: string;
}

export class BackgroundDto implements BackgroundPlacement {
  /**
   * The URL the plan was loaded with, allowed back so a plan can be saved as it came; it is not stored.
   * Image data (a data: URL) is refused: the scan is uploaded on its own.
   */
  @Optional() @IsString() @MaxLength(200) @Matches(BACKGROUND_URL_PATTERN) url?: string;
  @coordinate() x!: number;
  @coordinate() y!: number;
  @coordinate() @Min(1) @Max(L.room.max * 2) width!: number;
  @IsNumber() @Min(0) @Max(1) opacity!: number;
}

export class FloorPlanBodyDto implements FloorPlanInput {
  @coordinate() @Min(L.room.min) @Max(L.room.max) width!: number;
  @coordinate() @Min(L.room.min) @Max(L.room.max) depth!: number;
  @Optional() @IsArray() @ArrayMaxSize(100) @IsOutline() outline?: [number, number][];
  /** `null`: no background. */
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => BackgroundDto)
  background?: BackgroundDto | null;
  @IsArray()
  @ArrayMaxSize(L.features)
  // ValidateNested alone lets nested arrays through.
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => FeatureDto)
  features!: FeatureDto[];
  @IsArray()
  @ArrayMaxSize(L.stands)
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => StandDto)
  stands!: StandDto[];
  @IsInt() @Min(0) @Max(INT32_MAX) version!: number;
}
