import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { EventDto, Role } from '@markt/shared';
import { Public, Roles } from '../common/access.decorators';
import { CurrentUser } from '../common/request-user';
import { User } from '../users/user.entity';
import { CreateEventDto } from './dto/create-event.dto';
import { UpdateEventDto } from './dto/update-event.dto';
import { toEventDto } from './events.mapper';
import { EventsService } from './events.service';

@ApiTags('events')
@Controller('events')
export class EventsController {
  constructor(private readonly events: EventsService) {}

  @Public()
  @Get()
  async list(@CurrentUser() user?: User): Promise<EventDto[]> {
    return (await this.events.list(user?.role)).map(toEventDto);
  }

  @Public()
  @Get(':id')
  async get(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user?: User): Promise<EventDto> {
    return toEventDto(await this.events.get(id, user?.role));
  }

  @Roles(Role.Admin)
  @Post()
  async create(@Body() body: CreateEventDto): Promise<EventDto> {
    return toEventDto(await this.events.create(body));
  }

  @Roles(Role.Admin)
  @Patch(':id')
  async update(@Param('id', ParseUUIDPipe) id: string, @Body() body: UpdateEventDto): Promise<EventDto> {
    return toEventDto(await this.events.update(id, body));
  }
}
