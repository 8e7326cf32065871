import { FeedbackInput, LIMITS } from '@markt/shared';
import { IsEmail, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';

export class CreateFeedbackDto implements FeedbackInput {
  @IsNotEmpty()
  @IsString()
  @MaxLength(LIMITS.feedback.message)
  message!: string;

  @IsOptional()
  @IsEmail()
  @MaxLength(LIMITS.email)
  email?: string;

  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.feedback.page)
  page?: string;
}
