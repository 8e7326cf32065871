import { LIMITS } from '@markt/shared';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

/** Deleting the account asks for the password again, so a forgotten open session cannot do it. */
export class DeleteAccountDto {
  @IsNotEmpty()
  @IsString()
  @MaxLength(LIMITS.password.max)
  password!: string;
}
