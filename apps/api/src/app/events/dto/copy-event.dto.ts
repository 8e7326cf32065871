import { PickType } from '@nestjs/swagger';
import { CopyEventInput } from '@markt/shared';
import { CreateEventDto } from './create-event.dto';

/** The new title and dates, validated exactly as when creating an event. */
export class CopyEventDto
  extends PickType(CreateEventDto, ['title', 'date', 'applicationOpensAt', 'applicationClosesAt'] as const)
  implements CopyEventInput {}
