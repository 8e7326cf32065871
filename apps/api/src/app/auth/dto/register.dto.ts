import { Language, LANGUAGES, LIMITS, RegisterInput } from '@markt/shared';
import { Transform } from 'class-transformer';
import { IsEmail, IsIn, IsNotEmpty, IsString, MaxLength, MinLength } from 'class-validator';
import { Optional } from '../../common/validators';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
export const normaliseEmail = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.trim().toLowerCase() : value;

export class RegisterDto implements RegisterInput {
  @Transform(normaliseEmail)
  @IsNotEmpty()
  @IsEmail()
  @MaxLength(LIMITS.email)
  email!: string;

  @IsNotEmpty()
  @IsString()
  @MinLength(LIMITS.password.min)
  @MaxLength(LIMITS.password.max)
  password!: string;

  @Transform(trim)
  @IsNotEmpty()
  @IsString()
  @MinLength(LIMITS.name.min)
  @MaxLength(LIMITS.name.max)
  name!: string;

  @Optional()
  @IsIn(LANGUAGES)
  language?: Language;
}
