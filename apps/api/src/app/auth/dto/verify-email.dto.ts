import { VerifyEmailInput } from '@markt/shared';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

export class VerifyEmailDto implements VerifyEmailInput {
  @IsNotEmpty()
  @IsString()
  @MaxLength(200)
  token!: string;
}
