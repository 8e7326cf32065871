import { DATE_PATTERN, EventInput, EventStatus, LIMITS, ReviewCriterion, TIME_PATTERN } from '@markt/shared';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEnum,
  IsInt,
  IsISO8601,
  IsNotEmpty,
  IsObject,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { Optional } from '../../common/validators';

export class ReviewCriterionDto implements ReviewCriterion {
  @IsNotEmpty()
  @IsString()
  @MaxLength(LIMITS.event.criterion)
  label!: string;

  @IsInt()
  @Min(0)
  @Max(10)
  min!: number;

  @IsInt()
  @Min(1)
  @Max(10)
  max!: number;
}

export class CreateEventDto implements EventInput {
  @IsNotEmpty()
  @IsString()
  @MaxLength(LIMITS.event.title)
  title!: string;

  @IsString()
  @MaxLength(LIMITS.event.description)
  description!: string;

  @IsNotEmpty()
  @Matches(DATE_PATTERN)
  date!: string;

  @IsNotEmpty()
  @Matches(TIME_PATTERN)
  startTime!: string;

  @IsNotEmpty()
  @Matches(TIME_PATTERN)
  endTime!: string;

  @IsNotEmpty()
  @IsString()
  @MaxLength(LIMITS.event.venueName)
  venueName!: string;

  @IsNotEmpty()
  @IsString()
  @MaxLength(LIMITS.event.venueAddress)
  venueAddress!: string;

  @IsNotEmpty()
  @IsISO8601({ strict: true })
  applicationOpensAt!: string;

  @IsNotEmpty()
  @IsISO8601({ strict: true })
  applicationClosesAt!: string;

  @IsInt()
  @Min(LIMITS.event.standsPlanned.min)
  @Max(LIMITS.event.standsPlanned.max)
  standsPlanned!: number;

  @Optional()
  @IsInt()
  @Min(0)
  @Max(10)
  minReviews?: number;

  @Optional()
  @IsBoolean()
  marketPublished?: boolean;

  @IsEnum(EventStatus)
  status!: EventStatus;

  /** `null` clears it: then the people at a stand can be changed only until the application deadline. */
  @IsOptional()
  @IsISO8601({ strict: true })
  standDetailsDeadline?: string | null;

  @IsArray()
  @ArrayMaxSize(LIMITS.event.topics)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(LIMITS.event.topic, { each: true })
  topics!: string[];

  @IsArray()
  @ArrayMaxSize(LIMITS.event.criteria)
  // ValidateNested alone lets nested arrays through.
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => ReviewCriterionDto)
  reviewCriteria!: ReviewCriterionDto[];
}
