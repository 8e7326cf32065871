import {
  BackgroundImage,
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
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';

const coordinate = () => IsNumber({ allowNaN: false, allowInfinity: false, maxDecimalPlaces: 2 });

export class StandDto implements Stand {
  @IsOptional() @IsUUID() id?: string;
  @IsNotEmpty() @IsString() @MaxLength(L.number) number!: string;
  @coordinate() @Min(-L.room.max) @Max(L.room.max) x!: number;
  @coordinate() @Min(-L.room.max) @Max(L.room.max) y!: number;
  @coordinate() @Min(L.stand.min) @Max(L.stand.max) width!: number;
  @coordinate() @Min(L.stand.min) @Max(L.stand.max) depth!: number;
  @IsIn(ROTATIONS) rotation!: Rotation;
  @IsBoolean() hasPower!: boolean;
  @IsBoolean() stepFree!: boolean;
  @IsInt() @Min(L.capacity.min) @Max(L.capacity.max) capacity!: number;
  @IsOptional() @IsString() @MaxLength(L.notes) notes?: string;
}

export class FeatureDto implements FloorFeature {
  @IsNotEmpty() @IsString() @MaxLength(40) id!: string;
  @IsIn(FEATURE_KINDS) kind!: FeatureKind;
  @coordinate() @Min(-L.room.max) @Max(L.room.max) x!: number;
  @coordinate() @Min(-L.room.max) @Max(L.room.max) y!: number;
  @coordinate() @Min(0.05) @Max(L.room.max) width!: number;
  @coordinate() @Min(0.05) @Max(L.room.max) depth!: number;
  @IsIn(ROTATIONS) rotation!: Rotation;
  @IsOptional() @IsString() @MaxLength(100) label?: string;
}

export class BackgroundDto implements BackgroundImage {
  /** Only raster scans: an SVG could carry script. */
  @Matches(/^data:image\/(png|jpeg);base64,[A-Za-z0-9+/=]+$/)
  @MaxLength(Math.ceil((L.backgroundBytes * 4) / 3) + 30)
  dataUrl!: string;
  @coordinate() x!: number;
  @coordinate() y!: number;
  @coordinate() @Min(1) @Max(L.room.max * 2) width!: number;
  @IsNumber() @Min(0) @Max(1) opacity!: number;
}

export class FloorPlanBodyDto implements FloorPlanInput {
  @coordinate() @Min(L.room.min) @Max(L.room.max) width!: number;
  @coordinate() @Min(L.room.min) @Max(L.room.max) depth!: number;
  @IsOptional() @IsArray() @ArrayMaxSize(100) outline?: [number, number][];
  @IsOptional()
  @ValidateNested()
  @Type(() => BackgroundDto)
  background?: BackgroundDto | null;
  @IsArray()
  @ArrayMaxSize(L.features)
  @ValidateNested({ each: true })
  @Type(() => FeatureDto)
  features!: FeatureDto[];
  @IsArray()
  @ArrayMaxSize(L.stands)
  @ValidateNested({ each: true })
  @Type(() => StandDto)
  stands!: StandDto[];
  @IsInt() @Min(0) version!: number;
}
