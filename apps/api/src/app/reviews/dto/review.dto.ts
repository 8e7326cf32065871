import { LIMITS, NoteInput, ReviewInput } from '@markt/shared';
import { ArrayMaxSize, IsArray, IsBoolean, IsInt, IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { Optional } from '../../common/validators';

export class ReviewBody implements ReviewInput {
  @Optional()
  @IsArray()
  @ArrayMaxSize(LIMITS.event.criteria)
  // Each score's range is the criterion's, which the service checks (field `scores.N`).
  @IsInt({ each: true })
  scores?: number[];

  @Optional()
  @IsString()
  @MaxLength(LIMITS.review.comment)
  comment?: string;

  @IsBoolean()
  conflictOfInterest!: boolean;
}

export class NoteBody implements NoteInput {
  @IsNotEmpty()
  @IsString()
  @MaxLength(LIMITS.review.note)
  text!: string;
}
