import { ApplicationStatus, LIMITS, StaffListQuery, StaffListSort } from '@markt/shared';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsEnum, IsIn, IsInt, IsString, Max, MaxLength, Min } from 'class-validator';
import { INT32_MAX, Optional } from '../../common/validators';

const toBoolean = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);

export class StaffListQueryDto implements StaffListQuery {
  @Optional() @IsEnum(ApplicationStatus) status?: ApplicationStatus;
  @Optional() @IsString() @MaxLength(LIMITS.event.topic) topic?: string;
  @Optional() @Transform(toBoolean) @IsBoolean() needsPower?: boolean;
  @Optional()
  @Transform(toBoolean)
  @IsBoolean()
  needsStepFreeAccess?: boolean;
  @Optional() @IsString() @MaxLength(LIMITS.staffList.q) q?: string;
  @Optional() @IsIn(['date', 'score', 'name']) sort?: StaffListSort;
  @Optional() @IsIn(['asc', 'desc']) order?: 'asc' | 'desc';
  // Paging happens in the database, whose offset must stay a 64-bit integer.
  @Optional() @Type(() => Number) @IsInt() @Min(1) @Max(INT32_MAX) page?: number;
  @Optional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(LIMITS.staffList.pageSize.max)
  pageSize?: number;
}
