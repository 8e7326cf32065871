import { Body, Controller, Get, Inject, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ConfigType } from '@nestjs/config';
import { ApiTags } from '@nestjs/swagger';
import { EventDto, retentionDueAt, Role } from '@markt/shared';
import { Public, Roles } from '../common/access.decorators';
import { CurrentUser } from '../common/request-user';
import { appConfig } from '../config/app.config';
import { User } from '../users/user.entity';
import { CopyEventDto } from './dto/copy-event.dto';
import { CreateEventDto } from './dto/create-event.dto';
import { EventCopyService } from './event-copy.service';
import { Event } from './event.entity';
import { UpdateEventDto } from './dto/update-event.dto';
import { toEventDto } from './events.mapper';
import { EventsService } from './events.service';

@ApiTags('events')
@Controller('events')
export class EventsController {
  constructor(
    private readonly events: EventsService,
    private readonly copies: EventCopyService,
    @Inject(appConfig.KEY) private readonly config: ConfigType<typeof appConfig>,
  ) {}

  /** The privacy page names, per event, from when its applicants' personal data goes. */
  private withRetention(event: Event): EventDto {
    const removedFrom = retentionDueAt(event.date, this.config.retention.months);
    return { ...toEventDto(event), personalDataRemovedFrom: removedFrom.toISOString() };
  }

  @Public()
  @Get()
  async list(@CurrentUser() user?: User): Promise<EventDto[]> {
    return (await this.events.list(user?.role)).map((event) => this.withRetention(event));
  }

  @Public()
  @Get(':id')
  async get(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user?: User): Promise<EventDto> {
    return this.withRetention(await this.events.get(id, user?.role));
  }

  @Roles(Role.Admin)
  @Post()
  async create(@Body() body: CreateEventDto): Promise<EventDto> {
    return toEventDto(await this.events.create(body));
  }

  /** A new event as a copy of this one, with a new title and dates (see `EventCopyService`). */
  @Roles(Role.Admin)
  @Post(':eventId/copy')
  async copy(
    @Param('eventId', ParseUUIDPipe) id: string,
    @Body() body: CopyEventDto,
    @CurrentUser() user: User,
  ): Promise<EventDto> {
    return toEventDto(await this.copies.copy(id, body, user.id));
  }

  @Roles(Role.Admin)
  @Patch(':id')
  async update(@Param('id', ParseUUIDPipe) id: string, @Body() body: UpdateEventDto): Promise<EventDto> {
    return toEventDto(await this.events.update(id, body));
  }
}
