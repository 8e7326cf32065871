import { LIMITS, PasswordResetInput, PasswordResetRequestInput } from '@markt/shared';
import { Transform } from 'class-transformer';
import { IsEmail, IsNotEmpty, IsString, MaxLength, MinLength } from 'class-validator';
import { normaliseEmail } from './register.dto';

export class PasswordResetRequestDto implements PasswordResetRequestInput {
  @Transform(normaliseEmail)
  @IsNotEmpty()
  @IsEmail()
  @MaxLength(LIMITS.email)
  email!: string;
}

export class PasswordResetDto implements PasswordResetInput {
  @IsNotEmpty()
  @IsString()
  @MaxLength(200)
  token!: string;

  @IsNotEmpty()
  @IsString()
  @MinLength(LIMITS.password.min)
  @MaxLength(LIMITS.password.max)
  password!: string;
}
