import { FeedbackInput, LIMITS } from '@markt/shared';
import { IsEmail, IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { Optional } from '../../common/validators';

export class CreateFeedbackDto implements FeedbackInput {
  @IsNotEmpty()
  @IsString()
  @MaxLength(LIMITS.feedback.message)
  message!: string;

  @Optional()
  @IsEmail()
  @MaxLength(LIMITS.email)
  email?: string;

  @Optional()
  @IsString()
  @MaxLength(LIMITS.feedback.page)
  page?: string;
}
