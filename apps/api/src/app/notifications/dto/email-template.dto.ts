import { EmailTemplateInput, LIMITS } from '@markt/shared';
import { IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';

export class EmailTemplateDto implements EmailTemplateInput {
  @IsNotEmpty()
  @IsString()
  @MaxLength(LIMITS.template.subject)
  subject!: string;
  @IsNotEmpty() @IsString() @MaxLength(LIMITS.template.body) body!: string;
}

export class EditOutboxMessageDto {
  @IsOptional()
  @IsNotEmpty()
  @IsString()
  @MaxLength(LIMITS.template.subject)
  subject?: string;
  @IsOptional()
  @IsNotEmpty()
  @IsString()
  @MaxLength(LIMITS.template.body)
  body?: string;
}
