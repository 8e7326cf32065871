import { LIMITS, LoginInput } from '@markt/shared';
import { Transform } from 'class-transformer';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { normaliseEmail } from './register.dto';

/** Only shape checks: a login must not reveal which rules an account's password follows. */
export class LoginDto implements LoginInput {
  @Transform(normaliseEmail)
  @IsNotEmpty()
  @IsString()
  @MaxLength(LIMITS.email)
  email!: string;

  @IsNotEmpty()
  @IsString()
  @MaxLength(LIMITS.password.max)
  password!: string;
}
