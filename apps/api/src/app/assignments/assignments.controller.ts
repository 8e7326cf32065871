import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Post,
  Put,
  Query,
  Req,
  Res,
} from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { AssignmentsView, Role, SuggestionDto } from '@markt/shared';
import { Roles } from '../common/access.decorators';
import { EventsService } from '../events/events.service';
import type { Request, Response } from 'express';
import { AssignmentsService } from './assignments.service';
import { streamSuggestion, wantsStream } from './suggestion-stream';
import { ApplyPlacementsDto, AssignDto, ExchangeDto, SuggestDto, SwapDto, UnassignQuery } from './dto/assignment.dto';

@ApiTags('assignments')
@Roles(Role.Admin)
@Controller('events/:eventId/assignments')
export class AssignmentsController {
  constructor(
    private readonly assignments: AssignmentsService,
    private readonly events: EventsService,
  ) {}

  @Get()
  async view(@Param('eventId', ParseUUIDPipe) eventId: string): Promise<AssignmentsView> {
    await this.events.get(eventId, Role.Admin);
    return this.assignments.cachedView(eventId);
  }

  /** With `Accept: application/x-ndjson` the answer streams the search's progress (see SuggestionStreamLine). */
  @Post('suggest')
  @HttpCode(200)
  async suggest(
    @Param('eventId', ParseUUIDPipe) eventId: string,
    @Body() body: SuggestDto,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<SuggestionDto | undefined> {
    if (!wantsStream(req)) return this.assignments.suggest(eventId, body.seed);
    // Who may ask is checked before the first line goes out, so a refusal keeps its status.
    await this.events.get(eventId, Role.Admin);
    await streamSuggestion(res, (control) => this.assignments.suggest(eventId, body.seed, control));
    return undefined;
  }

  @Post('apply')
  @HttpCode(200)
  apply(@Param('eventId', ParseUUIDPipe) eventId: string, @Body() body: ApplyPlacementsDto): Promise<AssignmentsView> {
    return this.assignments.apply(eventId, body.placements);
  }

  @Post('swap')
  @HttpCode(200)
  swap(@Param('eventId', ParseUUIDPipe) eventId: string, @Body() body: SwapDto): Promise<AssignmentsView> {
    return this.assignments.swap(eventId, body.a, body.b);
  }

  @Post('exchange')
  @HttpCode(200)
  exchange(@Param('eventId', ParseUUIDPipe) eventId: string, @Body() body: ExchangeDto): Promise<AssignmentsView> {
    return this.assignments.exchange(eventId, body.applicationId, body.withApplicationId);
  }

  @Put(':standId')
  assign(
    @Param('eventId', ParseUUIDPipe) eventId: string,
    @Param('standId', ParseUUIDPipe) standId: string,
    @Body() body: AssignDto,
  ): Promise<AssignmentsView> {
    return this.assignments.assign(eventId, standId, body.applicationId);
  }

  @Delete(':standId')
  unassign(
    @Param('eventId', ParseUUIDPipe) eventId: string,
    @Param('standId', ParseUUIDPipe) standId: string,
    @Query() query: UnassignQuery,
  ): Promise<AssignmentsView> {
    return this.assignments.unassign(eventId, standId, query.applicationId);
  }
}
