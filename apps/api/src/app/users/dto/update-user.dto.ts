import { LIMITS, Role, UpdateUserInput } from '@markt/shared';
import { IsBoolean, IsEnum, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';

export class UpdateUserDto implements UpdateUserInput {
  @IsOptional()
  @IsEnum(Role)
  role?: Role;

  @IsOptional()
  @IsBoolean()
  active?: boolean;

  @IsOptional()
  @IsString()
  @MinLength(LIMITS.name.min)
  @MaxLength(LIMITS.name.max)
  name?: string;
}
