import { ApplicationFields, LIMITS, OrganisationType, PHONE_PATTERN } from '@markt/shared';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEmail,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { IsDecimal } from '../../common/validators';

const L = LIMITS.application;

/** Trimmed text; an emptied field is stored as "not given" (null), so a draft can clear it again. */
const text = () => Transform(({ value }) => (typeof value === 'string' ? value.trim() || null : value));

/**
 * Any subset of the fields; a draft may be incomplete. Completeness is checked on submission.
 * `null` (like an emptied text) clears a field, hence `@IsOptional()` rather than `Optional()`.
 */
export class UpdateApplicationDto implements ApplicationFields {
  @IsOptional()
  @text()
  @IsString()
  @MaxLength(L.line)
  organisationName?: string;
  @IsOptional() @IsEnum(OrganisationType) organisationType?: OrganisationType;
  @IsOptional()
  @text()
  @IsString()
  @MaxLength(L.line)
  organisationAddress?: string;
  @IsOptional()
  @text()
  @IsUrl({ require_protocol: true, protocols: ['http', 'https'] })
  @MaxLength(L.url)
  organisationWebsite?: string;
  @IsOptional()
  @text()
  @IsString()
  @MaxLength(L.text)
  organisationDescription?: string;

  @IsOptional() @text() @IsString() @MaxLength(L.line) contactName?: string;
  @IsOptional()
  @text()
  @IsEmail()
  @MaxLength(LIMITS.email)
  contactEmail?: string;
  @IsOptional()
  @text()
  @Matches(PHONE_PATTERN)
  @MaxLength(L.phone)
  contactPhone?: string;

  @IsOptional() @text() @IsString() @MaxLength(L.line) projectTitle?: string;
  @IsOptional() @text() @IsString() @MaxLength(L.shortText) shortText?: string;
  @IsOptional()
  @text()
  @IsString()
  @MaxLength(L.text)
  projectDescription?: string;
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(LIMITS.event.topics)
  @IsString({ each: true })
  @MaxLength(LIMITS.event.topic, { each: true })
  topics?: string[];
  @IsOptional() @text() @IsString() @MaxLength(L.text) targetGroups?: string;
  @IsOptional() @text() @IsString() @MaxLength(L.languages) languages?: string;

  @IsOptional() @text() @IsString() @MaxLength(L.text) standActivity?: string;
  @IsOptional() @IsBoolean() hasHandsOnOffer?: boolean;
  @IsOptional()
  @IsInt()
  @Min(L.people.min)
  @Max(L.people.max)
  peopleAttending?: number;
  @IsOptional()
  @IsInt()
  @Min(L.furniture.min)
  @Max(L.furniture.max)
  tables?: number;
  @IsOptional()
  @IsInt()
  @Min(L.furniture.min)
  @Max(L.furniture.max)
  chairs?: number;
  @IsOptional() @IsBoolean() needsPinBoard?: boolean;
  @IsOptional() @IsBoolean() needsPower?: boolean;
  @IsOptional()
  @IsDecimal(1)
  @Min(L.standWidth.min)
  @Max(L.standWidth.max)
  standWidth?: number;
  @IsOptional() @IsBoolean() needsStepFreeAccess?: boolean;
  @IsOptional() @text() @IsString() @MaxLength(L.text) otherWishes?: string;

  @IsOptional() @text() @IsString() @MaxLength(L.text) staffNames?: string;
  @IsOptional()
  @text()
  @IsString()
  @MaxLength(L.text)
  staffAccessibilityNeeds?: string;
  @IsOptional() @text() @IsString() @MaxLength(L.line) shareStandWith?: string;
  @IsOptional() @IsBoolean() termsAccepted?: boolean;
  @IsOptional() @IsBoolean() workshopInterest?: boolean;

  @IsOptional() @IsBoolean() privacyConsent?: boolean;
  @IsOptional() @IsBoolean() publicationConsent?: boolean;
  @IsOptional() @IsBoolean() photoConsent?: boolean;
}
