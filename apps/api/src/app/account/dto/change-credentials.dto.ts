import { ChangeCredentialsInput, LIMITS } from '@markt/shared';
import { Transform } from 'class-transformer';
import { IsEmail, IsNotEmpty, IsString, MaxLength, MinLength } from 'class-validator';
import { normaliseEmail } from '../../auth/dto/register.dto';
import { Optional } from '../../common/validators';

/** A new email address or password; either needs the current password, so an open session is not enough. */
export class ChangeCredentialsDto implements ChangeCredentialsInput {
  @IsNotEmpty()
  @IsString()
  @MaxLength(LIMITS.password.max)
  currentPassword!: string;

  @Optional()
  @Transform(normaliseEmail)
  @IsNotEmpty()
  @IsEmail()
  @MaxLength(LIMITS.email)
  email?: string;

  @Optional()
  @IsString()
  @MinLength(LIMITS.password.min)
  @MaxLength(LIMITS.password.max)
  newPassword?: string;
}
