import { EmailTemplateInput, LIMITS } from '@markt/shared';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { Optional } from '../../common/validators';

export class EmailTemplateBody implements EmailTemplateInput {
  @IsNotEmpty()
  @IsString()
  @MaxLength(LIMITS.template.subject)
  subject!: string;
  @IsNotEmpty() @IsString() @MaxLength(LIMITS.template.body) body!: string;
}

export class EditOutboxMessageDto {
  @Optional()
  @IsNotEmpty()
  @IsString()
  @MaxLength(LIMITS.template.subject)
  subject?: string;
  @Optional()
  @IsNotEmpty()
  @IsString()
  @MaxLength(LIMITS.template.body)
  body?: string;
}
