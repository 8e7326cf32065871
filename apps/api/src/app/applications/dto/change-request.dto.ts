import { APPLICATION_FIELD_KEYS, ApplicationFields, ChangeRequestInput, LIMITS } from '@markt/shared';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsNotEmpty, IsString, MaxLength } from 'class-validator';

/** Body of POST /api/applications/:id/request-changes. */
export class ChangeRequestBody implements ChangeRequestInput {
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @IsNotEmpty()
  @MaxLength(LIMITS.changeRequest.message)
  message!: string;

  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(APPLICATION_FIELD_KEYS.length)
  @IsIn(APPLICATION_FIELD_KEYS, { each: true })
  fields!: (keyof ApplicationFields)[];
}
