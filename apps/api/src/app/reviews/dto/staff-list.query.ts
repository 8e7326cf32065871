import { ApplicationStatus, LIMITS, StaffListQuery, StaffListSort } from '@markt/shared';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsEnum, IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

const toBoolean = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);

export class StaffListQueryDto implements StaffListQuery {
  @IsOptional() @IsEnum(ApplicationStatus) status?: ApplicationStatus;
  @IsOptional() @IsString() @MaxLength(LIMITS.event.topic) topic?: string;
  @IsOptional() @Transform(toBoolean) @IsBoolean() needsPower?: boolean;
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  needsStepFreeAccess?: boolean;
  @IsOptional() @IsString() @MaxLength(LIMITS.staffList.q) q?: string;
  @IsOptional() @IsIn(['date', 'score', 'name']) sort?: StaffListSort;
  @IsOptional() @IsIn(['asc', 'desc']) order?: 'asc' | 'desc';
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) page?: number;
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(LIMITS.staffList.pageSize.max)
  pageSize?: number;
}
