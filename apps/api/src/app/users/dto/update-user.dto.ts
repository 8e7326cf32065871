import { LIMITS, Role, UpdateUserInput } from '@markt/shared';
import { IsBoolean, IsEnum, IsString, MaxLength, MinLength } from 'class-validator';
import { Optional } from '../../common/validators';

export class UpdateUserDto implements UpdateUserInput {
  @Optional()
  @IsEnum(Role)
  role?: Role;

  @Optional()
  @IsBoolean()
  active?: boolean;

  @Optional()
  @IsString()
  @MinLength(LIMITS.name.min)
  @MaxLength(LIMITS.name.max)
  name?: string;
}
