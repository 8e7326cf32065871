import { LIMITS, NoteInput, ReviewInput } from '@markt/shared';
import { ArrayMaxSize, IsArray, IsBoolean, IsInt, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';

export class ReviewDto implements ReviewInput {
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(LIMITS.event.criteria)
  @IsInt({ each: true })
  scores?: number[];

  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.review.comment)
  comment?: string;

  @IsBoolean()
  conflictOfInterest!: boolean;
}

export class NoteDto implements NoteInput {
  @IsNotEmpty()
  @IsString()
  @MaxLength(LIMITS.review.note)
  text!: string;
}
