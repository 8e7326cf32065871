import { PartialType } from '@nestjs/swagger';
import { CreateEventDto } from './create-event.dto';

/** Any subset of the fields; `null` is no value of any of them. */
export class UpdateEventDto extends PartialType(CreateEventDto, { skipNullProperties: false }) {}
